using System.CommandLine;
using System.Globalization;
using Froth.Analysis.Valuation;
using Froth.Cli.Hosting;
using Froth.Series;
using Spectre.Console;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth decompose SYMBOL --from D1 --to D2</c>: a price return split into earnings growth and re-rating.</summary>
public static class DecomposeCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL") { Description = "Index symbol or alias with stored prices and a P/E (HSTECH, STAR50)." };
        var from = new Option<DateOnly>("--from") { Description = "Start of the period (the latest date on or before it with both a price and a P/E is used).", HelpName = "DATE", Required = true };
        var to = new Option<DateOnly>("--to") { Description = "End of the period (likewise).", HelpName = "DATE", Required = true };
        var priceSource = new Option<string?>("--price-source") { Description = "Source of the prices (default: the store's preferred).", HelpName = "NAME" };
        var peSource = new Option<string?>("--pe-source") { Description = "Source of the P/E (default: the store's preferred).", HelpName = "NAME" };
        var command = new Command(
            "decompose",
            "Split a price return into earnings growth and re-rating (implied earnings = price ÷ P/E), with each part's share of the log return.")
        {
            symbol, from, to, priceSource, peSource,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var market = ctx.Workspace.Market;
            var result = ValuationQueries.Decompose(market, ValuationQueries.Find(market, ctx.Get(symbol)!), ctx.Get(from), ctx.Get(to), ctx.Get(priceSource), ctx.Get(peSource));
            ctx.Write(result, console => Render(console, result));
            return FrothApp.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, DecompositionAnalysis a)
    {
        var d = a.Result;
        var table = new Table()
            .AddColumn(string.Empty)
            .AddColumn(new TableColumn(IsoDate.Format(d.Start)).RightAligned())
            .AddColumn(new TableColumn(IsoDate.Format(d.End)).RightAligned())
            .AddColumn(new TableColumn("change").RightAligned())
            .AddColumn(new TableColumn("share of log return").RightAligned());
        table.Title = new TableTitle(Markup.Escape($"{a.Subject} return = earnings growth × re-rating (prices {a.Prices.Source}, P/E {a.Pe.Source})"));
        table.AddRow("price", F(d.PriceStart), F(d.PriceEnd), P(d.PriceReturn), "1.000");
        table.AddRow("implied earnings (price ÷ P/E)", F(d.EarningsStart), F(d.EarningsEnd), P(d.EarningsGrowth), S(d.EarningsShare));
        table.AddRow("P/E (re-rating)", F(d.PeStart), F(d.PeEnd), P(d.ReRating), S(d.ReRatingShare));
        console.Write(table);
        console.WriteLine($"check: (1 + {P(d.EarningsGrowth)}) × (1 + {P(d.ReRating)}) − 1 = {P(((1 + d.EarningsGrowth) * (1 + d.ReRating)) - 1)}");
        foreach (var w in a.Warnings)
        {
            console.WriteLine($"note: {w}");
        }
    }

    private static string F(double v) => v.ToString("F2", CultureInfo.InvariantCulture);

    private static string P(double v) => (v * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static string S(double? v) => v is { } x ? x.ToString("F3", CultureInfo.InvariantCulture) : "undefined";
}
