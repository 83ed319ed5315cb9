using Froth.Baskets;
using Froth.Narrative;
using Froth.Reports.Model;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>The basket this year: breadth, leaders and laggards with their contributions, and constituents left out or held.</summary>
internal static class BasketSection
{
    public static ReportSection Build(ReportContext ctx)
    {
        var ytd = ctx.Inputs.YearToDate.Period;
        var book = ctx.Book;
        var src = ctx.Basket.Source;
        var asOf = ctx.AsOf;
        var b = ytd.Breadth;
        var name = ctx.Basket.Name;
        var members = book.Number("basket", "members", FactKind.Count, b.Members, "constituents in the basket this year", asOf, [src]);
        var up = book.Number("basket", "breadth.up", FactKind.Count, b.Up, "constituents up this year", asOf, [src]);
        var down = book.Number("basket", "breadth.down", FactKind.Count, b.Down, "constituents down this year", asOf, [src]);
        var upShare = book.Number("basket", "breadth.upShare", FactKind.Share, b.UpShare ?? 0, "share of constituents up this year", asOf, [src]);
        var paragraph = new List<Sentence>();
        var breadth = b.Members == 1
            ? Sentences.Write($"The {name} holds one stock, which has {W(b.Up == 1 ? "risen" : b.Down == 1 ? "fallen" : "not moved")} this year.")
            : Sentences.Write($"Of the {members:digits} stocks in the {name}, {up:words} {W(b.Up == 1 ? "has" : "have")} risen this year ({upShare} of them) and {down:words} {W(b.Down == 1 ? "has" : "have")} fallen.");
        paragraph.Add(breadth);
        ctx.Candidate("breadth", Salience.Breadth(b.UpShare ?? 0.5), breadth);
        if (b.Measured200 > 0)
        {
            var window = ctx.Setting("average.long", FactKind.Count, Basket.LongAverage, "sessions in the long moving average of breadth");
            var above = book.Number("basket", "breadth.above200", FactKind.Count, b.Above200, "constituents above their long moving average", asOf, [src]);
            var measured = book.Number("basket", "breadth.measured200", FactKind.Count, b.Measured200, "constituents with enough history for the long moving average", asOf, [src]);
            var atHigh = book.Number("basket", "breadth.at52WeekHigh", FactKind.Count, b.At52WeekHigh, "constituents at their highest close of the past year", asOf, [src]);
            var those = b.Measured200 == b.Members ? Sentences.Write($"{above:words} of them") : Sentences.Write($"{above:words} of the {measured:digits} with enough history");
            paragraph.Add(Sentences.Write($"Measured by their own trend, {those} trade above their {window:digits}-session average, and {atHigh:words} {W(b.At52WeekHigh == 1 ? "is" : "are")} at {W(b.At52WeekHigh == 1 ? "its" : "their")} highest close of the past year."));
        }

        if (ctx.Inputs.MarketValueYear is { Period: var year } && year.MarketValue.Count > 0)
        {
            var covered = book.Number("basket", "marketValue.covered", FactKind.Count, year.Coverage.WithMarketValue, "constituents with a market value", asOf, [src]);
            var all = book.Number("basket", "marketValue.constituents", FactKind.Count, year.Coverage.Constituents, "constituents of the basket", asOf, [src]);
            var from = book.Date("basket", "marketValue.from", year.BaseSession, "start of the market-value year", asOf, [src]);
            Sentence Amount(MarketValueTotal t)
            {
                var id = t.Currency.ToLowerInvariant();
                var added = book.Number("basket", $"marketValue.added.{id}Bn", FactKind.Level, t.Added / 1e9, $"market value added over the past year, {t.Currency} billion", asOf, [src]);
                var verb = W(t.Added >= 0 ? "added" : "lost");
                return t.CurrencyEffect == 0
                    ? Sentences.Write($"{verb} {added:abs} billion {W(CurrencyWord(t.Currency))}")
                    : Sentences.Write($"{verb} {added:abs} billion {W(CurrencyWord(t.Currency))} ({book.Number("basket", $"marketValue.currencyEffect.{id}Bn", FactKind.Level, t.CurrencyEffect / 1e9, "part of the market value added due to exchange rates, billion", asOf, [src]):signed} billion of it from exchange rates)");
            }

            var sentence = year.MarketValue.Count == 1
                ? Sentences.Write($"At each day's exchange rate, the {covered:digits} of its {all:digits} stocks with a market cap in the store {Amount(year.MarketValue[0])} of market value since {from}.")
                : Sentences.Write($"In their own currencies (the store's exchange rates do not reach the as-of date), the {covered:digits} of its {all:digits} stocks with a market cap in the store {Amount(year.MarketValue[0])} and {Amount(year.MarketValue[1])} of market value since {from}.");
            paragraph.Add(sentence);
            var heldBack = year.Constituents.Count(c => c.SharesAtStart is { Basis: ShareBasis.HeldBack });
            if (heldBack > 0)
            {
                var n = book.Number("basket", "marketValue.heldBack", FactKind.Count, heldBack, "constituents whose share count at the start is held back from a later market cap", asOf, [src]);
                paragraph.Add(Sentences.Write($"For {n:words} of them the share count at the start is held back from a later market cap, an estimate that ignores buybacks and placements in between."));
            }
        }

        var rows = new List<IReadOnlyList<ReportCell>>();
        Fact? firstLeader = null;
        var leaders = new List<(Fact Name, Fact Return)>();
        foreach (var (group, list) in new[] { ("leader", ytd.Leaders), ("laggard", ytd.Laggards) })
        {
            foreach (var c in list)
            {
                var source = ReportContext.SourceOf(ctx.Inputs.Basket.Constituents.First(i => i.Instrument.Symbol == c.Symbol));
                var stock = book.Name(c.Symbol, c.Name, "name", asOf, [source]);
                var symbol = book.Name(c.Symbol, c.Symbol, "symbol", asOf, [source], "symbol");
                var r = book.Number(c.Symbol, "return.ytd.basket", FactKind.Return, c.Return, "return this year in its own currency, as the basket counts it", c.LastSession, [source]);
                var contribution = book.Number(c.Symbol, "contribution.ytd", FactKind.PercentagePoints, c.Contribution, "contribution to the basket's return this year", c.LastSession, [source, src]);
                rows.Add([ReportCell.Word(group), ReportCell.Of(stock), ReportCell.Of(symbol), ReportCell.Of(r, FactForm.Signed), ReportCell.Of(contribution, FactForm.Signed)]);
                if (group == "leader")
                {
                    firstLeader ??= r;
                    leaders.Add((stock, r));
                }
            }
        }

        if (leaders.Count >= 3)
        {
            var (n1, r1) = leaders[0];
            var (n2, r2) = leaders[1];
            var (n3, r3) = leaders[2];
            var sentence = Sentences.Write($"{n1} led the basket this year, {UpDown(r1)} {r1:abs}, ahead of {n2} ({r2}) and {n3} ({r3}).");
            paragraph.Add(sentence);
            ctx.Candidate("leaders", Salience.Leader(r1.Value), sentence);
        }

        if (ytd.Laggards.Count > 0)
        {
            var worst = ytd.Laggards[0];
            var n = book.Find($"{worst.Symbol}#name")!;
            var r = book.Find($"{worst.Symbol}#return.ytd.basket")!;
            paragraph.Add(Sentences.Write($"{n} fared worst, {UpDown(r)} {r:abs}."));
        }

        var notes = new List<Sentence>
        {
            Sentences.Write($"Returns from the last close of last year, or from the first close of a stock listed since, to its last close; contributions are in percentage points of the basket's return and add up to it."),
        };
        foreach (var c in ytd.Constituents.Where(c => c.LastSession < ytd.EndSession))
        {
            var stock = book.Name(c.Symbol, c.Name, "name", asOf, [ReportContext.SourceOf(ctx.Inputs.Basket.Constituents.First(i => i.Instrument.Symbol == c.Symbol))]);
            var last = book.Date(c.Symbol, "lastSession.basket", c.LastSession, "its last close on or before the as-of date", asOf, [stock.Sources[0]]);
            notes.Add(Sentences.Write($"{stock} has no close after {last}; the basket holds its price from then."));
        }

        foreach (var e in ytd.Excluded)
        {
            var stock = book.Name(e.Symbol, e.Symbol, "symbol", asOf, [src], "symbol");
            notes.Add(Sentences.Write($"{stock} is left out: {W(Reason(e.Reason))}."));
        }

        var table = new ReportTable(
            [new(""), new("Stock"), new("Symbol"), new("Return this year", true), new("Contribution (points)", true)],
            rows,
            notes).Validated();
        return new ReportSection("basket", "The basket: breadth, leaders and laggards", [new ParagraphBlock(paragraph), new TableBlock(table)]);
    }

    private static string CurrencyWord(string currency) => currency switch
    {
        "USD" => "US dollars",
        "CNY" => "yuan",
        "HKD" => "Hong Kong dollars",
        _ => currency,
    };

    private static string Reason(ExclusionReason reason) => reason switch
    {
        ExclusionReason.NoData => "the store has no prices for it",
        ExclusionReason.ListedAfterPeriod => "it listed after the as-of date",
        ExclusionReason.EndedBeforePeriod => "its prices end before this year",
        _ => reason.ToString(),
    };
}
