using System.CommandLine;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Series;
using Froth.Analysis.Subjects;
using Froth.Bubbles.Psy;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Froth.Series;

namespace Froth.Cli.Commands.Bubble;

/// <summary><c>froth bubble psy</c>: the PSY (GSADF) tests and BSADF date-stamping of one series or basket.</summary>
/// <remarks>
/// Defaults are the product's (<see cref="BubbleSettings"/>), the same the report uses: log closes, the last 1,000
/// sessions up to the as-of date (a file is tested whole), Monte Carlo critical values under a driftless random walk
/// (2,000 replications, seed 123, cached on disk), and episodes of at least ln T sessions.
/// </remarks>
public static class PsyCommand
{
    /// <summary>Creates <c>froth bubble psy</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string?>("SYMBOL|BASKET")
        {
            Description = "Instrument in the store (symbol or alias, e.g. 000001.SS, SSEC, HSTECH), or a basket preset (china-ai) or file: its daily closes are tested. Or use --file.",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var file = new Option<string?>("--file") { Description = "Read the series from a CSV file instead of the store.", HelpName = "F" };
        var column = new Option<string?>("--column") { Description = "The column of --file to test (by header name).", HelpName = "C" };
        var from = DateOptions.Create("--from", "First date of the sample (default: the last --sessions sessions up to --as-of; a file: its first date).");
        var asOf = DateOptions.Create("--as-of", "Last date of the sample: the as-of date (default: the latest; a basket: the latest date its main series share).");
        asOf.Aliases.Add("--to");
        var sessions = new Option<int?>("--sessions")
        {
            Description = $"Test the last N observations up to --as-of (default: {BubbleSettings.Default.PsyObservations} for a stored series or a basket; a file is tested whole).",
            HelpName = "N",
        };
        var frequency = new Option<Frequency?>("--frequency")
        {
            Description = "Resample to the last observation of each ISO week or calendar month before testing (default: as the data are).",
            HelpName = "daily|weekly|monthly",
        };
        frequency.AcceptOnlyFromAmong(StringComparer.OrdinalIgnoreCase, "daily", "weekly", "monthly");
        var transform = new Option<ValueTransform>("--transform")
        {
            Description = "log (for prices), none (levels, e.g. a price/dividend ratio) or reciprocal (1/x, e.g. a dividend yield to a price/dividend ratio).",
            HelpName = "log|none|reciprocal",
            DefaultValueFactory = _ => ValueTransform.Log,
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
            Description = $"Drop completed episodes shorter than delta*ln(T) observations (PSY 2015's minimum duration; default: {BubbleSettings.Default.MinDurationDelta}; 0 keeps every run).",
            HelpName = "DELTA",
        };
        var common = new PsyOptionSet();

        var command = new Command(
            "psy",
            "PSY bubble tests (Phillips, Shi & Yu 2015): ADF, SADF, GSADF, the BSADF sequence with critical values, and date-stamped explosive and collapse episodes; what the report shows, with the same defaults (docs/psy.md).")
        {
            symbol, file, column, from, asOf, sessions, frequency, transform, criticalValues, wild, delta,
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

            if (result.GetValue(delta) is { } d && !(d >= 0 && double.IsFinite(d)))
            {
                result.AddError("--min-duration-delta must be a number, 0 or more.");
            }

            if (result.GetValue(sessions) is < 3)
            {
                result.AddError("--sessions must be at least 3 observations.");
            }

            if (result.GetValue(sessions) is not null && result.GetValue(from) is not null)
            {
                result.AddError("Give either --from DATE or --sessions N to choose the sample, not both.");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var request = new PsyRequest
            {
                AsOf = ctx.Get(asOf),
                From = ctx.Get(from),
                Sessions = ctx.Get(sessions),
                Frequency = ctx.Get(frequency),
                Transform = ctx.Get(transform),
                Test = common.ToOptions(parseResult),
                MonteCarlo = common.MonteCarlo(parseResult),
                WildBootstrap = ctx.Get(wild)
                    ? new PsyWildBootstrapOptions
                    {
                        Replications = ctx.Get(common.Reps) ?? PsyOptionSet.DefaultBootstrapReplications,
                        Seed = ctx.Get(common.Seed) ?? PsyOptionSet.DefaultSeed,
                        BsadfNull = common.BsadfNullOf(parseResult),
                    }
                    : null,
                CriticalValuesFile = ctx.Get(criticalValues) is { } cv ? env.FullPath(cv) : null,
                MinDurationDelta = ctx.Get(delta),
                NoCache = ctx.Get(common.NoCache),
            };
            var total = request.WildBootstrap?.Replications ?? request.MonteCarlo!.Replications;
            var ws = ctx.Workspace;
            if (ctx.Get(file) is { } path)
            {
                var series = FileSeries.Read(ws, path, ctx.Get(column)!, request.From, request.AsOf);
                series.Check(request.Transform);
                if (series.Dated is null)
                {
                    var undated = PsyProgress.Run(ctx, "Critical values", total, p => PsyQueries.RunUndated(ws, series.Label, series.Values, request, null, Bubble(p), cancellationToken));
                    ctx.Write(undated, console => PsyView.Render(console, undated));
                    return Task.FromResult(FrothApp.Ok);
                }

                var info = series.Info();
                var decision = Froth.Analysis.Baskets.AsOfDecision.ForSeries(series.Dated, request.AsOf, info.Key);
                var dated = PsyProgress.Run(ctx, "Critical values", total, p => PsyQueries.Run(ws, info, decision, Sessions.Until(series.Dated, decision.Date), request, wholeByDefault: true, null, Bubble(p), cancellationToken));
                ctx.Write(dated, console => PsyView.Render(console, dated));
                return Task.FromResult(FrothApp.Ok);
            }

            var subject = SubjectResolver.Resolve(ws, ctx.Get(symbol)!);
            var result = PsyProgress.Run(ctx, "Critical values", total, p => PsyQueries.Run(ws, subject, request, null, Bubble(p), cancellationToken));
            ctx.Write(result, console => PsyView.Render(console, result));
            return Task.FromResult(FrothApp.Ok);
        });

        return command;
    }

    private static IProgress<BubbleProgress>? Bubble(IProgress<int>? progress) =>
        progress is null ? null : new Progress<BubbleProgress>(p => progress.Report(p.Done));
}
