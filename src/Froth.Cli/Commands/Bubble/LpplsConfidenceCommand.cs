using System.CommandLine;
using Froth.Analysis.Bubbles;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>
/// <c>froth bubble lppls-confidence</c>: the LPPLS confidence indicator on the as-of date, or for every session of a
/// date range, each from the data up to that session only.
/// </summary>
public static class LpplsConfidenceCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var input = new LpplsInputOptions();
        var defaults = BubbleSettings.Default.Lppls;
        var from = DateOptions.Create("--from", "First end date (a session on or after it); default: the as-of date alone.");
        var every = new Option<int>("--every") { Description = "Sessions between end dates, counted back from the as-of session (default 1: every session).", HelpName = "N", DefaultValueFactory = _ => 1 };
        var minWindow = new Option<int>("--min-window") { Description = "Span of the shortest window, in sessions.", HelpName = "N", DefaultValueFactory = _ => defaults.MinWindow };
        var maxWindow = new Option<int>("--max-window") { Description = "Span of the longest window, in sessions (needs that many sessions of data before the first end date).", HelpName = "N", DefaultValueFactory = _ => defaults.MaxWindow };
        var step = new Option<int>("--step") { Description = "Difference between successive window spans, in sessions.", HelpName = "N", DefaultValueFactory = _ => defaults.Step };
        every.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 10_000)
            {
                r.AddError($"--every must be between 1 and 10000 sessions, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var command = new Command(
            "lppls-confidence",
            "The LPPLS confidence indicator of Sornette et al. (2015) on the as-of date, or on each session from --from to --as-of: the share of "
            + "nested windows (spans from --max-window down to --min-window sessions) whose best fit passes the "
            + "confidence filter, for positive (B < 0) and negative (B > 0) bubbles, with quantiles of the critical "
            + "time across the qualified fits. Each session uses the data up to it only; results are cached by the prices they read.");
        input.AddTo(command);
        command.Add(from);
        command.Add(every);
        command.Add(minWindow);
        command.Add(maxWindow);
        command.Add(step);
        command.Add(input.Starts);
        command.Add(input.Seed);
        command.SetAction((parseResult, cancellationToken) =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var options = defaults with
            {
                MinWindow = ctx.Get(minWindow),
                MaxWindow = ctx.Get(maxWindow),
                Step = ctx.Get(step),
                Fit = defaults.Fit with { Starts = ctx.Get(input.Starts), Seed = ctx.Get(input.Seed) },
            };
            options.Validate();
            var series = input.Read(ctx);
            if (ctx.Get(from) is { } first && first > series.AsOf.Date)
            {
                throw new FrothException($"--from {Froth.Series.IsoDate.Format(first)} is after the as-of date {Froth.Series.IsoDate.Format(series.AsOf.Date)}.");
            }

            var request = new LpplsConfidenceRequest { AsOf = ctx.Get(input.AsOf), From = ctx.Get(from), Every = ctx.Get(every), Options = options };
            LpplsConfidenceAnalysis result = null!;
            if (env.ErrorIsTerminal)
            {
                ctx.ErrorConsole.Progress().Start(progress =>
                {
                    var task = progress.AddTask($"LPPLS confidence × {options.Windows().Count} windows", maxValue: 1);
                    result = LpplsQueries.Confidence(ctx.Workspace, series, request, null, new Progress<BubbleProgress>(p => { task.MaxValue = p.Total; task.Value = p.Done; }), cancellationToken);
                });
            }
            else
            {
                result = LpplsQueries.Confidence(ctx.Workspace, series, request, null, null, cancellationToken);
            }

            ctx.Write(result, console => LpplsView.Render(console, result));
            return Task.FromResult(FrothApp.Ok);
        });
        return command;
    }
}
