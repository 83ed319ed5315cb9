using Froth.Analysis.Baskets;
using Froth.Baskets;
using Spectre.Console;
using static Froth.Cli.Commands.Rally.RallyText;

namespace Froth.Cli.Commands.Rally;

/// <summary>The tables <c>froth basket</c> prints.</summary>
internal static class BasketView
{
    public static void Render(IAnsiConsole console, BasketAnalysis analysis)
    {
        var r = analysis.Period;
        var m = analysis.Method;
        var currency = m.ReportingCurrency ?? "local currencies " + string.Join("/", r.Currencies);
        console.Write(new Markup($"[bold]{Markup.Escape(analysis.Basket)}[/] — {Markup.Escape(Iso(r.BaseSession))} → {Markup.Escape(Iso(r.EndSession))}: {Markup.Escape(Percent(r.Return))} "
            + $"({Markup.Escape(r.Weighting.ToString().ToLowerInvariant())} weights, rebalanced {Markup.Escape(r.Rebalancing.ToString().ToLowerInvariant())}, {Markup.Escape(currency)}; index 100 on {Markup.Escape(Iso(m.Inception))})\n"));

        var f = r.IndexFacts;
        var b = r.Breadth;
        var summary = new Table().AddColumn("basket").AddColumn(new TableColumn("value").RightAligned());
        void Row(string label, string value) => summary.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("constituents in the index", $"{Count(r.Constituents.Count)} ({Count(r.Excluded.Count)} left out)");
        Row("up over the period", $"{Count(b.Up)} of {Count(b.Members)} ({Share(b.UpShare)})");
        Row("above their 50-session average", $"{Count(b.Above50)} of {Count(b.Measured50)} ({Share(b.Above50Share)})");
        Row("above their 200-session average", $"{Count(b.Above200)} of {Count(b.Measured200)} ({Share(b.Above200Share)})");
        Row("at a 52-week closing high", $"{Count(b.At52WeekHigh)} of {Count(b.Measured52Week)} ({Share(b.At52WeekHighShare)})");
        Row("index day / week / month to date", $"{Percent(f.Returns.Day?.Return)} / {Percent(f.Returns.WeekToDate?.Return)} / {Percent(f.Returns.MonthToDate?.Return)}");
        Row("index weekly streak", f.Streaks.Weekly is { } w ? $"{Count(w.Current)} {w.Direction.ToString().ToLowerInvariant()}{(w.IncludesCurrentPeriod ? " (incl. the week in progress)" : string.Empty)}" : "—");
        Row("index drawdown from its high", Percent(f.Drawdown.FromPeak));
        console.Write(summary);

        if (analysis.Benchmarks.Count > 0)
        {
            var bench = new Table().AddColumn("benchmark").AddColumn("period").AddColumn(new TableColumn("return").RightAligned()).AddColumn(new TableColumn("basket, same dates").RightAligned()).AddColumn(new TableColumn("difference").RightAligned());
            foreach (var c in analysis.Benchmarks)
            {
                bench.AddRow(
                    Markup.Escape($"{c.Symbol} {c.Name}"),
                    Markup.Escape(c.Return is null ? c.Note ?? "—" : $"{Iso(c.BaseSession)} → {Iso(c.EndSession)}"),
                    Markup.Escape(Percent(c.Return)),
                    Markup.Escape(Percent(c.BasketReturn)),
                    Markup.Escape(Percent(c.Difference)));
            }

            console.Write(bench);
        }

        var movers = new Table().AddColumn("").AddColumn("symbol").AddColumn("name").AddColumn(new TableColumn("return").RightAligned()).AddColumn(new TableColumn("contribution").RightAligned());
        foreach (var (label, list) in new[] { ("leader", r.Leaders), ("laggard", r.Laggards) })
        {
            foreach (var c in list)
            {
                movers.AddRow(Markup.Escape(label), Markup.Escape(c.Symbol), Markup.Escape(c.Name), Markup.Escape(Percent(c.Return)), Markup.Escape(Percent(c.Contribution)));
            }
        }

        console.Write(movers);

        if (r.MarketValue.Count > 0)
        {
            foreach (var t in r.MarketValue)
            {
                var fx = t.CurrencyEffect == 0 ? string.Empty : $", of which {Billions(t.CurrencyEffect)} from exchange rates";
                console.WriteLine($"market value added: {Billions(t.Added)} {t.Currency}{fx} ({Count(t.Constituents)} of {Count(r.Coverage.Constituents)} constituents with a market value, {Share(r.Coverage.Share)})");
            }

            if (r.WithoutShares.Count > 0)
            {
                console.WriteLine($"without market value (no market cap or shares in the store): {string.Join(", ", r.WithoutShares)}");
            }

            var heldBack = r.Constituents.Where(c => c.SharesAtStart is { Basis: ShareBasis.HeldBack }).ToList();
            if (heldBack.Count > 0)
            {
                console.WriteLine($"{Count(heldBack.Count)} share counts at the start are held back from a later first market cap, up to {heldBack.Max(c => c.SharesAtStart!.DaysAway)} days ({string.Join(", ", heldBack.Select(c => c.Symbol))}): see docs/market-value.md.");
            }

            var carried = r.Constituents.Where(c => c.SharesAtEnd is { Basis: ShareBasis.CarriedForward }).ToList();
            if (carried.Count > 0)
            {
                console.WriteLine($"{Count(carried.Count)} share counts at the end are carried forward from an earlier market cap, up to {carried.Max(c => c.SharesAtEnd!.DaysAway)} days.");
            }

            var mv = new Table().AddColumn("market value").AddColumn(new TableColumn("start").RightAligned()).AddColumn(new TableColumn("end").RightAligned()).AddColumn(new TableColumn("added").RightAligned());
            foreach (var t in r.MarketValue)
            {
                mv.AddRow(Markup.Escape($"{t.Currency}, {Count(t.Constituents)} with shares"), Markup.Escape(Billions(t.Start).TrimStart('+')), Markup.Escape(Billions(t.End).TrimStart('+')), Markup.Escape(Billions(t.Added)));
            }

            foreach (var c in r.Constituents.Where(c => c.MarketValueAdded is not null).OrderByDescending(c => c.MarketValueAdded))
            {
                mv.AddRow(Markup.Escape($"  {c.Symbol}"), Markup.Escape(Billions(c.MarketValueStart).TrimStart('+')), Markup.Escape(Billions(c.MarketValueEnd).TrimStart('+')), Markup.Escape($"{Billions(c.MarketValueAdded)} ({Share(c.ShareOfAdded)})"));
            }

            console.Write(mv);
        }

        foreach (var e in r.Excluded)
        {
            console.WriteLine($"left out: {e.Message}");
        }

        foreach (var n in analysis.Notes)
        {
            console.WriteLine(n);
        }
    }
}
