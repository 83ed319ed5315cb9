using System.CommandLine;
using Froth.Analysis.Macro;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth macro</c>: a country's annual CPI inflation, GDP deflator, real and nominal growth, and an index against nominal growth.</summary>
public static class MacroCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var country = new Option<string>("--country")
        {
            Description = "ISO country code of the macro series (CN:CPI_INFLATION, CN:GDP_DEFLATOR_INFLATION, CN:REAL_GDP_GROWTH, CN:NOMINAL_GDP).",
            HelpName = "CC",
            DefaultValueFactory = _ => "CN",
        };
        var since = new Option<int?>("--since") { Description = "First year listed (default: the nine years before the latest).", HelpName = "YEAR" };
        var index = new Option<string?>("--index")
        {
            Description = "Set this index's calendar-year price returns against nominal GDP growth, with the divergence measure and the re-rating share.",
            HelpName = "SYMBOL",
        };
        var nominal = new Option<string>("--nominal")
        {
            Description = "Nominal growth the index is set against: local ((1 + real)(1 + deflator) − 1), usd (current-USD GDP), or auto (local when the index is quoted in the country's currency, else usd).",
            HelpName = "auto|local|usd",
            DefaultValueFactory = _ => "auto",
        };
        nominal.AcceptOnlyFromAmong("auto", "local", "usd");
        var fromYear = new Option<int?>("--from-year") { Description = "First year of the divergence span (default: the start of the latest run of years with both growths).", HelpName = "YEAR" };
        var toYear = new Option<int?>("--to-year") { Description = "Last year of the divergence span (default: the latest year with both growths).", HelpName = "YEAR" };
        var command = new Command(
            "macro",
            "A country's annual macro overlay (CPI, GDP deflator, real and nominal growth, with sources and units), and an index's "
            + "growth against nominal GDP: the momentum-versus-fundamentals divergence. Definitions: docs/valuation.md.")
        {
            country, since, index, nominal, fromYear, toYear,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var overview = MacroQueries.Overview(ctx.Workspace.Market, ctx.Get(country)!, ctx.Get(since), ctx.Get(index), ctx.Get(nominal)!, ctx.Get(fromYear), ctx.Get(toYear));
            ctx.Write(overview, console => MacroView.Render(console, overview));
            return FrothApp.Ok;
        });
        return command;
    }
}
