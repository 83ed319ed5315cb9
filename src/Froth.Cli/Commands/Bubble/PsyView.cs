using System.Globalization;
using Froth.Analysis.Bubbles;
using Froth.Bubbles.Psy;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>The tables <c>froth bubble psy</c> prints.</summary>
internal static class PsyView
{
    public static void Render(IAnsiConsole console, PsyAnalysis analysis)
    {
        var r = analysis.Result;
        var s = analysis.Sample;
        console.MarkupLine($"[bold]{Markup.Escape(analysis.Subject.Key)}[/]{Markup.Escape($", {IsoDate.Format(s.From)} to {IsoDate.Format(s.To)}")}: {s.Observations} observations ({Markup.Escape(Transform(r.Transform))}{Markup.Escape(s.Frequency is { } f ? ", " + f.ToString().ToLowerInvariant() : "")})");
        Header(console, r.Statistics, analysis.CriticalValues);
        Statistics(console, r.Statistics, r.CriticalValues, r.PValues);
        foreach (var note in analysis.Notes)
        {
            console.MarkupLine(Markup.Escape(note));
        }

        if (r.Episodes.Count == 0)
        {
            return;
        }

        var episodes = EpisodeTable();
        foreach (var e in r.Episodes)
        {
            episodes.AddRow(e.Sign.ToString().ToLowerInvariant(), IsoDate.Format(e.Start), IsoDate.Format(e.Peak), e.End is { } end ? IsoDate.Format(end) : "ongoing", e.Duration.ToString(CultureInfo.InvariantCulture), Number(e.PeakBsadf));
        }

        console.MarkupLine(Markup.Escape($"Episodes where BSADF exceeds its 95% critical value ({r.Episodes.Count}; an episode ends on the first session that no longer exceeds it):"));
        console.Write(episodes);
    }

    public static void Render(IAnsiConsole console, PsyUndatedAnalysis analysis)
    {
        console.MarkupLine($"[bold]{Markup.Escape(analysis.Series)}[/]: {analysis.Observations} observations ({Markup.Escape(Transform(analysis.Transform))}, no dates)");
        Header(console, analysis.Statistics, analysis.Method);
        Statistics(console, analysis.Statistics, analysis.CriticalValues, analysis.PValues);
        if (analysis.Episodes.Count == 0)
        {
            console.MarkupLine(analysis.ShortRuns > 0
                ? Markup.Escape($"No episode: BSADF exceeded its 95% critical value only in {analysis.ShortRuns} runs shorter than the minimum duration of {analysis.MinimumDuration:0.#} observations.")
                : "No episode: BSADF never exceeds its 95% critical value.");
            return;
        }

        var episodes = EpisodeTable();
        foreach (var e in analysis.Episodes)
        {
            episodes.AddRow(e.Sign.ToString().ToLowerInvariant(), $"#{e.Start + 1}", $"#{e.Peak + 1}", e.End is { } end ? $"#{end + 1}" : "ongoing", e.Duration.ToString(CultureInfo.InvariantCulture), Number(e.PeakValue));
        }

        console.MarkupLine(Markup.Escape($"Episodes where BSADF exceeds its 95% critical value ({analysis.Episodes.Count}; observations numbered from 1):"));
        console.Write(episodes);
    }

    private static void Header(IAnsiConsole console, PsyResult r, PsyCriticalValueMethod method)
    {
        var lagText = r.Lag.Criterion is { } c
            ? $"{c.ToString().ToUpperInvariant()} up to {r.Lag.MaxLag} (full sample: {r.FullSampleLag})"
            : r.FullSampleLag.ToString(CultureInfo.InvariantCulture);
        console.MarkupLine(Markup.Escape($"Minimum window {r.MinWindow} ({r.WindowConvention.ToString().ToLowerInvariant()} convention; {r.MinWindowRows} regression rows), lag {lagText}."));
        var sourceText = method.Method switch
        {
            "file" => $"critical values from {method.File}",
            var m => string.Create(CultureInfo.InvariantCulture, $"critical values: {m}, {method.Replications} replications, seed {method.Seed}{(method.Cached ? " (cached)" : "")}"),
        };
        console.MarkupLine(Markup.Escape(sourceText + "."));
        if (method.MeasuredSize is { } size)
        {
            console.MarkupLine(Markup.Escape(string.Create(
                CultureInfo.InvariantCulture,
                $"Measured size of GSADF at 5% with {(size.Method == PsySizeMethod.WildBootstrap ? "the wild bootstrap" : "Monte Carlo values")} at T = {size.Count:N0} (the nearest tabulated; docs/psy.md): "
                + $"{100 * size.Gaussian:F1}% on a Gaussian random walk, {100 * size.VarianceBreak:F1}% when its volatility triples at mid-sample.")));
        }
    }

    private static void Statistics(IAnsiConsole console, PsyResult r, PsyCriticalValueTable cv, PsyPValues? p)
    {
        var stats = new Table().Border(TableBorder.Rounded)
            .AddColumn("Test").AddColumn(new TableColumn("Statistic").RightAligned())
            .AddColumn(new TableColumn("90%").RightAligned()).AddColumn(new TableColumn("95%").RightAligned())
            .AddColumn(new TableColumn("99%").RightAligned()).AddColumn(new TableColumn("p-value").RightAligned());
        void Row(string name, double value, CriticalValueSet? set, double? pv) => stats.AddRow(
            name, Number(value), Number(set?.Cv90), Number(set?.Cv95), Number(set?.Cv99), pv is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-");
        Row("ADF", r.Adf, cv.Adf, p?.Adf);
        Row("SADF", r.Sadf, cv.Sadf, p?.Sadf);
        Row("GSADF", r.Gsadf, cv.Gsadf, p?.Gsadf);
        console.Write(stats);
    }

    private static Table EpisodeTable() => new Table().Border(TableBorder.Rounded)
        .AddColumn("Episode").AddColumn("Start").AddColumn("Peak").AddColumn("End")
        .AddColumn(new TableColumn("Duration").RightAligned()).AddColumn(new TableColumn("Peak BSADF").RightAligned());

    private static string Transform(ValueTransform t) => t.ToString().ToLowerInvariant();

    private static string Number(double? value) =>
        value is { } v && double.IsFinite(v) ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
