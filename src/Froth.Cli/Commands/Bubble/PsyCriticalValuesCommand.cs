using System.CommandLine;
using System.Globalization;
using Froth.Bubbles.Psy;
using Froth.Cli.Hosting;
using Froth.Data.Cache;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary><c>froth bubble psy-critical-values</c>: Monte Carlo critical values of the PSY statistics for any sample size.</summary>
public static class PsyCriticalValuesCommand
{
    /// <summary>Creates <c>froth bubble psy-critical-values</c>.</summary>
    public static Command Create(CliEnvironment env)
    {
        var n = new Option<int>("--n")
        {
            Description = "Number of observations T.",
            HelpName = "N",
            Required = true,
        };
        var common = new PsyOptionSet();
        var command = new Command(
            "psy-critical-values",
            "Monte Carlo critical values (90/95/99%) of ADF, SADF, GSADF and the BSADF sequence for T observations under a random walk; cached on disk.")
        {
            n,
        };
        common.AddTo(command);
        command.Validators.Add(result =>
        {
            if (result.GetValue(n) < 3)
            {
                result.AddError("--n must be at least 3 observations.");
            }
        });

        command.SetAction((parseResult, cancellationToken) =>
        {
            var ctx = new CommandContext(parseResult, env);
            var count = ctx.Get(n);
            var options = common.ToOptions(parseResult);
            var window = PsyTest.Window(count, options);
            var monteCarlo = common.MonteCarlo(parseResult);
            var cache = new FileCache(FileCache.DefaultFolder(env.Variable));
            var table = PsyProgress.Run(ctx, "Monte Carlo", monteCarlo.Replications, progress =>
            {
                if (ctx.Get(common.NoCache))
                {
                    var fresh = PsyCriticalValues.MonteCarlo(count, options, monteCarlo, progress, cancellationToken);
                    cache.Set(PsyCriticalValueCache.MonteCarloKey(count, options, monteCarlo), fresh);
                    return fresh;
                }

                return PsyCriticalValueCache.MonteCarlo(cache, count, options, monteCarlo, progress, cancellationToken);
            });

            var report = new PsyCriticalValuesReport(
                count,
                window.MinWindow,
                window.WindowConvention,
                window.MinWindowRows,
                window.FirstIndex + 1,
                options.Lag.MaxLag,
                options.Lag.Criterion is { } c ? new PsyLagSelection(c, options.Lag.MaxLag) : null,
                monteCarlo.Replications,
                monteCarlo.Seed,
                monteCarlo.Drift,
                PsyOptionSet.Name(monteCarlo.BsadfNull),
                PsyLevels.From(table.Adf)!,
                PsyLevels.From(table.Sadf)!,
                PsyLevels.From(table.Gsadf)!,
                [.. table.Bsadf.Skip(table.FirstIndex).Select(c => PsyLevels.From(c)!)]);
            ctx.Write(report, console => RenderTable(console, report));
            return Task.FromResult(FrothApp.Ok);
        });

        return command;
    }

    private static void RenderTable(IAnsiConsole console, PsyCriticalValuesReport report)
    {
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"T = {report.N}, minimum window {report.MinWindow} ({report.WindowConvention.ToString().ToLowerInvariant()}; {report.MinWindowRows} rows), {(report.LagSelection is { } s ? $"lag by {s.Criterion.ToString().ToUpperInvariant()} up to {s.MaxLag}" : $"lag {report.Lag}")}, {report.Replications} replications, seed {report.Seed}.")));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Statistic").AddColumn(new TableColumn("90%").RightAligned())
            .AddColumn(new TableColumn("95%").RightAligned()).AddColumn(new TableColumn("99%").RightAligned());
        void Row(string name, PsyLevels l) => table.AddRow(name, F(l.Cv90), F(l.Cv95), F(l.Cv99));
        Row("ADF", report.Adf);
        Row("SADF", report.Sadf);
        Row("GSADF", report.Gsadf);
        Row($"BSADF at {report.FirstObservation}", report.Bsadf[0]);
        Row($"BSADF at {report.N}", report.Bsadf[^1]);
        console.Write(table);
    }

    private static string F(double v) => v.ToString("0.000", CultureInfo.InvariantCulture);
}
