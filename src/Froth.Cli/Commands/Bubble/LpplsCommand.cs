using System.CommandLine;
using Froth.Analysis.Bubbles;
using Froth.Bubbles.Lppls;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands.Bubble;

/// <summary><c>froth bubble lppls</c>: the best LPPLS fit of one window of prices, with its diagnostics and filters.</summary>
public static class LpplsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var input = new LpplsInputOptions();
        var from = DateOptions.Create("--from", $"First date of the fit window (default: the last {BubbleSettings.Default.LpplsFitSpan} sessions up to --as-of, as the report; a file: its first date).");
        var span = new Option<int?>("--span") { Description = "Fit the last N sessions up to --as-of (N + 1 prices) instead.", HelpName = "N" };
        var tcSearch = new Option<double>("--tc-search")
        {
            Description = "Latest critical time searched, tc − t2, as a fraction of the window's span (the earliest is the next session).",
            HelpName = "F",
            DefaultValueFactory = _ => LpplsSearchBounds.Default.MaxTcAfterEndFraction,
        };
        tcSearch.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<double>() is not (> 0 and <= 10))
            {
                result.AddError($"--tc-search must be a fraction in (0, 10], got {result.GetValueOrDefault<double>()}.");
            }
        });
        var command = new Command(
            "lppls",
            "Fit the log-periodic power law singularity (LPPLS) model to one window of prices "
            + "(Filimonov & Sornette 2013 calibration; best of several seeded searches) and say whether the fit "
            + "passes the confidence and trust filters of Sornette et al. (2015); a fit that fails them is no bubble signal, whatever its sign. "
            + "tc is the critical time: tcSessions sessions after the window's last date, mapped onto business days.");
        input.AddTo(command);
        command.Add(from);
        command.Add(span);
        command.Add(tcSearch);
        command.Add(input.Starts);
        command.Add(input.Seed);
        command.Validators.Add(result =>
        {
            if (result.GetValue(span) is < 19)
            {
                result.AddError($"--span must be at least {Lppls.MinimumPoints - 1} sessions ({Lppls.MinimumPoints} prices).");
            }

            if (result.GetValue(span) is not null && result.GetValue(from) is not null)
            {
                result.AddError("Give either --from DATE or --span N to choose the window, not both.");
            }
        });
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var series = input.Read(ctx);
            if (ctx.Get(from) is { } first && first > series.AsOf.Date)
            {
                throw new FrothException($"--from {Froth.Series.IsoDate.Format(first)} is after the as-of date {Froth.Series.IsoDate.Format(series.AsOf.Date)}.");
            }

            var options = LpplsOptions.Default with
            {
                Starts = ctx.Get(input.Starts),
                Seed = ctx.Get(input.Seed),
                Bounds = LpplsSearchBounds.Default with { MaxTcAfterEndFraction = ctx.Get(tcSearch) },
            };
            var request = new LpplsFitRequest { AsOf = ctx.Get(input.AsOf), From = ctx.Get(from), Span = ctx.Get(span), Options = options };
            var result = LpplsQueries.Fit(ctx.Workspace, series, request, wholeByDefault: input.FromFile(ctx));
            ctx.Write(result, console => LpplsView.Render(console, result));
            return FrothApp.Ok;
        });
        return command;
    }
}
