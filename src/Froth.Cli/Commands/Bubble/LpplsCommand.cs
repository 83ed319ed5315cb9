using System.CommandLine;
using Froth.Bubbles.Lppls;
using Froth.Cli.Hosting;
using Froth.Series;

namespace Froth.Cli.Commands.Bubble;

/// <summary><c>froth bubble lppls</c>: the best LPPLS fit of one window of prices, with its diagnostics and filters.</summary>
public static class LpplsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        _ = env;
        var input = new LpplsInputOptions();
        var from = new Option<DateOnly?>("--from") { Description = "First date of the fit window (default: the first price).", HelpName = "DATE" };
        var to = new Option<DateOnly?>("--to") { Description = "Last date of the fit window, t2 (default: the last price).", HelpName = "DATE" };
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
            + "passes the confidence and trust filters of Sornette et al. (2015). tc is the critical time: "
            + "tcSessions sessions after the window's last date, mapped onto business days.");
        input.AddTo(command);
        command.Add(from);
        command.Add(to);
        command.Add(tcSearch);
        command.Add(input.Starts);
        command.Add(input.Seed);
        command.SetAction(parseResult =>
        {
            var ctx = new CommandContext(parseResult, env);
            var first = ctx.Get(from);
            var last = ctx.Get(to);
            if (first > last)
            {
                throw new FrothException($"--from {IsoDate.Format(first!.Value)} is after --to {IsoDate.Format(last!.Value)}.");
            }

            var series = input.Read(ctx, first, last);
            if (series.Prices.Count < Lppls.MinimumPoints)
            {
                throw new FrothException($"LPPLS needs at least {Lppls.MinimumPoints} prices in the fit window; {series.Name} has {series.Prices.Count}{LpplsInput.Range(first, last)}.");
            }

            var options = LpplsOptions.Default with
            {
                Starts = ctx.Get(input.Starts),
                Seed = ctx.Get(input.Seed),
                Bounds = LpplsSearchBounds.Default with { MaxTcAfterEndFraction = ctx.Get(tcSearch) },
            };
            var fit = Lppls.Fit(series.Prices, options);
            var result = LpplsFitResult.Of(series, fit, options);
            ctx.Write(result, console => result.Render(console));
            return FrothApp.Ok;
        });
        return command;
    }
}
