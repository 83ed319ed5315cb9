using Froth.Rally;
using Froth.Series;
using static Froth.Tests.Rally.SnapshotBars;

namespace Froth.Tests.Rally;

/// <summary>Named pathological inputs and hand-made calendars whose answers are worked out in the comments.</summary>
public sealed class RallyFactsEdgeCaseTests
{
    // One or two divisions of numbers of the order of 1–100: a few ulps of 1.
    private const double Exact = 1e-12;

    private static DailyBar Bar(string date, double close, double? volume = null) => new(D(date), close, close, close, close, volume);

    public sealed class Bad_input
    {
        [Fact]
        public void Should_refuse_no_bars()
        {
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute([]));
            e.Message.ShouldContain("has no bars");
        }

        [Fact]
        public void Should_refuse_an_as_of_date_before_the_first_bar_and_name_both_dates()
        {
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute(Hstech, new RallyOptions { AsOf = D("2019-06-30") }));
            e.Message.ShouldContain("2019-06-30 is before the first bar");
            e.Message.ShouldContain("2020-08-17");
        }

        [Fact]
        public void Should_name_the_date_of_a_close_that_is_not_a_positive_number()
        {
            DailyBar[] bars = [Bar("2025-01-02", 10), Bar("2025-01-03", double.NaN), Bar("2025-01-06", 11)];
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute(bars));
            e.Message.ShouldContain("the close of 2025-01-03 is NaN");
        }

        [Fact]
        public void Should_refuse_a_repeated_date()
        {
            DailyBar[] bars = [Bar("2025-01-02", 10), Bar("2025-01-02", 10.5), Bar("2025-01-03", 11)];
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute(bars));
            e.Message.ShouldContain("strictly ascending");
        }

        [Fact]
        public void Should_not_read_a_bad_bar_after_the_as_of_date()
        {
            // Point in time: a bar after the as-of date is never read, so it cannot fail the computation.
            DailyBar[] bars = [Bar("2025-01-02", 10), Bar("2025-01-03", 11), Bar("2025-01-06", -1)];
            RallyFacts.Compute(bars, new RallyOptions { AsOf = D("2025-01-03") }).Close.ShouldBe(11);
        }

        [Fact]
        public void Should_refuse_a_range_that_ends_before_it_starts()
        {
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute(Hstech, new RallyOptions { From = D("2025-06-01"), To = D("2025-05-01") }));
            e.Message.ShouldContain("expected from ≤ to");
        }

        [Fact]
        public void Should_refuse_a_range_that_starts_after_the_last_session()
        {
            // The Sina HSTECH file ends 2026-07-10.
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute(Hstech, new RallyOptions { From = D("2026-12-31") }));
            e.Message.ShouldContain("The range starts on 2026-12-31, after the as-of session 2026-07-10");
        }

        [Fact]
        public void Should_refuse_a_benchmark_that_starts_after_the_as_of_date()
        {
            DailyBar[] benchmark = [Bar("2030-01-02", 1)];
            var e = Should.Throw<FrothException>(() => RallyFacts.Compute(Hstech, new RallyOptions { AsOf = D("2025-01-02") }, benchmark));
            e.Message.ShouldContain("no bar on or before 2025-01-02");
        }
    }

    public sealed class Small_series
    {
        [Fact]
        public void Should_give_a_single_bar_no_returns_no_streaks_and_itself_as_every_record()
        {
            var facts = RallyFacts.Compute([Bar("2025-03-03", 50, 1000)]);

            facts.Returns.All().ShouldAllBe(r => r.Return == null);
            facts.Streaks.ShouldBe(new StreakSet(null, null, null));
            facts.Records.HighestSince.ShouldBeNull();
            facts.Records.AtAllTimeHigh.ShouldBeTrue();
            facts.Records.High52Week.ShouldBeNull(); // one day of history does not cover 52 weeks
            facts.Drawdown.FromPeak.ShouldBe(0);
            facts.Volume.ShouldBe(new VolumeSnapshot(1000, null, null, null, null));
        }

        [Fact]
        public void Should_call_a_constant_series_flat_and_every_close_a_tie()
        {
            var bars = Enumerable.Range(0, 30).Select(i => new DailyBar(new DateOnly(2025, 3, 3).AddDays(i), 7, 7, 7, 7, null)).ToArray();

            var facts = RallyFacts.Compute(bars);

            facts.Streaks.Daily!.Direction.ShouldBe(StreakDirection.Flat);
            facts.Streaks.Daily.Current.ShouldBe(29);
            facts.Streaks.Daily.LongestUp.ShouldBe(0);
            facts.Returns.MonthToDate!.Return.ShouldBe(0);

            // At or above: the previous session ties, so it is both the highest and the lowest since; the
            // close is at its all-time high and low at once.
            facts.Records.HighestSince!.Date.ShouldBe(bars[^2].Date);
            facts.Records.LowestSince!.Date.ShouldBe(bars[^2].Date);
            facts.Records.AtAllTimeHigh.ShouldBeTrue();
            facts.Records.AtAllTimeLow.ShouldBeTrue();
        }
    }

    public sealed class Weeks_and_months_in_progress
    {
        // Weeks of 2025: Mon 3 Mar … Fri 7 Mar, Mon 10 … Fri 14 Mar, Mon 17 … Thu 20 Mar.
        private static readonly DailyBar[] Bars =
        [
            Bar("2025-03-03", 100), Bar("2025-03-07", 101),                         // week 10 ends 101
            Bar("2025-03-10", 100), Bar("2025-03-14", 103),                         // week 11 ends 103: up
            Bar("2025-03-17", 104), Bar("2025-03-20", 105),                         // week 12 to Thursday: 105, up
        ];

        [Fact]
        public void Should_count_the_week_to_Thursday_provisionally()
        {
            var weekly = Froth.Rally.Streaks.Compute(Bars, StreakFrequency.Weekly)!;
            weekly.Current.ShouldBe(2); // week 11 (103 > 101) and week 12 so far (105 > 103)
            weekly.IncludesCurrentPeriod.ShouldBeTrue(); // Friday 21 March remains
        }

        [Fact]
        public void Should_call_the_week_complete_when_asked_as_of_the_weekend()
        {
            // Friday 21 March a holiday: as of Saturday 22 March no weekday of the week remains.
            var weekly = Froth.Rally.Streaks.Compute(Bars, StreakFrequency.Weekly, asOf: D("2025-03-22"))!;
            weekly.Current.ShouldBe(2);
            weekly.IncludesCurrentPeriod.ShouldBeFalse();
        }

        [Fact]
        public void Should_not_count_a_new_week_without_sessions()
        {
            // As of Wednesday 26 March with no session yet that week (holidays): the last period is week 12,
            // which is over, so nothing is provisional.
            var weekly = Froth.Rally.Streaks.Compute(Bars, StreakFrequency.Weekly, asOf: D("2025-03-26"))!;
            weekly.IncludesCurrentPeriod.ShouldBeFalse();
            weekly.Current.ShouldBe(2);
        }

        [Fact]
        public void Should_skip_a_week_without_sessions_and_compare_with_the_week_before()
        {
            // A market shut for a whole ISO week (week 40 here, 29 Sep – 5 Oct 2025): the week has no close,
            // so week 41 is compared with week 39, the previous week that has one.
            DailyBar[] bars =
            [
                Bar("2025-09-26", 10), // week 39
                Bar("2025-10-10", 11), // week 41 (week 40 had no session here)
            ];
            var weekly = Froth.Rally.Streaks.Compute(bars, StreakFrequency.Weekly)!;
            weekly.Current.ShouldBe(1);
            weekly.Direction.ShouldBe(StreakDirection.Up);
            weekly.Start.ShouldBe(D("2025-10-10"));
        }

        [Fact]
        public void Should_count_the_month_in_progress_until_its_last_weekday()
        {
            DailyBar[] bars = [Bar("2025-01-31", 10), Bar("2025-02-28", 11), Bar("2025-03-27", 12)];

            // Thursday 27 March: 28 and 31 March remain → provisional. Monday 31 March asked: none remains.
            Froth.Rally.Streaks.Compute(bars, StreakFrequency.Monthly)!.IncludesCurrentPeriod.ShouldBeTrue();
            var complete = Froth.Rally.Streaks.Compute(bars, StreakFrequency.Monthly, asOf: D("2025-03-31"))!;
            complete.IncludesCurrentPeriod.ShouldBeFalse();
            complete.Current.ShouldBe(2);
        }
    }

    public sealed class Calendar_returns
    {
        [Fact]
        public void Should_use_the_last_session_on_or_before_an_as_of_date_that_is_not_a_session()
        {
            // Saturday 27 September 2025: the last HSTECH session is Friday the 26th (close 6195.10986).
            var facts = RallyFacts.Compute(Hstech, new RallyOptions { AsOf = D("2025-09-27") });
            facts.AsOf.ShouldBe(D("2025-09-26"));
            facts.RequestedAsOf.ShouldBe(D("2025-09-27"));
            facts.Close.ShouldBe(6195.10986);
        }

        [Fact]
        public void Should_take_one_year_from_28_February_for_a_29_February()
        {
            Returns.BaseDate(RallyPeriod.OneYear, D("2024-02-29"), null).ShouldBe(D("2023-02-28"));
        }

        [Fact]
        public void Should_give_null_when_the_series_starts_inside_the_period()
        {
            // Cambricon's first session is 2020-07-20: it has no close on or before 2019-12-31.
            var facts = RallyFacts.Compute(Cambricon, new RallyOptions { AsOf = D("2020-08-03") });
            facts.Returns.YearToDate.ShouldBeNull();
            facts.Returns.OneYear.ShouldBeNull();
            facts.Returns.MonthToDate.ShouldNotBeNull();
        }

        [Fact]
        public void Should_compute_a_range_from_its_start_date_to_its_end_date()
        {
            // HSTECH 2025-08-29 close 5674.31006 → 2025-09-30 close 6465.66016: September +13.95%.
            var facts = RallyFacts.Compute(Hstech, new RallyOptions { AsOf = D("2025-10-10"), From = D("2025-08-31"), To = D("2025-09-30") });
            facts.Range!.BaseSession.ShouldBe(D("2025-08-29"));
            facts.Range.EndSession.ShouldBe(D("2025-09-30"));
            facts.Range.Return.ShouldBe((6465.66016 / 5674.31006) - 1, Exact);
        }
    }

    public sealed class Relative_performance
    {
        [Fact]
        public void Should_give_a_benchmark_that_did_not_trade_in_the_window_a_zero_return()
        {
            // Instrument trades Thursday 2 and Friday 3 Jan; the benchmark is shut on the 3rd. The day window
            // (2 Jan, 3 Jan] holds no benchmark session: its last close on or before each end is the 2nd's.
            DailyBar[] bars = [Bar("2025-01-02", 100), Bar("2025-01-03", 110)];
            DailyBar[] benchmark = [Bar("2025-01-02", 50)];

            var day = RelativePerformance.Compare(bars, benchmark).Day!;

            day.Instrument.Return.ShouldBe(0.1, Exact);
            day.Benchmark.Return.ShouldBe(0);
            day.Difference.ShouldBe(0.1, Exact);
        }

        [Fact]
        public void Should_normalise_the_ratio_series_to_1_at_the_base_date_and_carry_the_benchmark_over_its_holidays()
        {
            // Ratio on each instrument session: 100/50 = 2 (base), 110/50 = 2.2 (benchmark shut, 50 held),
            // 121/55 = 2.2; normalised by 2: 1, 1.1, 1.1.
            DailyBar[] bars = [Bar("2025-01-02", 100), Bar("2025-01-03", 110), Bar("2025-01-06", 121)];
            DailyBar[] benchmark = [Bar("2025-01-02", 50), Bar("2025-01-06", 55)];

            var ratio = RelativePerformance.RatioSeries(bars, benchmark, D("2025-01-02"));

            ratio.Count.ShouldBe(3);
            ratio[0]!.Value.ShouldBe(1, Exact);
            ratio[1]!.Value.ShouldBe(1.1, Exact);
            ratio[2]!.Value.ShouldBe(1.1, Exact);
        }
    }
}
