using Froth.Baskets;
using Froth.Rally;
using Spectre.Console;
using static Froth.Cli.Commands.Rally.RallyText;

namespace Froth.Cli.Commands.Rally;

/// <summary>What <c>froth basket</c> prints: the basket's performance, breadth, leaders, market value and every exclusion.</summary>
internal sealed record BasketOutput(
    string Basket,
    string Location,
    string Description,
    string ReportingCurrency,
    IReadOnlyList<string> Currencies,
    BasketWeighting Weighting,
    BasketRebalancing Rebalancing,
    DateOnly AsOf,
    DateOnly From,
    DateOnly BaseSession,
    DateOnly EndSession,
    double Return,
    BasketFacts Facts,
    IReadOnlyList<BenchmarkOutput> Benchmarks,
    BasketBreadth Breadth,
    IReadOnlyList<string> Leaders,
    IReadOnlyList<string> Laggards,
    IReadOnlyList<MarketValueTotal> MarketValue,
    IReadOnlyList<string> WithoutShares,
    IReadOnlyList<ConstituentResult> Constituents,
    IReadOnlyList<BasketExclusion> Excluded,
    IReadOnlyList<string> Notes,
    IReadOnlyList<BasketPoint> Index)
{
    public static BasketOutput Of(string location, string description, DateOnly asOf, DateOnly from, BasketResult r, IReadOnlyList<BenchmarkOutput> benchmarks, IReadOnlyList<string> notes)
    {
        var f = r.IndexFacts;
        return new BasketOutput(
            r.Name,
            location,
            description,
            r.ReportingCurrency ?? "local",
            r.Currencies,
            r.Weighting,
            r.Rebalancing,
            asOf,
            from,
            r.BaseSession,
            r.EndSession,
            r.Return,
            new BasketFacts(
                new PeriodFigures(f.Returns.Day?.Return, f.Returns.WeekToDate?.Return, f.Returns.MonthToDate?.Return, f.Returns.QuarterToDate?.Return, f.Returns.YearToDate?.Return, f.Returns.OneYear?.Return),
                f.Streaks,
                f.Records.HighestSince?.Date,
                new DrawdownOutput(f.Drawdown.FromPeak, f.Drawdown.Peak.Date, f.Drawdown.Peak.Close, f.Drawdown.SessionsSincePeak)),
            benchmarks,
            r.Breadth,
            [.. r.Leaders.Select(c => c.Symbol)],
            [.. r.Laggards.Select(c => c.Symbol)],
            r.MarketValue,
            r.WithoutShares,
            r.Constituents,
            r.Excluded,
            notes,
            r.Index);
    }

    public void Render(IAnsiConsole console)
    {
        console.Write(new Markup($"[bold]{Markup.Escape(Basket)}[/] — {Markup.Escape(Iso(BaseSession))} → {Markup.Escape(Iso(EndSession))}: {Markup.Escape(Percent(Return))} "
            + $"({Markup.Escape(Weighting.ToString().ToLowerInvariant())} weights, rebalanced {Markup.Escape(Rebalancing.ToString().ToLowerInvariant())}, {Markup.Escape(ReportingCurrency == "local" ? "local currencies " + string.Join("/", Currencies) : ReportingCurrency)})\n"));

        var summary = new Table().AddColumn("basket").AddColumn(new TableColumn("value").RightAligned());
        void Row(string label, string value) => summary.AddRow(Markup.Escape(label), Markup.Escape(value));
        Row("constituents in the index", $"{Count(Constituents.Count)} ({Count(Excluded.Count)} left out)");
        Row("up over the period", $"{Count(Breadth.Up)} of {Count(Breadth.Members)} ({Share(Breadth.UpShare)})");
        Row("above their 50-session average", $"{Count(Breadth.Above50)} of {Count(Breadth.Measured50)} ({Share(Breadth.Above50Share)})");
        Row("above their 200-session average", $"{Count(Breadth.Above200)} of {Count(Breadth.Measured200)} ({Share(Breadth.Above200Share)})");
        Row("at a 52-week closing high", $"{Count(Breadth.At52WeekHigh)} of {Count(Breadth.Measured52Week)} ({Share(Breadth.At52WeekHighShare)})");
        Row("index day / week / month to date", $"{Percent(Facts.Returns.Day)} / {Percent(Facts.Returns.Wtd)} / {Percent(Facts.Returns.Mtd)}");
        Row("index weekly streak", Facts.Streaks.Weekly is { } w ? $"{Count(w.Current)} {w.Direction.ToString().ToLowerInvariant()}{(w.IncludesCurrentPeriod ? " (incl. the week in progress)" : string.Empty)}" : "—");
        Row("index drawdown from its high in the period", Percent(Facts.Drawdown.FromPeak));
        console.Write(summary);

        if (Benchmarks.Count > 0)
        {
            var bench = new Table().AddColumn("benchmark").AddColumn("period").AddColumn(new TableColumn("return").RightAligned()).AddColumn(new TableColumn("basket, same dates").RightAligned()).AddColumn(new TableColumn("difference").RightAligned());
            foreach (var b in Benchmarks)
            {
                bench.AddRow(
                    Markup.Escape($"{b.Symbol} {b.Name}"),
                    Markup.Escape(b.Return is null ? b.Note ?? "—" : $"{Iso(b.BaseSession)} → {Iso(b.EndSession)}"),
                    Markup.Escape(Percent(b.Return)),
                    Markup.Escape(Percent(b.BasketReturn)),
                    Markup.Escape(Percent(b.Difference)));
            }

            console.Write(bench);
        }

        var movers = new Table().AddColumn("").AddColumn("symbol").AddColumn("name").AddColumn(new TableColumn("return").RightAligned()).AddColumn(new TableColumn("contribution").RightAligned());
        void Mover(string label, string symbol)
        {
            var c = Constituents.First(x => x.Symbol == symbol);
            movers.AddRow(Markup.Escape(label), Markup.Escape(c.Symbol), Markup.Escape(c.Name), Markup.Escape(Percent(c.Return)), Markup.Escape(Percent(c.Contribution)));
        }

        foreach (var s in Leaders)
        {
            Mover("leader", s);
        }

        foreach (var s in Laggards)
        {
            Mover("laggard", s);
        }

        console.Write(movers);

        if (MarketValue.Count > 0)
        {
            var mv = new Table().AddColumn("market value").AddColumn(new TableColumn("start").RightAligned()).AddColumn(new TableColumn("end").RightAligned()).AddColumn(new TableColumn("added").RightAligned());
            foreach (var t in MarketValue)
            {
                mv.AddRow(Markup.Escape($"{t.Currency}, {Count(t.Constituents)} with shares"), Markup.Escape(Billions(t.Start).TrimStart('+')), Markup.Escape(Billions(t.End).TrimStart('+')), Markup.Escape(Billions(t.Added)));
            }

            foreach (var c in Constituents.Where(c => c.MarketValueAdded is not null).OrderByDescending(c => c.MarketValueAdded))
            {
                mv.AddRow(Markup.Escape($"  {c.Symbol}"), Markup.Escape(Billions(c.MarketValueStart).TrimStart('+')), Markup.Escape(Billions(c.MarketValueEnd).TrimStart('+')), Markup.Escape($"{Billions(c.MarketValueAdded)} ({Share(c.ShareOfAdded)})"));
            }

            console.Write(mv);
        }

        foreach (var e in Excluded)
        {
            console.WriteLine($"left out: {e.Message}");
        }

        foreach (var n in Notes)
        {
            console.WriteLine(n);
        }
    }
}

/// <summary>The index's own facts as of the period's end: returns within the period, streaks, drawdown within it.</summary>
internal sealed record BasketFacts(PeriodFigures Returns, StreakSet Streaks, DateOnly? HighestSince, DrawdownOutput Drawdown);

/// <summary>
/// A benchmark over the basket's period, in its own currency, and the basket over the same window (to the
/// benchmark's last session when its data ends sooner); null figures with a note when it has no data for it.
/// </summary>
internal sealed record BenchmarkOutput(string Symbol, string Name, string? Currency, DateOnly? BaseSession, DateOnly? EndSession, double? Return, double? BasketReturn, double? Difference, string? Note);
