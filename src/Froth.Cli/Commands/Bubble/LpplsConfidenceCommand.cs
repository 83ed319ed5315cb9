using System.CommandLine;
using Froth.Bubbles.Lppls;
using Froth.Cli.Hosting;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Bubble;

/// <summary>
/// <c>froth bubble lppls-confidence</c>: the LPPLS confidence indicator for every session of a date range,
/// each from the data up to that session only.
/// </summary>
public static class LpplsConfidenceCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var input = new LpplsInputOptions();
        var defaults = LpplsIndicatorOptions.Default;
        var from = new Option<DateOnly>("--from") { Description = "First end date (a session of the data on or after it).", HelpName = "D1", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "Last end date.", HelpName = "D2", Required = true };
        var minWindow = new Option<int>("--min-window") { Description = "Span of the shortest window, in sessions.", HelpName = "N", DefaultValueFactory = _ => defaults.MinWindow };
        var maxWindow = new Option<int>("--max-window") { Description = "Span of the longest window, in sessions (needs that many sessions of data before D1).", HelpName = "N", DefaultValueFactory = _ => defaults.MaxWindow };
        var step = new Option<int>("--step") { Description = "Difference between successive window spans, in sessions.", HelpName = "N", DefaultValueFactory = _ => defaults.Step };
        var command = new Command(
            "lppls-confidence",
            "The LPPLS confidence indicator of Sornette et al. (2015) for each session from D1 to D2: the share of "
            + "nested windows (spans from --max-window down to --min-window sessions) whose best fit passes the "
            + "confidence filter, for positive (B < 0) and negative (B > 0) bubbles, with quantiles of the critical "
            + "time across the qualified fits. Each session uses the data up to it only.");
        input.AddTo(command);
        command.Add(from);
        command.Add(to);
        command.Add(minWindow);
        command.Add(maxWindow);
        command.Add(step);
        command.Add(input.Starts);
        command.Add(input.Seed);
        command.SetAction((parseResult, cancellationToken) =>
        {
            var ctx = new CommandContext(parseResult, env);
            var first = ctx.Get(from);
            var last = ctx.Get(to);
            if (first > last)
            {
                throw new FrothException($"--from {IsoDate.Format(first)} is after --to {IsoDate.Format(last)}.");
            }

            var options = defaults with
            {
                MinWindow = ctx.Get(minWindow),
                MaxWindow = ctx.Get(maxWindow),
                Step = ctx.Get(step),
                Fit = LpplsOptions.Default with { Starts = ctx.Get(input.Starts), Seed = ctx.Get(input.Seed) },
            };
            options.Validate();

            var series = input.Read(ctx, null, last);
            var firstEnd = FirstIndexOnOrAfter(series.Dates, first);
            if (firstEnd < 0)
            {
                throw new FrothException($"{series.Name} has no session from {IsoDate.Format(first)} to {IsoDate.Format(last)} (its data end on {IsoDate.Format(series.Dates[^1])}).");
            }

            if (firstEnd < options.MaxWindow)
            {
                throw new FrothException(
                    $"The windows are longer than the data: the first end date, {IsoDate.Format(series.Dates[firstEnd])}, has {firstEnd + 1} sessions of {series.Name} up to it "
                    + $"(from {IsoDate.Format(series.Dates[0])}), but --max-window {options.MaxWindow} needs {options.MaxWindow + 1}. "
                    + $"Choose a --from on or after {(options.MaxWindow < series.Dates.Count ? IsoDate.Format(series.Dates[options.MaxWindow]) : "a later date than the data allow")} or a smaller --max-window.");
            }

            var lastEnd = series.Dates.Count - 1;
            var count = lastEnd - firstEnd + 1;
            IReadOnlyList<LpplsConfidence?> indicators = null!;
            if (env.ErrorIsTerminal)
            {
                ctx.ErrorConsole.Progress().Start(progress =>
                {
                    var task = progress.AddTask($"LPPLS confidence, {count} sessions × {options.Windows().Count} windows", maxValue: count);
                    indicators = LpplsIndicators.ConfidenceSeries(series.Prices, options, firstEnd, lastEnd, new TaskProgress(task), cancellationToken);
                });
            }
            else
            {
                indicators = LpplsIndicators.ConfidenceSeries(series.Prices, options, firstEnd, lastEnd, null, cancellationToken);
            }

            var points = new List<LpplsConfidencePoint>(count);
            for (var e = firstEnd; e <= lastEnd; e++)
            {
                points.Add(LpplsConfidencePoint.Of(series.Dates[e], indicators[e]!));
            }

            var result = new LpplsConfidenceResult(
                series.Name,
                series.Column,
                series.Dates[firstEnd],
                series.Dates[lastEnd],
                options.MinWindow,
                options.MaxWindow,
                options.Step,
                options.Windows().Count,
                options.Fit.Seed,
                options.Fit.Starts,
                points);
            ctx.Write(result, console => result.Render(console));
            return Task.FromResult(FrothApp.Ok);
        });
        return command;
    }

    private static int FirstIndexOnOrAfter(IReadOnlyList<DateOnly> dates, DateOnly date)
    {
        for (var i = 0; i < dates.Count; i++)
        {
            if (dates[i] >= date)
            {
                return i;
            }
        }

        return -1;
    }

    private sealed class TaskProgress(ProgressTask task) : IProgress<int>
    {
        public void Report(int value) => task.Value = value;
    }
}
