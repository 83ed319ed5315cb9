using System.Globalization;
using Froth.Analysis.Valuation;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary>The tables <c>froth valuation</c> prints.</summary>
internal static class ValuationView
{
    public static void Render(IAnsiConsole console, ValuationAnalysis a)
    {
        var s = a.Snapshot;
        var h = s.History;
        var label = a.Metric == "pe" ? "P/E" : a.Metric.ToUpperInvariant();
        var table = new Table().AddColumn(label).AddColumn(new TableColumn("value").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{a.Subject} {label} as of {IsoDate.Format(s.AsOf)} (source {a.Source.Source})"));
        void Row(string name, string value) => table.AddRow(Markup.Escape(name), Markup.Escape(value));
        Row("value", $"{F(s.Value)} on {IsoDate.Format(s.ValueDate)}");
        var years = h.IsShort ? $"{h.CoveredYears.ToString("F1", CultureInfo.InvariantCulture)}-year (short)" : $"{h.Years}-year";
        Row($"{years} average", Opt(h.Average));
        Row($"{years} median", Opt(h.Median));
        Row($"{years} min", Opt(h.Min));
        Row($"{years} max", Opt(h.Max));
        Row("percentile (fraction below)", $"{h.Percentile.ToString("F3", CultureInfo.InvariantCulture)} ({(h.Percentile * 100).ToString("F1", CultureInfo.InvariantCulture)}%)");
        Row("z-score (sample sd)", h.ZScore is { } z ? z.ToString("F2", CultureInfo.InvariantCulture) : "undefined");
        if (h.EarningsYieldZScore is { } ey)
        {
            Row("earnings-yield z-score (+ = cheap)", ey.ToString("F2", CultureInfo.InvariantCulture));
        }

        Row("observations", $"{h.Observations} ({IsoDate.Format(h.From)} to {IsoDate.Format(h.To)})");
        if (h.LossObservations > 0)
        {
            Row("of which losses (P/E ≤ 0)", h.LossObservations.ToString(CultureInfo.InvariantCulture));
        }

        Row("stale", s.Stale.Flag ? $"yes: unchanged for {s.Stale.SessionsUnchanged} observations since {IsoDate.Format(s.Stale.Since)}" : $"no ({s.Stale.SessionsUnchanged} unchanged)");
        console.Write(table);

        if (a.Comparisons.Count > 0)
        {
            var compare = new Table()
                .AddColumn("compared with")
                .AddColumn(new TableColumn("value").RightAligned())
                .AddColumn(new TableColumn($"{a.Subject} ÷ it").RightAligned())
                .AddColumn(new TableColumn("its percentile").RightAligned())
                .AddColumn(new TableColumn($"rank in {a.Subject} history").RightAligned());
            foreach (var c in a.Comparisons)
            {
                var ratio = c.Pair?.Ratio ?? c.Multiple?.Ratio;
                compare.AddRow(
                    Markup.Escape(c.ValueDate is { } d ? $"{c.Label} ({(c.StaleSince is { } since ? $"stale since {IsoDate.Format(since)}" : IsoDate.Format(d))})" : c.Label),
                    Markup.Escape(F(c.Value)),
                    Markup.Escape(ratio is { } r ? r.ToString("F2", CultureInfo.InvariantCulture) : "undefined"),
                    Markup.Escape(c.Percentile is { } p ? p.ToString("F3", CultureInfo.InvariantCulture) : "—"),
                    Markup.Escape(c.Multiple is { } m ? m.PercentileInHistory.ToString("F3", CultureInfo.InvariantCulture) : "—"));
            }

            console.Write(compare);
        }

        foreach (var w in a.Warnings)
        {
            console.WriteLine($"note: {w}");
        }
    }

    public static void Render(IAnsiConsole console, BasketValuation v)
    {
        var table = new Table().AddColumn("benchmark").AddColumn(new TableColumn("P/E").RightAligned()).AddColumn("on")
            .AddColumn(new TableColumn("average").RightAligned()).AddColumn(new TableColumn("median").RightAligned())
            .AddColumn(new TableColumn("percentile").RightAligned()).AddColumn(new TableColumn("z-score").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{v.Basket}: its benchmarks' P/E as of {IsoDate.Format(v.AsOf.Date)}"));
        foreach (var b in v.Benchmarks)
        {
            var h = b.Snapshot.History;
            table.AddRow(
                Markup.Escape($"{b.Subject} {b.Name}"),
                F(b.Snapshot.Value),
                IsoDate.Format(b.Snapshot.ValueDate),
                Opt(h.Average),
                Opt(h.Median),
                (h.Percentile * 100).ToString("F1", CultureInfo.InvariantCulture) + "%",
                h.ZScore is { } z ? z.ToString("F2", CultureInfo.InvariantCulture) : "—");
        }

        console.Write(table);
        if (v.MeanPercentile is { } mean)
        {
            console.WriteLine($"Mean percentile (the verdict's valuation reading): {(mean * 100).ToString("F1", CultureInfo.InvariantCulture)}%.");
        }

        foreach (var s in v.Skipped)
        {
            console.WriteLine($"left out: {s.Message}.");
        }

        foreach (var w in v.Benchmarks.SelectMany(b => b.Warnings))
        {
            console.WriteLine($"note: {w}");
        }
    }

    private static string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string Opt(double? v) => v is { } x ? F(x) : "none";
}
