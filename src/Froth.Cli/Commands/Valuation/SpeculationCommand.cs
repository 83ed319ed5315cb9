using System.CommandLine;
using Froth.Analysis.Speculation;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;
using Froth.Speculation;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth speculation SYMBOL</c>: turnover against its trailing average and the margin-financing balance, where the data exist.</summary>
public static class SpeculationCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL") { Description = "Index or stock symbol or alias with stored daily bars (STAR50, 688256.SS)." };
        var asOf = DateOptions.Create("--as-of", "Date the gauges are taken on; nothing later is used (default: the last bar).");
        var window = new Option<int>("--window")
        {
            Description = "Sessions in the trailing turnover average (the day itself excluded).",
            HelpName = "N",
            DefaultValueFactory = _ => TurnoverOptions.Default.Window,
        };
        window.Validators.Add(r =>
        {
            if (r.GetValueOrDefault<int>() is < 1 or > 1000)
            {
                r.AddError($"--window must be between 1 and 1000, got {r.GetValueOrDefault<int>()}.");
            }
        });
        var margin = new Option<string?>("--margin")
        {
            Description = "Market of the margin-financing balance: CN (whole market), SH, SZ or BJ (default: the symbol's exchange, else CN).",
            HelpName = "MARKET",
        };
        var command = new Command(
            "speculation",
            "Speculation gauges where the data exist: turnover (close × volume) against its trailing average, and the "
            + "margin-financing balance with its recent and one-year change and its percentile (the snapshot's margin/ folder: CN:MARGIN_BALANCE from 2012; docs/valuation.md).")
        {
            symbol, asOf, window, margin,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var result = SpeculationQueries.Gauges(ctx.Workspace.Market, ctx.Get(symbol)!, ctx.Get(asOf), ctx.Get(window), ctx.Get(margin));
            ctx.Write(result, console => SpeculationView.Render(console, result));
            return FrothApp.Ok;
        });
        return command;
    }
}
