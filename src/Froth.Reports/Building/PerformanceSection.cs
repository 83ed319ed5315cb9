using Froth.Baskets;
using Froth.Narrative;
using Froth.Rally;
using Froth.Reports.Charts;
using Froth.Reports.Model;
using Froth.Series;
using static Froth.Reports.Building.Words;

namespace Froth.Reports.Building;

/// <summary>Performance against the benchmarks: a table of period returns, the basket against each benchmark this year, a rebased chart, and the lead sentence.</summary>
internal static class PerformanceSection
{
    private static readonly (RallyPeriod Period, string Metric, string Header, string Label)[] Periods =
    [
        (RallyPeriod.Day, "return.day", "Day", "return on the last session"),
        (RallyPeriod.WeekToDate, "return.wtd", "Week to date", "return week to date"),
        (RallyPeriod.MonthToDate, "return.mtd", "Month to date", "return month to date"),
        (RallyPeriod.YearToDate, "return.ytd", "Year to date", "return year to date"),
        (RallyPeriod.OneYear, "return.1y", "One year", "return over one year"),
    ];

    public static ReportSection Build(ReportContext ctx)
    {
        var book = ctx.Book;
        var columns = new List<ReportColumn> { new(""), new("Close", true), new("Session", true) };
        columns.AddRange(Periods.Select(p => new ReportColumn(p.Header, true)));
        var rows = new List<IReadOnlyList<ReportCell>>();
        var leads = new List<Sentence>();
        foreach (var s in ctx.Subjects)
        {
            var f = s.Facts;
            var row = new List<ReportCell>
            {
                ReportCell.Of(s.Name),
                ReportCell.Of(Close(ctx, s)),
                ReportCell.Of(Session(ctx, s), FactForm.Iso),
            };
            foreach (var (period, metric, _, label) in Periods)
            {
                row.Add(ReportCell.Of(book.Number(s.Key, metric, FactKind.Return, Of(f.Returns, period)?.Return, label, f.AsOf, [s.Source]), FactForm.Signed, allowEmpty: true));
            }

            rows.Add(row);
            if ((s == ctx.Basket || s == ctx.Headline) && Lead(ctx, s) is { } lead)
            {
                leads.Add(lead);
            }
        }

        var paragraph = new List<Sentence>(leads);
        var current = new List<(Subject Benchmark, Fact Basket, Fact Return, Fact Difference)>();
        foreach (var benchmark in ctx.Subjects.Skip(1))
        {
            if (Against(ctx, benchmark) is { } c)
            {
                if (c.Lagging is { } lagging)
                {
                    paragraph.Add(lagging);
                }
                else
                {
                    current.Add((benchmark, c.Basket, c.Return, c.Difference));
                }
            }
        }

        if (current.Count > 0)
        {
            var list = Sentences.Write($"{GainLoss(current[0].Return)} of {current[0].Return:abs} for the {current[0].Benchmark.Name}");
            for (var i = 1; i < current.Count; i++)
            {
                var (b, _, r, _) = current[i];
                list = i == current.Count - 1
                    ? Sentences.Write($"{list} and {GainLoss(r)} of {r:abs} for the {b.Name}")
                    : Sentences.Write($"{list}, {GainLoss(r)} of {r:abs} for the {b.Name}");
            }

            paragraph.Insert(leads.Count, Sentences.Write($"This year the {ctx.Basket.Name} is {UpDown(current[0].Basket)} {current[0].Basket:abs}, against {list}."));
        }

        var blocks = new List<ReportBlock>();
        if (paragraph.Count > 0)
        {
            blocks.Add(new ParagraphBlock(paragraph));
        }

        var notes = Method(ctx);
        blocks.Add(new TableBlock(new ReportTable(columns, rows, notes).Validated()));
        blocks.Add(new ChartBlock(Chart(ctx)));
        return new ReportSection("performance", "Performance against the benchmarks", blocks);
    }

    public static Fact Close(ReportContext ctx, Subject s) =>
        ctx.Book.Number(s.Key, "close", FactKind.Level, s.Facts.Close, s.Input is null ? "index level (100 at the base)" : "close", s.Facts.AsOf, [s.Source]);

    public static Fact Session(ReportContext ctx, Subject s) =>
        ctx.Book.Date(s.Key, "session", s.Facts.AsOf, "last session on or before the as-of date", s.Facts.AsOf, [s.Source]);

    private static PeriodReturn? Of(CalendarReturns r, RallyPeriod p) => p switch
    {
        RallyPeriod.Day => r.Day,
        RallyPeriod.WeekToDate => r.WeekToDate,
        RallyPeriod.MonthToDate => r.MonthToDate,
        RallyPeriod.QuarterToDate => r.QuarterToDate,
        RallyPeriod.YearToDate => r.YearToDate,
        RallyPeriod.OneYear => r.OneYear,
        _ => null,
    };

    /// <summary>The lead candidate: the last session's move, with the most notable record or streak attached.</summary>
    private static Sentence? Lead(ReportContext ctx, Subject s)
    {
        var f = s.Facts;
        if (f.Returns.Day is null || f.AsOf != ctx.AsOf)
        {
            return null;
        }

        var book = ctx.Book;
        var day = book.Find($"{s.Key}#return.day")!;
        var session = Session(ctx, s);
        var close = Close(ctx, s);
        var move = RoseFell(day);
        var salience = Salience.Move(day.Value);
        var record = Record(ctx, s, day.Value >= 0);
        var streak = StreakSection.Weekly(ctx, s);
        var streakSalience = streak is { } w && (w.Up == (day.Value > 0) || !w.InProgress) ? Salience.Streak((int)w.Length.Value, (int)w.Longest.Value) : 0;
        var recordSalience = record?.Salience ?? 0;
        Sentence sentence;
        var name = s.Name;
        if (FactStyle.RoundsToZero(day))
        {
            sentence = Sentences.Write($"The {name} was unchanged on {session:weekday} at {close}.");
        }
        else if (record is { } r && streak is { } st && st.Up == (day.Value > 0))
        {
            sentence = Sentences.Write($"The {name} {move} {day:abs} on {session:weekday} to {close}, {r.Text}, {st.Phrase}.");
        }
        else if (record is { } r2)
        {
            sentence = Sentences.Write($"The {name} {move} {day:abs} on {session:weekday} to {close}, {r2.Text}.");
        }
        else if (streak is { } st2 && st2.Up == (day.Value > 0))
        {
            sentence = Sentences.Write($"The {name} {move} {day:abs} on {session:weekday} to {close}, {st2.Phrase}.");
        }
        else if (streak is { InProgress: false } st3)
        {
            sentence = Sentences.Write($"The {name} {move} {day:abs} on {session:weekday} to {close}, but still ended the week {W(st3.Up ? "higher" : "lower")}, {st3.Phrase}.");
        }
        else
        {
            sentence = Sentences.Write($"The {name} {move} {day:abs} on {session:weekday} to {close}.");
        }

        ctx.Candidate(Headline.LeadTopic, Math.Max(salience, Math.Max(recordSalience, streakSalience)), sentence);
        return sentence;
    }

    /// <summary>"its highest close since 22 November 2021" (rising) or "its lowest close since …" (falling), when that date is three months back or more.</summary>
    internal static (Sentence Text, double Salience)? Record(ReportContext ctx, Subject s, bool rising)
    {
        var f = s.Facts;
        var book = ctx.Book;
        var level = s.Input is null ? "level" : "close";
        if (rising && f.Records.AtAllTimeHigh)
        {
            if (s.Input is null)
            {
                var start = book.Date(s.Key, "firstSession", f.FirstSession, "first session of the index", f.AsOf, [s.Source]);
                return (Sentences.Write($"its highest level since the index starts on {start}"), Salience.Record(f.AsOf, f.FirstSession, false));
            }

            return (Sentences.Write($"a record close"), Salience.Record(f.AsOf, null, true));
        }

        var since = rising ? f.Records.HighestSince : f.Records.LowestSince;
        if (since is null || Salience.Record(f.AsOf, since.Date, false) == 0)
        {
            return null;
        }

        var date = book.Date(s.Key, rising ? "highestSince" : "lowestSince", since.Date, rising ? "latest earlier session with a close at or above this one" : "latest earlier session with a close at or below this one", f.AsOf, [s.Source]);
        var word = W(rising ? "highest" : "lowest");
        return (Sentences.Write($"its {word} {W(level)} since {date}"), Salience.Record(f.AsOf, since.Date, false) * (rising ? 1 : 0.8));
    }

    /// <summary>
    /// The basket against one benchmark this year: the figures of <c>froth basket</c>'s comparison over the same window
    /// (<see cref="Froth.Analysis.Baskets.BenchmarkComparison"/>), up to the benchmark's last close when its data end sooner.
    /// </summary>
    private static (Fact Basket, Fact Return, Fact Difference, Sentence? Lagging)? Against(ReportContext ctx, Subject benchmark)
    {
        var basket = ctx.Basket;
        if (ctx.Inputs.YearToDate.Benchmarks.FirstOrDefault(c => c.Symbol == benchmark.Key) is not { Return: { } ret, BasketReturn: { } basketReturn, Difference: { } difference, EndSession: { } end })
        {
            return null;
        }

        var lagging = end < basket.Facts.AsOf;
        var book = ctx.Book;
        var key = $"basket:vs:{benchmark.Key}";
        var b = book.Number(key, "basket.ytd", FactKind.Return, basketReturn, "the basket's return year to date, over the benchmark's window", end, [basket.Source]);
        var m = book.Number(key, "benchmark.ytd", FactKind.Return, ret, "the benchmark's return year to date", end, [benchmark.Source]);
        var d = book.Number(key, "difference.ytd", FactKind.PercentagePoints, difference, "the basket's return minus the benchmark's, year to date", end, [basket.Source, benchmark.Source]);
        var lead = W(FactStyle.RoundsToZero(d) ? "a difference" : d.Value > 0 ? "a lead" : "a shortfall");
        Sentence sentence;
        if (lagging)
        {
            var until = book.Date(benchmark.Key, "lastSession", end, "last session in the store", end, [benchmark.Source]);
            sentence = Sentences.Write($"Up to {until}, when the {benchmark.Name}'s data end, the basket was {UpDown(b)} {b:abs} this year, against {GainLoss(m)} of {m:abs} for that index.");
        }
        else
        {
            sentence = Sentences.Write($"This year the {basket.Name} is {UpDown(b)} {b:abs}, against {GainLoss(m)} of {m:abs} for the {benchmark.Name}: {lead} of {d:abs} percentage points.");
        }

        ctx.Candidate("relative", Salience.Relative(difference) - (lagging ? 15 : 0), sentence);
        return (b, m, d, lagging ? sentence : null);
    }

    /// <summary>How the basket is built and what its prices are, in sentences computed from its definition and its constituents' sources.</summary>
    private static List<Sentence> Method(ReportContext ctx)
    {
        var method = ctx.Inputs.YearToDate.Method;
        var book = ctx.Book;
        var weighting = W(method.Weighting switch
        {
            BasketWeighting.Equal => "equal-weighted",
            BasketWeighting.Price => "price-weighted",
            BasketWeighting.Cap => "weighted by market value",
            _ => "weighted by fixed weights",
        });
        var rebalancing = W(method.Rebalancing switch
        {
            BasketRebalancing.Quarterly => "rebalanced each quarter",
            BasketRebalancing.Monthly => "rebalanced each month",
            BasketRebalancing.Daily => "rebalanced every session",
            _ => "never rebalanced (bought and held)",
        });
        var currency = method.ReportingCurrency is { } ccy
            ? W($"every price is converted to {ccy} at each day's exchange rate")
            : method.Currencies.Count > 1
                ? W("each stock's return is in its own currency, with no conversion")
                : W($"its prices are in {method.Currencies[0]}");
        var inception = book.Date("basket", "inception", method.Inception, "the date the basket index starts at its base level (its last session on or before it)", ctx.AsOf, [ctx.Basket.Source]);
        var baseLevel = ctx.Setting("basket.baseLevel", FactKind.Level, Basket.BaseLevel, "level of the basket index at its inception");
        var notes = new List<Sentence>
        {
            Sentences.Write($"The basket is {weighting} and {rebalancing}; {currency}. Its index is {baseLevel} at the close of {inception}."),
        };
        var parts = method.Adjustments
            .GroupBy(a => (Market: MarketWords(a.Market), a.Adjustment))
            .Select(g => $"the {g.Key.Market} prices {AdjustmentWords(g.Key.Adjustment)}")
            .ToList();
        var list = parts.Count switch
        {
            0 => string.Empty,
            1 => parts[0],
            _ => string.Join(", ", parts[..^1]) + " and " + parts[^1],
        };
        notes.Add(Sentences.Write($"Index returns are price returns without dividends; {W(list)}, as their sources give them."));
        return notes;
    }

    private static string MarketWords(string market) => market switch
    {
        "HK" => "Hong Kong stock",
        "SH" or "SZ" or "BJ" => "A-share",
        "US" => "US stock",
        _ => $"{market} stock",
    };

    private static string AdjustmentWords(PriceAdjustment adjustment) => adjustment switch
    {
        PriceAdjustment.SplitAndDividend => "are adjusted for splits and dividends",
        PriceAdjustment.Forward => "are forward-adjusted",
        PriceAdjustment.None => "are as traded, unadjusted",
        _ => "are of an adjustment their source does not state",
    };

    private static ReportChart Chart(ReportContext ctx)
    {
        var baseDate = ctx.AsOf.AddYears(-1);
        var lines = new List<ChartLine>();
        foreach (var s in ctx.Subjects)
        {
            var r = Returns.Between(s.Bars, baseDate, s.Facts.AsOf);
            if (r is null)
            {
                continue;
            }

            var points = s.Bars.Where(b => b.Date >= r.BaseSession).ToList();
            lines.Add(new ChartLine(s.Name.Text!, [.. points.Select(p => p.Date)], [.. points.Select(p => p.Close / r.BaseClose * 100)]));
        }

        var start = ctx.Book.Date("chart", "rebased.base", baseDate, "the date every line of the performance chart is rebased at", ctx.AsOf, [ReportContext.Settings]);
        return new ReportChart(
            "performance",
            "The basket and its benchmarks over the past year",
            ReportCharts.Rebased("performance", lines, "rebased (base = 100)"),
            [Sentences.Write($"Each line is its close divided by its last close on or before {start}, times a hundred; {W(Currencies(ctx))}.")]);
    }

    private static string Currencies(ReportContext ctx) => ctx.Inputs.YearToDate.Method.ReportingCurrency is { } ccy
        ? $"the basket in {ccy}, each benchmark in its own currency"
        : "local currencies";
}
