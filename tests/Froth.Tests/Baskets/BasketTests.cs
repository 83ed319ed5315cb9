using Froth.Baskets;
using Froth.Series;
using Froth.Tests.Rally;
using static Froth.Tests.Rally.SnapshotBars;

namespace Froth.Tests.Baskets;

/// <summary>Basket index, breadth, market value and exclusions on hand-made baskets whose arithmetic is in the comments.</summary>
public sealed class BasketTests
{
    // A handful of multiplications and divisions of numbers of the order of 100.
    private const double Exact = 1e-10;

    private static DailyBar Bar(string date, double close) => new(D(date), close, close, close, close, null);

    private static ConstituentData Data(string symbol, string currency, params DailyBar[] bars) => new(symbol, symbol, currency, bars);

    // Thursday 30 Jan, Friday 31 Jan, Monday 3 Feb (first session of February), Tuesday 4 Feb 2025.
    //   A: 10, 11, 12.1, 12.1   (+10%, +10%, 0)
    //   B: 20, 18, 18,   19.8   (−10%, 0, +10%)
    private static readonly ConstituentData A = Data("A", "CNY", Bar("2025-01-30", 10), Bar("2025-01-31", 11), Bar("2025-02-03", 12.1), Bar("2025-02-04", 12.1));
    private static readonly ConstituentData B = Data("B", "CNY", Bar("2025-01-30", 20), Bar("2025-01-31", 18), Bar("2025-02-03", 18), Bar("2025-02-04", 19.8));

    private static BasketDefinition Definition(BasketWeighting weighting, BasketRebalancing rebalancing, params BasketConstituent[] constituents) =>
        new("test", "", constituents.Length > 0 ? constituents : [new("A"), new("B")], weighting, rebalancing, null, []);

    private static BasketOptions Period(string from = "2025-01-30", string to = "2025-02-04") => new() { From = D(from), To = D(to) };

    public sealed class Equal_weight
    {
        [Fact]
        public void Should_chain_the_mean_daily_return_when_rebalanced_daily()
        {
            // 31 Jan: mean(+10%, −10%) = 0 → 100; 3 Feb: mean(+10%, 0) = +5% → 105; 4 Feb: mean(0, +10%) = +5% → 110.25.
            var result = Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.Daily), [A, B], Period());

            result.Index.Select(p => p.Level).ShouldBe([100, 100, 105, 110.25], Exact);
            result.Return.ShouldBe(0.1025, Exact);
            result.Resets.ShouldBe(3);
        }

        [Fact]
        public void Should_let_weights_drift_without_rebalancing()
        {
            // Units at the base: A 50/10 = 5, B 50/20 = 2.5.
            // 31 Jan: 5×11 + 2.5×18 = 100; 3 Feb: 5×12.1 + 2.5×18 = 105.5; 4 Feb: 5×12.1 + 2.5×19.8 = 110.
            var result = Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.None), [A, B], Period());

            result.Index.Select(p => p.Level).ShouldBe([100, 100, 105.5, 110], Exact);
            result.Resets.ShouldBe(0);

            // End weights: A 60.5/110, B 49.5/110. Contributions (points of the base 100): A 5×(11−10) +
            // 5×(12.1−11) = 10.5, B 2.5×(18−20) + 2.5×(19.8−18) = −0.5; they add up to the 10% return.
            var a = result.Constituents.Single(c => c.Symbol == "A");
            var b = result.Constituents.Single(c => c.Symbol == "B");
            a.WeightStart.ShouldBe(0.5, Exact);
            a.WeightEnd.ShouldBe(60.5 / 110, Exact);
            a.Contribution.ShouldBe(0.105, Exact);
            b.Contribution.ShouldBe(-0.005, Exact);
        }

        [Fact]
        public void Should_reset_at_the_close_of_the_first_session_of_a_month()
        {
            // As without rebalancing up to 3 Feb (105.5), then equal halves 52.75 each: on 4 Feb A is flat and
            // B gains 10%: 52.75 + 52.75 × 1.1 = 110.775.
            var result = Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.Monthly), [A, B], Period());

            result.Index.Select(p => p.Level).ShouldBe([100, 100, 105.5, 110.775], Exact);
            result.Resets.ShouldBe(1);

            // Quarterly: no quarter starts inside the period, so it is buy and hold.
            Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.Quarterly), [A, B], Period()).Return.ShouldBe(0.10, Exact);
        }

        [Fact]
        public void Should_let_a_constituent_listed_later_enter_at_the_close_of_its_first_session()
        {
            // C lists on 3 Feb at 50 and closes 55 on 4 Feb. Up to 3 Feb as without rebalancing: 105.5. C enters:
            // thirds of 105.5; on 4 Feb A 0%, B +10%, C +10%: 105.5/3 × (1 + 1.1 + 1.1) = 112.5333…
            var c = Data("C", "CNY", Bar("2025-02-03", 50), Bar("2025-02-04", 55));
            var result = Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("B"), new("C")), [A, B, c], Period());

            result.Index[^1].Level.ShouldBe(105.5 / 3 * 3.2, Exact);
            result.Index.Select(p => p.Members).ShouldBe([2, 2, 3, 3]);
            var entered = result.Constituents.Single(x => x.Symbol == "C");
            entered.EnteredOn.ShouldBe(D("2025-02-03"));
            entered.WeightStart.ShouldBe(0);
            entered.Return.ShouldBe(0.1, Exact); // from its entry close 50, not from any price before it
            result.Constituents.Sum(x => x.Contribution).ShouldBe(result.Return, Exact);
        }
    }

    public sealed class Other_weightings
    {
        [Fact]
        public void Should_weight_by_market_value_with_shares()
        {
            // Shares A 1000, B 500. Market value: start 1000×10 + 500×20 = 20,000; end 1000×12.1 + 500×19.8 =
            // 12,100 + 9,900 = 22,000. A cap-weighted index moves with the total: 100 × 22,000/20,000 = 110,
            // whatever the rebalancing (resetting to cap weights leaves units proportional to shares).
            var definition = Definition(BasketWeighting.Cap, BasketRebalancing.Daily, new("A", Shares: 1000), new("B", Shares: 500));

            var result = Basket.Build(definition, [A, B], Period());

            result.Index[^1].Level.ShouldBe(110, Exact);
            var total = result.MarketValue.ShouldHaveSingleItem();
            total.Currency.ShouldBe("CNY");
            total.Start.ShouldBe(20_000, Exact);
            total.End.ShouldBe(22_000, Exact);
            total.Added.ShouldBe(2_000, Exact);

            // Attribution: A added 1000 × (12.1 − 10) = 2,100; B lost 500 × (20 − 19.8) = 100.
            var a = result.Constituents.Single(c => c.Symbol == "A");
            a.MarketValueAdded!.Value.ShouldBe(2_100, Exact);
            a.ShareOfAdded!.Value.ShouldBe(2_100 / 2_000.0, Exact);
            result.Constituents.Single(c => c.Symbol == "B").MarketValueAdded!.Value.ShouldBe(-100, Exact);
        }

        [Fact]
        public void Should_weight_by_price_like_a_sum_of_one_unit_each()
        {
            // One unit each: 10 + 20 = 30 at the base, 12.1 + 19.8 = 31.9 at the end: 100 × 31.9/30 = 106.333…
            var result = Basket.Build(Definition(BasketWeighting.Price, BasketRebalancing.Monthly), [A, B], Period());
            result.Index[^1].Level.ShouldBe(100 * 31.9 / 30, Exact);
        }

        [Fact]
        public void Should_use_fixed_weights_renormalised()
        {
            // Weights 3 and 1 → 75% / 25%, daily: 31 Jan 0.75×10% + 0.25×(−10%) = +5% → 105;
            // 3 Feb 0.75×10% = +7.5% → 112.875; 4 Feb 0.25×10% = +2.5% → 115.696875.
            var result = Basket.Build(Definition(BasketWeighting.Fixed, BasketRebalancing.Daily, new("A", Weight: 3), new("B", Weight: 1)), [A, B], Period());
            result.Index.Select(p => p.Level).ShouldBe([100, 105, 112.875, 115.696875], Exact);
        }

        [Fact]
        public void Should_refuse_price_weights_across_currencies_without_a_reporting_currency()
        {
            var hk = Data("H", "HKD", Bar("2025-01-30", 5), Bar("2025-02-04", 6));
            var e = Should.Throw<FrothException>(() => Basket.Build(Definition(BasketWeighting.Price, BasketRebalancing.None, new("A"), new("H")), [A, hk], Period()));
            e.Message.ShouldContain("price-weighted across CNY and HKD");
        }
    }

    public sealed class Currencies
    {
        // CNY per USD: 7.0 on 30 Jan, 7.2 from 3 Feb.
        private static readonly FxSeries Cny = new("CNY", [Bar("2025-01-30", 7.0), Bar("2025-02-03", 7.2)]);

        [Fact]
        public void Should_convert_each_price_at_the_rate_of_its_date()
        {
            // A in USD: 10/7 = 1.428571 at the base; 12.1/7.2 = 1.680556 on 4 Feb: 1.680556/1.428571 − 1 =
            // 12.1×7 / (10×7.2) − 1 = +17.64%, against +21% in yuan.
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new BasketConstituent("A")) with { ReportingCurrency = "USD" };
            var result = Basket.Build(definition, [A], Period(), [Cny]);

            result.Return.ShouldBe((12.1 * 7.0 / (10 * 7.2)) - 1, Exact);
            result.Constituents[0].EndPrice.ShouldBe(12.1 / 7.2, Exact);
        }

        [Fact]
        public void Should_name_the_missing_FX_series()
        {
            var hk = Data("H", "HKD", Bar("2025-01-30", 5), Bar("2025-02-04", 6));
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("H")) with { ReportingCurrency = "USD" };

            var e = Should.Throw<FrothException>(() => Basket.Build(definition, [A, hk], Period(), [Cny]));

            e.Message.ShouldContain("no FX series HKD=X (HKD per US dollar)");
        }

        [Fact]
        public void Should_refuse_to_convert_with_a_rate_older_than_a_week()
        {
            // The FX series stops on 3 Feb; converting 20 Feb would use a 17-day-old rate.
            var late = Data("A", "CNY", Bar("2025-01-30", 10), Bar("2025-02-20", 11));
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new BasketConstituent("A")) with { ReportingCurrency = "USD" };

            var e = Should.Throw<FrothException>(() => Basket.Build(definition, [late], Period(to: "2025-02-20"), [Cny]));

            e.Message.ShouldContain("CNY=X has no rate within 7 days on or before 2025-02-20");
        }

        [Theory]
        [InlineData("USD", "CNY,HKD", "CNY,HKD")]
        [InlineData("CNY", "HKD,CNY", "CNY,HKD")]
        [InlineData("CNY", "USD", "CNY")]
        [InlineData("HKD", "HKD", "")]
        [InlineData(null, "HKD,CNY", "")]
        public void Should_name_the_per_dollar_series_a_conversion_needs(string? reporting, string currencies, string expected)
        {
            Basket.RequiredFx(reporting, currencies.Split(',')).ShouldBe(expected.Length == 0 ? [] : expected.Split(','));
        }
    }

    public sealed class Exclusions_and_gaps
    {
        [Fact]
        public void Should_report_every_constituent_left_out_and_why()
        {
            var none = Data("NONE", "CNY");
            var later = Data("LATER", "CNY", Bar("2025-03-03", 1));
            var gone = Data("GONE", "CNY", Bar("2024-12-02", 1), Bar("2024-12-31", 1));
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("NONE"), new("LATER"), new("GONE"));

            var result = Basket.Build(definition, [A, none, later, gone], Period());

            result.Constituents.Select(c => c.Symbol).ShouldBe(["A"]);
            result.Excluded.Select(e => (e.Symbol, e.Reason)).ShouldBe(
            [
                ("NONE", ExclusionReason.NoData),
                ("LATER", ExclusionReason.ListedAfterPeriod),
                ("GONE", ExclusionReason.EndedBeforePeriod),
            ]);
            result.Excluded[2].Message.ShouldContain("last bar 2024-12-31 is before the base session 2025-01-30");
        }

        [Fact]
        public void Should_fail_with_the_reasons_when_no_constituent_has_data()
        {
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new BasketConstituent("NONE"));
            var e = Should.Throw<FrothException>(() => Basket.Build(definition, [Data("NONE", "CNY")], Period()));
            e.Message.ShouldContain("no constituent with data between 2025-01-30 and 2025-02-04");
            e.Message.ShouldContain("NONE: no data");
        }

        [Fact]
        public void Should_name_the_constituent_and_date_of_a_close_that_is_not_a_positive_number()
        {
            var bad = Data("BAD", "CNY", Bar("2025-01-30", 10), Bar("2025-01-31", double.NaN));
            var e = Should.Throw<FrothException>(() => Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("BAD")), [A, bad], Period()));
            e.Message.ShouldBe("BAD: the close of 2025-01-31 is NaN; expected a positive, finite price.");
        }

        [Fact]
        public void Should_refuse_a_constituent_with_a_repeated_date()
        {
            var twice = Data("TWICE", "CNY", Bar("2025-01-30", 10), Bar("2025-01-30", 11));
            var e = Should.Throw<FrothException>(() => Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("TWICE")), [A, twice], Period()));
            e.Message.ShouldContain("TWICE: the bar of 2025-01-30 follows the bar of 2025-01-30");
        }

        [Fact]
        public void Should_refuse_an_empty_basket()
        {
            var e = Should.Throw<FrothException>(() => Basket.Build(new BasketDefinition("empty", "", [], BasketWeighting.Equal, BasketRebalancing.None, null, []), [], Period()));
            e.Message.ShouldContain("has no constituents");
        }

        [Fact]
        public void Should_hold_the_price_of_a_suspended_constituent_and_report_the_gap_and_the_stale_end()
        {
            // S trades 2 Jan, is suspended until 20 Feb, trades 20 and 21 Feb, and its data ends there while
            // T trades every weekday to 28 Feb. Weekdays strictly between Thu 2 Jan and Thu 20 Feb 2025:
            // 3 Jan (1) + 6 Jan … 14 Feb (6 weeks, 30) + 17–19 Feb (3) = 34 > 10: a gap. After 21 Feb the basket
            // has five more sessions (24–28 Feb) in which S's price is held: 5 stale sessions.
            var s = Data("S", "CNY", Bar("2025-01-02", 10), Bar("2025-02-20", 12), Bar("2025-02-21", 12));
            var weekdays = Enumerable.Range(0, 58).Select(i => new DateOnly(2025, 1, 2).AddDays(i)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday));
            var t = Data("T", "CNY", [.. weekdays.Select(d => new DailyBar(d, 5, 5, 5, 5, null))]);

            var result = Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.None, new("S"), new("T")), [s, t], Period("2025-01-02", "2025-02-28"));

            var suspended = result.Constituents.Single(c => c.Symbol == "S");
            suspended.Gaps.ShouldBe([new ConstituentGap(D("2025-01-02"), D("2025-02-20"), 34)]);
            suspended.StaleSessions.ShouldBe(5);
            suspended.LastSession.ShouldBe(D("2025-02-21"));

            // Held at 10 through the suspension, then +20%: index = 50 × 1.2 + 50 × 1 = 110 from 20 Feb on.
            result.Index.Single(p => p.Date == D("2025-02-19")).Level.ShouldBe(100, Exact);
            result.Index[^1].Level.ShouldBe(110, Exact);
        }
    }

    public sealed class Breadth
    {
        [Fact]
        public void Should_count_constituents_up_above_their_averages_and_at_highs()
        {
            // 60 weekday sessions. U rises 1, 2, …, 60: up, last close 60 > mean of the last 50 (11…60 → 35.5).
            // W falls 60, 59, …, 1: down, 1 < 35.5. Neither has 200 sessions or 52 weeks of history.
            var dates = Enumerable.Range(0, 90).Select(i => new DateOnly(2025, 1, 1).AddDays(i)).Where(d => d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday)).Take(60).ToArray();
            var up = Data("U", "CNY", [.. dates.Select((d, i) => new DailyBar(d, i + 1, i + 1, i + 1, i + 1, null))]);
            var down = Data("W", "CNY", [.. dates.Select((d, i) => new DailyBar(d, 60 - i, 60 - i, 60 - i, 60 - i, null))]);

            var result = Basket.Build(Definition(BasketWeighting.Equal, BasketRebalancing.None, new("U"), new("W")), [up, down], Period(dates[0].ToString("yyyy-MM-dd"), dates[^1].ToString("yyyy-MM-dd")));

            result.Breadth.ShouldBe(new BasketBreadth(
                Members: 2, Up: 1, Down: 1, Unchanged: 0, UpShare: 0.5,
                Above50: 1, Measured50: 2, Above50Share: 0.5,
                Above200: 0, Measured200: 0, Above200Share: null,
                At52WeekHigh: 0, At52WeekLow: 0, Measured52Week: 0, At52WeekHighShare: null));
            result.Leaders[0].Symbol.ShouldBe("U");
            result.Laggards[0].Symbol.ShouldBe("W");
        }
    }

    public sealed class Point_in_time
    {
        [Theory]
        [InlineData(1)]
        [InlineData(2)]
        [InlineData(3)]
        public void Should_equal_the_basket_built_on_bars_truncated_at_the_period_end(int seed)
        {
            var data = Enumerable.Range(0, 6)
                .Select(i => Data($"S{i}", "CNY", RandomWalk.Bars((seed * 10) + i, 300 - (i * 30), start: new DateOnly(2020, 1, 6).AddDays(i * 20))))
                .ToList();
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.Monthly, [.. data.Select(d => new BasketConstituent(d.Symbol))]);
            var rng = new Random(seed);
            for (var trial = 0; trial < 10; trial++)
            {
                var to = new DateOnly(2020, 3, 1).AddDays(rng.Next(0, 250));
                var options = new BasketOptions { From = new DateOnly(2020, 2, 1), To = to };
                var full = Basket.Build(definition, data, options);
                var truncated = Basket.Build(definition, [.. data.Select(d => d with { Bars = [.. d.Bars.Where(b => b.Date <= to)] })], options);

                truncated.Index.ShouldBe(full.Index);
                truncated.Constituents.Select(c => (c.Symbol, c.Return, c.Contribution, c.StaleSessions)).ShouldBe(full.Constituents.Select(c => (c.Symbol, c.Return, c.Contribution, c.StaleSessions)));
                truncated.Breadth.ShouldBe(full.Breadth);
                truncated.IndexFacts.ShouldBe(full.IndexFacts);
            }
        }
    }

    public sealed class Market_value_from_derived_share_counts
    {
        // A (CNY): market cap 1,000 on 30 Jan at close 10 → 100 shares; 4 Feb at 12.1 → 1,331 would be 110 shares (a placement).
        // H (HKD): one market cap, 2,000 on 3 Feb at close 20 → 100 shares, held back to 30 Jan.
        private static readonly ConstituentData H = Data("H", "HKD", Bar("2025-01-30", 16), Bar("2025-01-31", 18), Bar("2025-02-03", 20), Bar("2025-02-04", 22));

        private static ConstituentData WithCounts(ConstituentData d, params ScalarPoint[] caps) => d with { ShareCounts = ShareCounts.Derive(d.Symbol, caps, d.Bars) };

        private static readonly ConstituentData ACounted = WithCounts(A, new ScalarPoint(D("2025-01-30"), 1_000), new ScalarPoint(D("2025-02-04"), 1_331));
        private static readonly ConstituentData HCounted = WithCounts(H, new ScalarPoint(D("2025-02-03"), 2_000));

        // CNY per USD 7.0 on 30 Jan, 7.2 from 3 Feb; HKD per USD 7.8 on 30 Jan, 7.75 from 3 Feb.
        private static readonly FxSeries Cny = new("CNY", [Bar("2025-01-30", 7.0), Bar("2025-02-03", 7.2)]);
        private static readonly FxSeries Hkd = new("HKD", [Bar("2025-01-30", 7.8), Bar("2025-02-03", 7.75)]);

        [Fact]
        public void Should_add_the_local_market_values_of_a_two_stock_basket()
        {
            // Local currencies. A: 100 × 10 = 1,000 at the start, 110 × 12.1 = 1,331 at the end, added 331 CNY.
            // H: 100 (held back 4 days) × 16 = 1,600 → 100 × 22 = 2,200, added 600 HKD.
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("H"));

            var result = Basket.Build(definition, [ACounted, HCounted], Period());

            result.MarketValue.Select(t => t.Currency).ShouldBe(["CNY", "HKD"]);
            result.MarketValue.Select(t => t.Added).ShouldBe([331, 600], Exact);
            result.MarketValue.Select(t => t.CurrencyEffect).ShouldBe([0, 0]);
            var h = result.Constituents.Single(c => c.Symbol == "H");
            h.SharesAtStart!.Basis.ShouldBe(ShareBasis.HeldBack);
            h.SharesAtStart.DaysAway.ShouldBe(4);
            result.Constituents.Single(c => c.Symbol == "A").SharesAtEnd!.Basis.ShouldBe(ShareBasis.Observed);
            result.Coverage.ShouldBe(new MarketValueCoverage(2, 2));
        }

        [Fact]
        public void Should_convert_each_date_at_its_own_rate_and_split_off_the_currency_effect()
        {
            // USD. A: start 1,000 / 7.0 = 142.857143, end 1,331 / 7.2 = 184.861111, added 42.003968.
            //   Currency effect: end local 1,331 × (1/7.2 − 1/7.0) = 1,331 × (−0.0039683) = −5.281746;
            //   local effect: 331 / 7.0 = 47.285714; −5.281746 + 47.285714 = 42.003968.
            // H: start 1,600 / 7.8 = 205.128205, end 2,200 / 7.75 = 283.870968, added 78.742763.
            //   Currency effect 2,200 × (1/7.75 − 1/7.8) = 2,200 × 0.00082713 = 1.819686.
            // Total added 120.746731, of which 1.819686 − 5.281746 = −3.462060 from exchange rates.
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("H")) with { ReportingCurrency = "USD" };

            var result = Basket.Build(definition, [ACounted, HCounted], Period(), [Cny, Hkd]);

            var total = result.MarketValue.ShouldHaveSingleItem();
            total.Currency.ShouldBe("USD");
            total.Start.ShouldBe(347.985348, 1e-6);
            total.End.ShouldBe(468.732079, 1e-6);
            total.Added.ShouldBe(120.746731, 1e-6);
            total.CurrencyEffect.ShouldBe(-3.462060, 1e-6);
            result.Constituents.Single(c => c.Symbol == "A").CurrencyEffect!.Value.ShouldBe(-5.281746, 1e-6);
        }

        [Fact]
        public void Should_list_a_constituent_without_market_cap_and_count_the_coverage()
        {
            // B has bars but no market cap: 1 of 2 constituents covered.
            var definition = Definition(BasketWeighting.Equal, BasketRebalancing.None, new("A"), new("B"));

            var result = Basket.Build(definition, [ACounted, B], Period());

            result.WithoutShares.ShouldBe(["B"]);
            result.Coverage.Share.ShouldBe(0.5);
        }
    }
}
