using System.CommandLine;
using System.Globalization;
using Froth.Bubbles.Psy;
using Froth.Cli.Hosting;
using Froth.Data.Cache;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary><c>froth bubble psy</c>: the PSY (GSADF) tests and BSADF date-stamping of one series.</summary>
/// <remarks>
/// Critical values: <c>--critical-values FILE</c>, the wild bootstrap of the series (<c>--wild-bootstrap</c>), or
/// by default Monte Carlo under a driftless random walk with 2,000 replications and seed 123, cached on disk, so
/// that a second run with the same T, window and lag is instant.
/// </remarks>
public static class PsyCommand
{
    /// <summary>Creates <c>froth bubble psy</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string?>("SYMBOL")
        {
            Description = "Instrument in the store (symbol or alias, e.g. 000001.SS, SSEC, HSTECH); its daily closes are tested. Or use --file.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file") { Description = "Read the series from a CSV file instead of the store.", HelpName = "F" };
        var column = new Option<string?>("--column") { Description = "The column of --file to test (by header name).", HelpName = "C" };
        var from = new Option<DateOnly?>("--from") { Description = "First date to include (YYYY-MM-DD).", HelpName = "DATE" };
        var to = new Option<DateOnly?>("--to") { Description = "Last date to include (YYYY-MM-DD).", HelpName = "DATE" };
        var frequency = new Option<Frequency?>("--frequency")
        {
            Description = "Resample to the last observation of each ISO week or calendar month before testing (default: as the data are).",
            HelpName = "daily|weekly|monthly",
        };
        frequency.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "daily", "weekly", "monthly");
        var transform = new Option<PsyTransform>("--transform")
        {
            Description = "log (for prices), none (levels, e.g. a price/dividend ratio) or reciprocal (1/x, e.g. a dividend yield to a price/dividend ratio).",
            HelpName = "log|none|reciprocal",
            DefaultValueFactory = _ => PsyTransform.Log,
        };
        var criticalValues = new Option<string?>("--critical-values")
        {
            Description = "Read the BSADF critical values from a CSV with columns cv90,cv95,cv99: one row per BSADF observation, or one row for a constant.",
            HelpName = "FILE",
        };
        var wild = new Option<bool>("--wild-bootstrap")
        {
            Description = "Critical values from the wild bootstrap of this series (Phillips & Shi 2020; one N(0,1) weight per observation) instead of Monte Carlo.",
        };
        var delta = new Option<double?>("--min-duration-delta")
        {
            Description = "Drop completed episodes shorter than delta*ln(T) observations (PSY 2015's minimum duration); default: keep all.",
            HelpName = "DELTA",
        };
        var common = new PsyOptionSet();

        var command = new Command(
            "psy",
            "PSY bubble tests (Phillips, Shi & Yu 2015): ADF, SADF, GSADF, the BSADF sequence with critical values, and date-stamped explosive and collapse episodes.")
        {
            symbol, file, column, from, to, frequency, transform, criticalValues, wild, delta,
        };
        common.AddTo(command);
        command.Validators.Add(result =>
        {
            var hasSymbol = result.GetValue(symbol) is not null;
            var hasFile = result.GetValue(file) is not null;
            if (hasSymbol == hasFile)
            {
                result.AddError(hasSymbol ? "Give a SYMBOL or --file F --column C, not both." : "Give a SYMBOL, or --file F --column C.");
            }

            if (hasFile && result.GetValue(column) is null)
            {
                result.AddError("--file needs --column C, the column to test.");
            }

            if (result.GetValue(column) is not null && !hasFile)
            {
                result.AddError("--column goes with --file.");
            }

            if (result.GetValue(criticalValues) is not null
                && (result.GetValue(wild) || result.GetValue(common.Reps) is not null || result.GetValue(common.Seed) is not null))
            {
                result.AddError("--critical-values reads the values from a file; it cannot be combined with --reps, --seed or --wild-bootstrap.");
            }

            if (result.GetResult(common.Drift) is not null && (result.GetValue(wild) || result.GetValue(criticalValues) is not null))
            {
                result.AddError("--drift sets the Monte Carlo null; it has no effect with --wild-bootstrap or --critical-values.");
            }

            if (result.GetValue(delta) is < 0 or double.NaN)
            {
                result.AddError("--min-duration-delta must be 0 or more.");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            var ctx = new CommandContext(parseResult, env);
            var series = PsyInput.Load(
                ctx,
                ctx.Get(symbol),
                ctx.Get(file),
                ctx.Get(column),
                ctx.Get(from),
                ctx.Get(to),
                ctx.Get(frequency),
                ctx.Get(transform));
            var options = common.ToOptions(parseResult);
            var result = PsyTest.Run(series.Values, options);

            PsyCriticalValueTable table;
            PsyCriticalValueSourceInfo source;
            if (ctx.Get(criticalValues) is { } cvFile)
            {
                var path = env.FullPath(cvFile);
                table = PsyCriticalValues.FromSequence(result, CriticalValueFile.Read(path, result.Count - result.FirstIndex));
                source = new PsyCriticalValueSourceInfo("file", null, null, null, null, path, null);
            }
            else
            {
                var cache = new FileCache(FileCache.DefaultFolder(env.Variable));
                var noCache = ctx.Get(common.NoCache);
                if (ctx.Get(wild))
                {
                    var bootstrap = new PsyWildBootstrapOptions
                    {
                        Replications = ctx.Get(common.Reps) ?? PsyOptionSet.DefaultBootstrapReplications,
                        Seed = ctx.Get(common.Seed) ?? PsyOptionSet.DefaultSeed,
                        BsadfNull = common.BsadfNullOf(parseResult),
                    };
                    var key = PsyCriticalValueCache.WildBootstrapKey(series.Values, options, bootstrap);
                    var cached = !noCache && cache.TryGet<PsyCriticalValueTable>(key, out _);
                    table = PsyProgress.Run(ctx, "Wild bootstrap", bootstrap.Replications, progress =>
                        noCache
                            ? Store(cache, key, PsyCriticalValues.WildBootstrap(series.Values, options, bootstrap, progress, cancellationToken))
                            : PsyCriticalValueCache.WildBootstrap(cache, series.Values, options, bootstrap, progress, cancellationToken));
                    source = new PsyCriticalValueSourceInfo("wild-bootstrap", bootstrap.Replications, bootstrap.Seed, null, PsyOptionSet.Name(bootstrap.BsadfNull), null, cached);
                }
                else
                {
                    var monteCarlo = common.MonteCarlo(parseResult);
                    var key = PsyCriticalValueCache.MonteCarloKey(result.Count, options, monteCarlo);
                    var cached = !noCache && cache.TryGet<PsyCriticalValueTable>(key, out _);
                    table = PsyProgress.Run(ctx, "Monte Carlo", monteCarlo.Replications, progress =>
                        noCache
                            ? Store(cache, key, PsyCriticalValues.MonteCarlo(result.Count, options, monteCarlo, progress, cancellationToken))
                            : PsyCriticalValueCache.MonteCarlo(cache, result.Count, options, monteCarlo, progress, cancellationToken));
                    source = new PsyCriticalValueSourceInfo("monte-carlo", monteCarlo.Replications, monteCarlo.Seed, monteCarlo.Drift, PsyOptionSet.Name(monteCarlo.BsadfNull), null, cached);
                }
            }

            var minimum = ctx.Get(delta) is { } d ? PsyEpisodes.LogDuration(result.Count, d) : (double?)null;
            var episodes = PsyEpisodes.Find(series.Values, result.Bsadf, table.Bsadf95(), new PsyEpisodeOptions { MinimumDuration = minimum });
            var report = BuildReport(series, ctx.Get(from), ctx.Get(to), ctx.Get(transform), ctx.Get(frequency), options, result, table, source, minimum, episodes);
            ctx.Write(report, console => RenderTable(console, report));
            return Task.FromResult(FrothApp.Ok);
        });

        return command;
    }

    private static PsyCriticalValueTable Store(FileCache cache, CacheKey key, PsyCriticalValueTable table)
    {
        cache.Set(key, table);
        return table;
    }

    private static PsyReport BuildReport(
        PsySeries series,
        DateOnly? from,
        DateOnly? to,
        PsyTransform transform,
        Frequency? frequency,
        PsyOptions options,
        PsyResult result,
        PsyCriticalValueTable table,
        PsyCriticalValueSourceInfo source,
        double? minimum,
        IReadOnlyList<PsyEpisode> episodes)
    {
        DateOnly? DateAt(int? index) => index is { } i && series.Dates is { } d ? d[i] : null;
        var bsadf = new List<PsyBsadfPoint>(result.Count - result.FirstIndex);
        for (var i = result.FirstIndex; i < result.Count; i++)
        {
            bsadf.Add(new PsyBsadfPoint(i + 1, DateAt(i), result.Bsadf[i], table.Bsadf[i]?.Cv95));
        }

        return new PsyReport(
            series.Label,
            series.Dates is { Count: > 0 } dates ? dates[0] : from,
            series.Dates is { Count: > 0 } lastDates ? lastDates[^1] : to,
            transform.ToString().ToLowerInvariant(),
            frequency?.ToString().ToLowerInvariant(),
            result.Count,
            result.MinWindow,
            result.WindowConvention,
            result.MinWindowRows,
            result.FullSampleLag,
            options.Lag.Criterion is { } c ? new PsyLagSelection(c, options.Lag.MaxLag) : null,
            result.Adf,
            result.Sadf,
            result.Gsadf,
            table.Distribution?.PValues(result),
            new PsyScalarCriticalValues(PsyLevels.From(table.Adf), PsyLevels.From(table.Sadf), PsyLevels.From(table.Gsadf)),
            source,
            minimum,
            bsadf,
            [.. episodes.Select(e => new PsyEpisodeReport(
                e.Start + 1,
                e.Peak + 1,
                e.End + 1,
                DateAt(e.Start),
                DateAt(e.Peak),
                DateAt(e.End),
                e.Duration,
                e.Ongoing,
                e.Sign,
                e.PeakValue))]);
    }

    private static void RenderTable(IAnsiConsole console, PsyReport report)
    {
        var lagText = report.LagSelection is { } sel
            ? $"{sel.Criterion.ToString().ToUpperInvariant()} up to {sel.MaxLag} (full sample: {report.Lag})"
            : report.Lag.ToString(CultureInfo.InvariantCulture);
        var span = report.From is { } f && report.To is { } t ? $", {f:yyyy-MM-dd} to {t:yyyy-MM-dd}" : "";
        console.MarkupLine($"[bold]{Markup.Escape(report.Series)}[/]{Markup.Escape(span)}: {report.N} observations ({Markup.Escape(report.Transform)}{Markup.Escape(report.Frequency is null ? "" : ", " + report.Frequency)})");
        console.MarkupLine(Markup.Escape(
            $"Minimum window {report.MinWindow} ({report.WindowConvention.ToString().ToLowerInvariant()} convention; {report.MinWindowRows} regression rows), lag {lagText}."));
        var sourceText = report.CriticalValueSource.Method switch
        {
            "file" => $"critical values from {report.CriticalValueSource.File}",
            var m => string.Create(CultureInfo.InvariantCulture, $"critical values: {m}, {report.CriticalValueSource.Replications} replications, seed {report.CriticalValueSource.Seed}{(report.CriticalValueSource.Cached == true ? " (cached)" : "")}"),
        };
        console.MarkupLine(Markup.Escape(sourceText + "."));

        var stats = new Table().Border(TableBorder.Rounded)
            .AddColumn("Test").AddColumn(new TableColumn("Statistic").RightAligned())
            .AddColumn(new TableColumn("90%").RightAligned()).AddColumn(new TableColumn("95%").RightAligned())
            .AddColumn(new TableColumn("99%").RightAligned()).AddColumn(new TableColumn("p-value").RightAligned());
        void Row(string name, double value, PsyLevels? cv, double? p) => stats.AddRow(
            name, Number(value), Number(cv?.Cv90), Number(cv?.Cv95), Number(cv?.Cv99), p is { } pv ? pv.ToString("0.000", CultureInfo.InvariantCulture) : "-");
        Row("ADF", report.Adf, report.CriticalValues.Adf, report.PValues?.Adf);
        Row("SADF", report.Sadf, report.CriticalValues.Sadf, report.PValues?.Sadf);
        Row("GSADF", report.Gsadf, report.CriticalValues.Gsadf, report.PValues?.Gsadf);
        console.Write(stats);

        if (report.Episodes.Count == 0)
        {
            console.MarkupLine("No episode: BSADF never exceeds its 95% critical value.");
            return;
        }

        var episodes = new Table().Border(TableBorder.Rounded)
            .AddColumn("Episode").AddColumn("Start").AddColumn("Peak").AddColumn("End")
            .AddColumn(new TableColumn("Duration").RightAligned()).AddColumn(new TableColumn("Peak BSADF").RightAligned());
        foreach (var e in report.Episodes)
        {
            episodes.AddRow(
                e.Sign.ToString().ToLowerInvariant(),
                Point(e.Start, e.StartDate),
                Point(e.Peak, e.PeakDate),
                e.Ongoing ? "ongoing" : Point(e.End!.Value, e.EndDate),
                e.Duration.ToString(CultureInfo.InvariantCulture),
                Number(e.PeakBsadf));
        }

        console.MarkupLine(Markup.Escape($"Episodes where BSADF exceeds its 95% critical value ({report.Episodes.Count}):"));
        console.Write(episodes);
    }

    private static string Point(int index, DateOnly? date) =>
        date is { } d ? IsoDate.Format(d) : $"#{index}";

    private static string Number(double? value) =>
        value is { } v ? v.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
