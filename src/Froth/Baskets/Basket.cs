using Froth.Rally;
using Froth.Series;

namespace Froth.Baskets;

/// <summary>
/// Builds a basket's index over a period, point in time, with breadth, leaders and laggards, market value
/// added and attribution, and a report of every constituent left out or handled specially.
/// </summary>
/// <remarks>
/// <para><b>Calendar.</b> Basket sessions are the dates on which at least one included constituent has a bar,
/// up to <see cref="BasketOptions.To"/>. The base session is the last basket session on or before
/// <see cref="BasketOptions.From"/> (the first basket session when all data starts later); the index is 100
/// at its close.</para>
/// <para><b>Prices.</b> On each basket session a constituent's price is its last close on or before that date
/// (held through its market's holidays, suspensions and gaps), times the FX factor of that date. With a
/// reporting currency R, a price in L is converted at (R per USD) ÷ (L per USD), each the last rate on or
/// before the date (<see cref="FxSeries"/>); a rate older than <see cref="BasketOptions.MaxFxAgeDays"/> is an
/// error, not a silent stale conversion. Without one (a local-currency basket) prices stay in their own
/// currencies: the index chains each constituent's local-currency return.</para>
/// <para><b>Holdings.</b> The index holds a number of units of each member; its level is Σ units × price.
/// At each reset the units are set so that weights match the target (<see cref="BasketWeighting"/>) at that
/// close, without changing the level. Resets happen at the base, on the schedule of
/// <see cref="BasketRebalancing"/> (at the close of the first basket session of a month or quarter, or every
/// session), and at the close of the first session of a constituent listed after the base (it enters then;
/// its return before that close is not counted). Between resets weights drift with prices. At a scheduled
/// rebalance, a constituent whose last bar is more than <see cref="BasketOptions.GapWeekdays"/> weekdays old
/// (delisted, or its source ended) leaves the index at its last price; if it trades again it re-enters at its
/// next close.</para>
/// <para><b>Inception and period.</b> The index runs from its inception (<see cref="BasketOptions.Inception"/>,
/// by default the period's base) to the period's end; the period's figures (return, contributions, breadth,
/// weights) are measured from the period's base session on that one run, so every period of a basket with one
/// inception reads the same index levels (<see cref="BasketResult.History"/>).</para>
/// <para><b>Left out and reported</b> (<see cref="BasketResult.Excluded"/>): a constituent without any bar, one
/// whose first bar is after the period, one whose last bar is before the base session. <b>Kept and
/// reported</b>: one that entered later (<see cref="ConstituentResult.EnteredOn"/>), one whose data stops
/// before the period's end (<see cref="ConstituentResult.StaleSessions"/>: its price is held), one with gaps
/// longer than <see cref="BasketOptions.GapWeekdays"/> weekdays (<see cref="ConstituentResult.Gaps"/>).</para>
/// <para><b>Up over the period</b> means a return above 0 from the constituent's base price (its price at the
/// base session, or at its entry) to its price at the period's last session, in the reporting currency.</para>
/// <para><b>Market value</b> needs shares: the basket file's constant figure, else the count derived from the
/// constituent's market caps (<see cref="ConstituentData.ShareCounts"/>, held by the rule of
/// <see cref="ShareCountSeries.At"/>) at the base (or entry) session and at its last session, × the converted close
/// there. With a reporting currency, market value added splits into a local effect (local market value added × the
/// base FX factor) and a currency effect (end local market value × the change of the FX factor); they add up to it.
/// Adjusted price series (the snapshot's dividend-adjusted Hong Kong closes, forward-adjusted A-shares) make a market
/// value away from an observation date an approximation of the traded one (<see cref="ShareCountSeries"/>).</para>
/// </remarks>
public static class Basket
{
    /// <summary>Short moving-average window of the breadth measure, in sessions.</summary>
    public const int ShortAverage = 50;

    /// <summary>Long moving-average window of the breadth measure, in sessions.</summary>
    public const int LongAverage = 200;

    /// <summary>Level of the index at the base session.</summary>
    public const double BaseLevel = 100;

    /// <summary>
    /// The currencies whose per-USD series (<see cref="FxSeries.SymbolFor"/>) a basket reporting in
    /// <paramref name="reportingCurrency"/> needs for constituents priced in <paramref name="currencies"/>:
    /// none for a local-currency basket.
    /// </summary>
    public static IReadOnlyList<string> RequiredFx(string? reportingCurrency, IEnumerable<string> currencies)
    {
        ArgumentNullException.ThrowIfNull(currencies);
        if (reportingCurrency is null)
        {
            return [];
        }

        var foreign = currencies.Where(c => c != reportingCurrency).Distinct(StringComparer.Ordinal).ToList();
        var needed = foreign.Where(c => c != "USD").ToList();
        if (foreign.Count > 0 && reportingCurrency != "USD")
        {
            needed.Add(reportingCurrency);
        }

        return [.. needed.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
    }

    /// <summary>Builds the basket over the period of <paramref name="options"/>.</summary>
    /// <param name="definition">The basket; validated here.</param>
    /// <param name="data">One entry per constituent of the definition (matched by symbol); bars in the constituent's currency.</param>
    /// <param name="options">Period and thresholds.</param>
    /// <param name="fx">Per-USD series of the currencies <see cref="RequiredFx"/> names; may be <see langword="null"/> for a local-currency basket.</param>
    /// <exception cref="FrothException">
    /// An invalid definition or options; no constituent with data in the period (the message lists why each was
    /// left out); price or cap weighting across currencies without a reporting currency; a missing or stale FX
    /// series; bad bars.
    /// </exception>
    public static BasketResult Build(BasketDefinition definition, IReadOnlyList<ConstituentData> data, BasketOptions options, IReadOnlyList<FxSeries>? fx = null)
    {
        ArgumentNullException.ThrowIfNull(definition);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(options);
        definition.Validate();
        options.Validate();
        var bySymbol = data.ToDictionary(d => d.Symbol, StringComparer.OrdinalIgnoreCase);
        var missing = definition.Constituents.FirstOrDefault(c => !bySymbol.ContainsKey(c.Symbol));
        if (missing is not null)
        {
            throw new ArgumentException($"No data entry for constituent {missing.Symbol}; pass one per constituent (with no bars when there is no data).", nameof(data));
        }

        // Truncate at the period's end (point in time) and sort out what cannot be in the index.
        var excluded = new List<BasketExclusion>();
        var candidates = new List<Member>();
        foreach (var c in definition.Constituents)
        {
            var d = bySymbol[c.Symbol];
            var bars = d.Bars as DailyBar[] ?? [.. d.Bars]; // read only: no copy of an array
            var n = Sessions.LastOnOrBefore(bars, options.To) + 1;
            Bars.Check(bars, n - 1, d.Symbol);
            if (bars.Length == 0)
            {
                excluded.Add(new BasketExclusion(d.Symbol, ExclusionReason.NoData, $"{d.Symbol}: no data; left out of the basket."));
            }
            else if (n == 0)
            {
                excluded.Add(new BasketExclusion(d.Symbol, ExclusionReason.ListedAfterPeriod, $"{d.Symbol}: first bar {IsoDate.Format(bars[0].Date)} is after the period's end {IsoDate.Format(options.To)}; left out."));
            }
            else
            {
                candidates.Add(new Member(c, d, bars, n));
            }
        }

        // The index starts at its inception (the period's base unless an earlier one is given) and runs to the end;
        // the period's figures are measured from the period's base session on that one run.
        var start = options.Inception ?? options.From;
        var calendar = Calendar(candidates);
        var startSession = BaseSession(calendar, start);
        var members = new List<Member>();
        foreach (var m in candidates)
        {
            if (m.Bars[m.Count - 1].Date < startSession)
            {
                var when = options.Inception is null ? "base session" : "index's first session";
                excluded.Add(new BasketExclusion(m.Symbol, ExclusionReason.EndedBeforePeriod, $"{m.Symbol}: last bar {IsoDate.Format(m.Bars[m.Count - 1].Date)} is before the {when} {IsoDate.Format(startSession)}; left out."));
            }
            else
            {
                members.Add(m);
            }
        }

        if (members.Count == 0)
        {
            var why = excluded.Count == 0 ? string.Empty : " " + string.Join(" ", excluded.Select(e => e.Message));
            throw new FrothException($"Basket '{definition.Name}' has no constituent with data between {IsoDate.Format(start)} and {IsoDate.Format(options.To)}.{why}");
        }

        calendar = Calendar(members);
        var b0 = Math.Max(0, Sessions.LastOnOrBefore(calendar, start));
        var b = Math.Max(b0, Sessions.LastOnOrBefore(calendar, options.From));
        var e = calendar.Length - 1;
        var currencies = members.Select(m => m.Data.Currency).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        if (definition.Weighting is BasketWeighting.Price or BasketWeighting.Cap && definition.ReportingCurrency is null && currencies.Count > 1)
        {
            throw new FrothException($"Basket '{definition.Name}' is {definition.Weighting.ToString().ToLowerInvariant()}-weighted across {string.Join(" and ", currencies)} prices; that needs one currency: set a reporting currency (with its FX series) or use equal or fixed weights.");
        }

        var factors = FxFactors(definition, currencies, calendar, b0, fx, options.MaxFxAgeDays);
        foreach (var m in members)
        {
            m.Price(calendar, b0, factors[m.Data.Currency]);
        }

        var run = RunIndex(definition, members, calendar, b0, b - b0, options.GapWeekdays);
        var inPeriod = new List<Member>();
        foreach (var m in members)
        {
            if (m.ExitedAt is { } exit && exit <= b - b0)
            {
                excluded.Add(new BasketExclusion(m.Symbol, ExclusionReason.EndedBeforePeriod, $"{m.Symbol}: last bar {IsoDate.Format(m.Bars[m.Count - 1].Date)}; it left the index at the rebalance of {IsoDate.Format(calendar[b0 + exit])}, before the base session {IsoDate.Format(calendar[b])}; left out."));
            }
            else if (m.Active || m.ExitedAt is not null)
            {
                inPeriod.Add(m);
            }
        }

        var baseLevel = run.Levels[b - b0];
        var constituents = inPeriod.Select(m => Describe(m, calendar, b0, b, baseLevel, options.GapWeekdays)).ToList();
        var reportCurrency = (ConstituentResult c) => definition.ReportingCurrency ?? c.Currency;
        var marketValue = constituents
            .Where(c => c.Shares is not null)
            .GroupBy(reportCurrency, StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new MarketValueTotal(g.Key, g.Count(), g.Sum(c => c.MarketValueStart!.Value), g.Sum(c => c.MarketValueEnd!.Value), g.Sum(c => c.MarketValueAdded!.Value))
            {
                CurrencyEffect = g.Sum(c => c.CurrencyEffect!.Value),
            })
            .ToList();
        constituents = [.. constituents.Select(c => c.Shares is null ? c : c with
        {
            ShareOfAdded = marketValue.First(t => t.Currency == reportCurrency(c)).Added is var total && total != 0 ? c.MarketValueAdded / total : null,
        })];

        // Leaders from the top and laggards from the bottom, never the same constituent twice: with fewer than
        // twice Top constituents the leaders take the better half (the middle one when odd), the laggards the rest.
        var ranked = constituents.OrderByDescending(c => c.Return).ThenBy(c => c.Symbol, StringComparer.Ordinal).ToList();
        var leaders = Math.Min(options.Top, (ranked.Count + 1) / 2);
        var laggards = Math.Min(options.Top, ranked.Count / 2);
        var index = new List<BasketPoint>(e - b + 1);
        var history = new List<BasketPoint>(e - b0 + 1);
        var historyBars = new DailyBar[e - b0 + 1];
        for (var k = b0; k <= e; k++)
        {
            var level = run.Levels[k - b0];
            history.Add(new BasketPoint(calendar[k], level, run.Members[k - b0]));
            historyBars[k - b0] = new DailyBar(calendar[k], level, level, level, level, null);
            if (k >= b)
            {
                index.Add(new BasketPoint(calendar[k], level / baseLevel * BaseLevel, run.Members[k - b0]));
            }
        }

        return new BasketResult(
            definition.Name,
            definition.ReportingCurrency,
            currencies,
            definition.Weighting,
            definition.Rebalancing,
            calendar[b],
            calendar[e],
            (run.Levels[^1] / baseLevel) - 1,
            index,
            RallyFacts.Compute(historyBars),
            run.Resets,
            constituents,
            excluded,
            Breadth(constituents),
            ranked[..leaders],
            [.. Enumerable.Reverse(ranked).Take(laggards)],
            marketValue,
            [.. constituents.Where(c => c.Shares is null).Select(c => c.Symbol)])
        {
            History = options.KeepHistory ? history : [],
            Coverage = new MarketValueCoverage(constituents.Count(c => c.Shares is not null), definition.Constituents.Count),
        };
    }

    private static BasketBreadth Breadth(IReadOnlyList<ConstituentResult> cs)
    {
        static double? Share(int count, int of) => of == 0 ? null : (double)count / of;
        int up = cs.Count(c => c.Return > 0), down = cs.Count(c => c.Return < 0);
        int a50 = cs.Count(c => c.AboveAverage50 == true), m50 = cs.Count(c => c.AboveAverage50 is not null);
        int a200 = cs.Count(c => c.AboveAverage200 == true), m200 = cs.Count(c => c.AboveAverage200 is not null);
        int hi = cs.Count(c => c.At52WeekHigh == true), lo = cs.Count(c => c.At52WeekLow == true), m52 = cs.Count(c => c.At52WeekHigh is not null);
        return new BasketBreadth(cs.Count, up, down, cs.Count - up - down, Share(up, cs.Count), a50, m50, Share(a50, m50), a200, m200, Share(a200, m200), hi, lo, m52, Share(hi, m52));
    }

    /// <summary>
    /// Runs the holdings through the calendar from the index's first session (column 0 of the prices, calendar index
    /// <paramref name="b0"/>) to the end: levels and member counts, and, from the period's base column
    /// <paramref name="periodBase"/> on, contributions and the weights at the period's start and end.
    /// </summary>
    private static IndexRun RunIndex(BasketDefinition definition, List<Member> members, DateOnly[] calendar, int b0, int periodBase, int exitWeekdays)
    {
        var e = calendar.Length - 1;
        var levels = new double[e - b0 + 1];
        var counts = new int[e - b0 + 1];
        var level = BaseLevel;
        var inBasket = new List<Member>();
        foreach (var m in members.Where(m => !double.IsNaN(m.Prices[0])))
        {
            m.Active = true;
            inBasket.Add(m);
        }

        Reset(definition, inBasket, 0, level);
        levels[0] = level;
        counts[0] = inBasket.Count;
        var resets = 0;
        if (periodBase == 0)
        {
            StartPeriod(inBasket, 0, level);
        }

        for (var k = b0 + 1; k <= e; k++)
        {
            var j = k - b0;
            var value = 0.0;
            foreach (var m in inBasket)
            {
                value += m.Units * m.Prices[j];
                if (j > periodBase)
                {
                    m.Contribution += m.Units * (m.Prices[j] - m.Prices[j - 1]);
                }
            }

            level = value;
            var entered = false;
            foreach (var m in members)
            {
                // A constituent enters at its first close, and one that left re-enters at its first close after it left.
                if (!m.Active && (m.ExitedAt is null ? !double.IsNaN(m.Prices[j]) : m.Traded[j]))
                {
                    m.Active = true;
                    m.EnteredAt = j;
                    m.ExitedAt = null;
                    inBasket.Add(m);
                    entered = true;
                }
            }

            var scheduled = definition.Rebalancing switch
            {
                BasketRebalancing.Daily => true,
                BasketRebalancing.Monthly => TradingCalendar.Month(calendar[k]) != TradingCalendar.Month(calendar[k - 1]),
                BasketRebalancing.Quarterly => TradingCalendar.Quarter(calendar[k]) != TradingCalendar.Quarter(calendar[k - 1]),
                _ => false,
            };
            if (scheduled)
            {
                // A constituent whose data stopped more than the gap threshold before a scheduled rebalance has left
                // the market (delisted, or its source ended): it leaves the index there, at its last price.
                foreach (var m in inBasket.Where(m => TradingCalendar.WeekdaysBetween(m.LastBarDate[j], calendar[k]) > exitWeekdays).ToList())
                {
                    inBasket.Remove(m);
                    m.Active = false;
                    m.ExitedAt = j;
                    m.Units = 0;
                }
            }

            if ((entered || scheduled) && inBasket.Count > 0)
            {
                Reset(definition, inBasket, j, level);
                if (j > periodBase)
                {
                    resets++;
                }
            }

            levels[j] = level;
            counts[j] = inBasket.Count;
            if (j == periodBase)
            {
                StartPeriod(inBasket, j, level);
            }
        }

        var last = e - b0;
        foreach (var m in inBasket)
        {
            m.WeightEnd = m.Units * m.Prices[last] / level;
        }

        return new IndexRun(levels, counts, resets);
    }

    private static void StartPeriod(List<Member> inBasket, int j, double level)
    {
        foreach (var m in inBasket)
        {
            m.InAtPeriodStart = true;
            m.WeightStart = m.Units * m.Prices[j] / level;
        }
    }

    /// <summary>Sets units so that the members' weights at price column <paramref name="j"/> match the target and their value is <paramref name="level"/>.</summary>
    private static void Reset(BasketDefinition definition, List<Member> inBasket, int j, double level)
    {
        double Raw(Member m) => definition.Weighting switch
        {
            BasketWeighting.Equal => 1,
            BasketWeighting.Fixed => m.Constituent.Weight!.Value,
            BasketWeighting.Price => m.Prices[j],
            _ => m.Constituent.Shares!.Value * m.Prices[j],
        };
        var total = inBasket.Sum(Raw);
        foreach (var m in inBasket)
        {
            m.Units = Raw(m) / total * level / m.Prices[j];
        }
    }

    private static ConstituentResult Describe(Member m, DateOnly[] calendar, int b0, int b, double baseLevel, int gapWeekdays)
    {
        var bars = m.Bars.AsSpan(0, m.Count);
        var periodBase = b - b0;
        var entry = m.InAtPeriodStart ? periodBase : m.EnteredAt!.Value;
        var end = m.ExitedAt ?? m.Prices.Length - 1;
        var basePrice = m.Prices[entry];
        var endPrice = m.Prices[end];
        var baseSession = bars[Sessions.LastOnOrBefore(bars, calendar[b0 + entry])].Date;
        var lastSession = bars[^1].Date;
        var stale = 0;
        for (var k = calendar.Length - 1; k > b && calendar[k] > lastSession; k--)
        {
            stale++;
        }

        var gaps = new List<ConstituentGap>();
        for (var i = Math.Max(1, Sessions.LastOnOrBefore(bars, calendar[b]) + 1); i < bars.Length; i++)
        {
            var from = bars[i - 1].Date;
            var to = bars[i].Date;
            if (to.DayNumber - from.DayNumber - 1 > gapWeekdays && TradingCalendar.WeekdaysBetween(from, to) is var w && w > gapWeekdays)
            {
                gaps.Add(new ConstituentGap(from, to, w));
            }
        }

        var records = Records.Compute(bars, bars.Length - 1);
        double? sharesStart = m.Constituent.Shares, sharesEnd = m.Constituent.Shares;
        ShareCountAt? atStart = null, atEnd = null;
        if (sharesStart is null && m.Data.ShareCounts is { } counts)
        {
            atStart = counts.At(calendar[b0 + entry]);
            atEnd = counts.At(lastSession);
            (sharesStart, sharesEnd) = (atStart.Shares, atEnd.Shares);
        }

        double? currencyEffect = sharesEnd is { } se ? se * endPrice * (1 - (m.Factors[entry] / m.Factors[end])) : null;
        return new ConstituentResult(
            m.Symbol,
            m.Data.Name,
            m.Data.Currency,
            m.InAtPeriodStart ? null : calendar[b0 + entry],
            baseSession,
            basePrice,
            lastSession,
            endPrice,
            (endPrice / basePrice) - 1,
            m.Contribution / baseLevel,
            m.InAtPeriodStart ? m.WeightStart : 0,
            m.ExitedAt is null ? m.WeightEnd : 0,
            stale,
            gaps,
            sharesEnd,
            sharesStart * basePrice,
            sharesEnd * endPrice,
            (sharesEnd * endPrice) - (sharesStart * basePrice),
            null,
            AboveAverage(bars, ShortAverage),
            AboveAverage(bars, LongAverage),
            records.At52WeekHigh,
            records.At52WeekLow)
        {
            SharesAtStart = atStart,
            SharesAtEnd = atEnd,
            CurrencyEffect = currencyEffect,
        };
    }

    private static bool? AboveAverage(ReadOnlySpan<DailyBar> bars, int sessions)
    {
        if (bars.Length < sessions)
        {
            return null;
        }

        var sum = 0.0;
        for (var i = bars.Length - sessions; i < bars.Length; i++)
        {
            sum += bars[i].Close;
        }

        return bars[^1].Close > sum / sessions;
    }

    /// <summary>FX factor per currency for each basket session from the base: multiply a price in that currency to get the reporting currency.</summary>
    private static Dictionary<string, double[]> FxFactors(BasketDefinition definition, List<string> currencies, DateOnly[] calendar, int b, IReadOnlyList<FxSeries>? fx, int maxAgeDays)
    {
        var count = calendar.Length - b;
        var result = new Dictionary<string, double[]>(StringComparer.Ordinal);
        var reporting = definition.ReportingCurrency;
        var needed = RequiredFx(reporting, currencies);
        var series = new Dictionary<string, DailyBar[]>(StringComparer.Ordinal);
        foreach (var ccy in needed)
        {
            var s = fx?.FirstOrDefault(f => string.Equals(f.Currency, ccy, StringComparison.OrdinalIgnoreCase));
            if (s is null || s.Bars.Count == 0)
            {
                throw new FrothException($"Basket '{definition.Name}' reports in {reporting} but there is no FX series {FxSeries.SymbolFor(ccy)} ({ccy} per US dollar) to convert its {ccy} prices; import or fetch {FxSeries.SymbolFor(ccy)}, or report in local currency.");
            }

            var bars = s.Bars as DailyBar[] ?? [.. s.Bars];
            Bars.Check(bars, bars.Length - 1, FxSeries.SymbolFor(ccy));
            series[ccy] = bars;
        }

        double[] PerUsd(string ccy)
        {
            var rates = new double[count];
            if (ccy == "USD")
            {
                Array.Fill(rates, 1.0);
                return rates;
            }

            var bars = series[ccy];
            for (var j = 0; j < count; j++)
            {
                var date = calendar[b + j];
                var i = Sessions.LastOnOrBefore(bars, date);
                if (i < 0 || date.DayNumber - bars[i].Date.DayNumber > maxAgeDays)
                {
                    var range = $"it covers {IsoDate.Format(bars[0].Date)} to {IsoDate.Format(bars[^1].Date)}";
                    throw new FrothException($"Basket '{definition.Name}': the FX series {FxSeries.SymbolFor(ccy)} has no rate within {maxAgeDays} days on or before {IsoDate.Format(date)} ({range}); update it, end the period earlier, or report in local currency.");
                }

                rates[j] = bars[i].Close;
            }

            return rates;
        }

        foreach (var ccy in currencies)
        {
            if (reporting is null || ccy == reporting)
            {
                var ones = new double[count];
                Array.Fill(ones, 1.0);
                result[ccy] = ones;
                continue;
            }

            var from = PerUsd(ccy);
            var to = PerUsd(reporting);
            result[ccy] = [.. from.Select((f, j) => to[j] / f)];
        }

        return result;
    }

    /// <summary>The dates on which at least one of <paramref name="members"/> has a bar, ascending (marks on a day-number range, no sort).</summary>
    private static DateOnly[] Calendar(List<Member> members)
    {
        if (members.Count == 0)
        {
            return [];
        }

        var first = members.Min(m => m.Bars[0].Date.DayNumber);
        var last = members.Max(m => m.Bars[m.Count - 1].Date.DayNumber);
        var marks = new bool[last - first + 1];
        var n = 0;
        foreach (var m in members)
        {
            for (var i = 0; i < m.Count; i++)
            {
                ref var mark = ref marks[m.Bars[i].Date.DayNumber - first];
                n += mark ? 0 : 1;
                mark = true;
            }
        }

        var dates = new DateOnly[n];
        for (int d = 0, k = 0; d < marks.Length; d++)
        {
            if (marks[d])
            {
                dates[k++] = DateOnly.FromDayNumber(first + d);
            }
        }

        return dates;
    }

    private static DateOnly BaseSession(DateOnly[] calendar, DateOnly from)
    {
        var i = Sessions.LastOnOrBefore(calendar, from);
        return calendar.Length == 0 ? from : calendar[Math.Max(0, i)];
    }

    private sealed record IndexRun(double[] Levels, int[] Members, int Resets);

    /// <summary>A constituent in the index run: its bars up to the period's end and its state.</summary>
    private sealed class Member(BasketConstituent constituent, ConstituentData data, DailyBar[] bars, int count)
    {
        public BasketConstituent Constituent { get; } = constituent;

        public ConstituentData Data { get; } = data;

        public string Symbol => Data.Symbol;

        public DailyBar[] Bars { get; } = bars;

        /// <summary>Bars on or before the period's end.</summary>
        public int Count { get; } = count;

        /// <summary>Price in the reporting currency on each basket session from the base; NaN before its first bar.</summary>
        public double[] Prices { get; private set; } = [];

        /// <summary>FX factor to the reporting currency on each basket session from the base (1 for a local-currency basket).</summary>
        public double[] Factors { get; private set; } = [];

        public bool Active { get; set; }

        public int? EnteredAt { get; set; }

        /// <summary>Price column of the rebalance at which it left the index, or <see langword="null"/> while it is in.</summary>
        public int? ExitedAt { get; set; }

        /// <summary>True when it was in the index at the close of the period's base session.</summary>
        public bool InAtPeriodStart { get; set; }

        public double Units { get; set; }

        public double Contribution { get; set; }

        public double WeightStart { get; set; }

        public double WeightEnd { get; set; }

        /// <summary>True on each basket session from the index's first on which it has a bar of its own.</summary>
        public bool[] Traded { get; private set; } = [];

        /// <summary>On each basket session from the index's first, the date of its last bar on or before it (its first bar's date before it lists).</summary>
        public DateOnly[] LastBarDate { get; private set; } = [];

        public void Price(DateOnly[] calendar, int b, double[] factor)
        {
            Prices = new double[calendar.Length - b];
            Factors = factor;
            Traded = new bool[Prices.Length];
            LastBarDate = new DateOnly[Prices.Length];
            var i = -1;
            for (var j = 0; j < Prices.Length; j++)
            {
                var date = calendar[b + j];
                while (i + 1 < Count && Bars[i + 1].Date <= date)
                {
                    i++;
                }

                Prices[j] = i < 0 ? double.NaN : Bars[i].Close * factor[j];
                Traded[j] = i >= 0 && Bars[i].Date == date;
                LastBarDate[j] = Bars[Math.Max(i, 0)].Date;
            }
        }
    }
}
