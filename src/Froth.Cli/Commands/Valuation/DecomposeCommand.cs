using System.CommandLine;
using Froth.Cli.Hosting;
using Froth.Series;
using Froth.Valuation;

namespace Froth.Cli.Commands.Valuation;

/// <summary><c>froth decompose SYMBOL --from D1 --to D2</c>: a price return split into earnings growth and re-rating.</summary>
public static class DecomposeCommand
{
    /// <summary>Days between a date asked for and the date used beyond which a note says so.</summary>
    private const int FarDays = 10;

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
            var ctx = new CommandContext(parseResult, env);
            var d1 = ctx.Get(from);
            var d2 = ctx.Get(to);
            if (d1 >= d2)
            {
                throw new FrothException($"--from {IsoDate.Format(d1)} must be before --to {IsoDate.Format(d2)}.");
            }

            var market = ctx.OpenMarketData();
            var target = ValuationLookup.Find(market, ctx.Get(symbol)!);
            var priced = ValuationLookup.RequirePrices(target);
            var series = ValuationLookup.RequireSeries(market, target);
            if (!target.IsEarningsMultiple)
            {
                throw new FrothException($"{series.Symbol} is not a P/E; the decomposition needs one (name the index, e.g. {target.Subject}).");
            }

            var prices = ValuationLookup.ChooseSource(market, priced.Symbol, ctx.Get(priceSource));
            var pes = ValuationLookup.ChooseSource(market, series.Symbol, ctx.Get(peSource));
            var closes = market.Bars(priced.Symbol, null, d2, prices.Source).Select(b => new ScalarPoint(b.Date, b.Close)).ToList();
            var pe = market.Scalars(series.Symbol, null, d2, pes.Source);
            DecompositionResult d;
            try
            {
                d = ReturnDecomposition.Compute(closes, pe, d1, d2);
            }
            catch (FrothException e)
            {
                throw new FrothException($"{priced.Symbol} (prices {prices.Source}, P/E {pes.Source}): {e.Message}", e);
            }

            var warnings = new List<string>();
            foreach (var (asked, used, what) in new[] { (d1, d.Start, "--from"), (d2, d.End, "--to") })
            {
                if (asked.DayNumber - used.DayNumber > FarDays)
                {
                    warnings.Add($"{what} {IsoDate.Format(asked)}: the latest date on or before it with both a price and a P/E is {IsoDate.Format(used)}, {asked.DayNumber - used.DayNumber} days earlier.");
                }

                if (ValuationHistory.StaleAt(pe, used) is { Flag: true } stale)
                {
                    warnings.Add(
                        $"The P/E on {IsoDate.Format(used)} is stale: unchanged since {IsoDate.Format(stale.Since)} ({stale.SessionsUnchanged} observations), "
                        + "so the price change after that date shows up as earnings growth. Choose an earlier date or another --pe-source.");
                }
            }

            var report = DecomposeReport.Of(target, prices.Source, series.Symbol, pes.Source, d1, d2, d, warnings);
            ctx.Write(report, console => report.Render(console));
            return FrothApp.Ok;
        });
        return command;
    }
}
