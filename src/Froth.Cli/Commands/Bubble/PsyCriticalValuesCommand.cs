using System.CommandLine;
using System.Globalization;
using Froth.Bubbles.Psy;
using Froth.Cli.Hosting;
using Froth.Analysis.Bubbles;
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
            using var ctx = new CommandContext(parseResult, env);
            var count = ctx.Get(n);
            var options = common.ToOptions(parseResult);
            var monteCarlo = common.MonteCarlo(parseResult);
            var result = PsyProgress.Run(ctx, "Monte Carlo", monteCarlo.Replications, progress =>
                PsyQueries.MonteCarlo(ctx.Workspace, count, options, monteCarlo, ctx.Get(common.NoCache), progress is null ? null : new Progress<BubbleProgress>(p => progress.Report(p.Done)), cancellationToken));
            ctx.Write(result, console => RenderTable(console, result));
            return Task.FromResult(FrothApp.Ok);
        });

        return command;
    }

    private static void RenderTable(IAnsiConsole console, PsyCriticalValuesAnalysis result)
    {
        var w = result.Window;
        var mc = result.MonteCarlo;
        console.MarkupLine(Markup.Escape(string.Create(
            CultureInfo.InvariantCulture,
            $"T = {w.Count}, minimum window {w.MinWindow} ({w.WindowConvention.ToString().ToLowerInvariant()}; {w.MinWindowRows} rows), {(result.Lag.Criterion is { } c ? $"lag by {c.ToString().ToUpperInvariant()} up to {result.Lag.MaxLag}" : $"lag {result.Lag.MaxLag}")}, {mc.Replications} replications, seed {mc.Seed}{(result.Cached ? " (cached)" : "")}.")));
        var table = new Table().Border(TableBorder.Rounded)
            .AddColumn("Statistic").AddColumn(new TableColumn("90%").RightAligned())
            .AddColumn(new TableColumn("95%").RightAligned()).AddColumn(new TableColumn("99%").RightAligned());
        void Row(string name, CriticalValueSet? l) => table.AddRow(name, F(l?.Cv90), F(l?.Cv95), F(l?.Cv99));
        var t = result.Table;
        Row("ADF", t.Adf);
        Row("SADF", t.Sadf);
        Row("GSADF", t.Gsadf);
        Row($"BSADF at {w.FirstIndex + 1}", t.Bsadf[w.FirstIndex]);
        Row($"BSADF at {w.Count}", t.Bsadf[^1]);
        console.Write(table);
    }

    private static string F(double? v) => v is { } x ? x.ToString("0.000", CultureInfo.InvariantCulture) : "-";
}
