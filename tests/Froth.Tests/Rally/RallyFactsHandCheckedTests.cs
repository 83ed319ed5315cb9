using Froth.Rally;
using static Froth.Tests.Rally.SnapshotBars;

namespace Froth.Tests.Rally;

/// <summary>
/// Rally facts on real sessions of the sample snapshot, checked against figures worked out by hand from the
/// rows of the files (quoted in the comments with their line numbers). Returns are asserted as the ratio of
/// the two closes read from the file, so the only difference between the hand figure and the library's is
/// the rounding of one division.
/// </summary>
public sealed class RallyFactsHandCheckedTests
{
    // One division and one subtraction of doubles of the order of 1: a few ulps of 1.
    private const double Exact = 1e-12;

    // A mean of volumes of the order of 1e7: the hand sum is an integer and its quotient by 20 or 50 is exact in
    // decimal; the library adds the doubles one by one, exact for integers below 2^53. A millionth of a share.
    private const double Volume = 1e-6;

    /// <summary>
    /// Hang Seng TECH (prices/cn_index/hstech_sina_2020-2026.csv) as of Thursday 25 September 2025: the
    /// eighth straight weekly gain, counted with the week in progress, and the highest close since 22 November 2021.
    /// </summary>
    public sealed class Hang_Seng_Tech_on_Thursday_25_September_2025
    {
        private static readonly RallyFactsResult Facts = RallyFacts.Compute(Hstech, new RallyOptions { AsOf = D("2025-09-25") });

        [Fact]
        public void Should_compute_each_period_return_from_its_base_close()
        {
            // File rows (date, close):
            //   line 1258  2025-09-25  6379.18994   the as-of session (a Thursday)
            //   line 1257  2025-09-24  6323.1499    previous session              → day
            //              2025-09-19  6294.41992   Friday, last close of ISO week 38 → week to date
            //              2025-08-29  5674.31006   last close of August          → month to date
            //              2025-06-30  5302.81982   last close of Q2              → quarter to date
            //   line 1076  2024-12-31  4468.10986   last close of 2024            → year to date
            //              2024-09-25  3924.44995   same date a year earlier       → one year
            Facts.AsOf.ShouldBe(D("2025-09-25"));
            Facts.Close.ShouldBe(6379.18994);
            Facts.Returns.Day!.Return.ShouldBe((6379.18994 / 6323.1499) - 1, Exact);           // +0.886%
            Facts.Returns.WeekToDate!.BaseSession.ShouldBe(D("2025-09-19"));
            Facts.Returns.WeekToDate.Return.ShouldBe((6379.18994 / 6294.41992) - 1, Exact);     // +1.347%
            Facts.Returns.MonthToDate!.BaseSession.ShouldBe(D("2025-08-29"));
            Facts.Returns.MonthToDate.Return.ShouldBe((6379.18994 / 5674.31006) - 1, Exact);    // +12.42%
            Facts.Returns.QuarterToDate!.Return.ShouldBe((6379.18994 / 5302.81982) - 1, Exact); // +20.30%
            Facts.Returns.YearToDate!.BaseSession.ShouldBe(D("2024-12-31"));
            Facts.Returns.YearToDate.Return.ShouldBe((6379.18994 / 4468.10986) - 1, Exact);     // +42.77%
            Facts.Returns.OneYear!.BaseSession.ShouldBe(D("2024-09-25"));
            Facts.Returns.OneYear.Return.ShouldBe((6379.18994 / 3924.44995) - 1, Exact);        // +62.55%
        }

        [Fact]
        public void Should_count_the_eighth_straight_weekly_gain_with_the_week_in_progress()
        {
            // Last close of each ISO week: 07-25 5677.8999; 08-01 5397.3999 (down); then up every week:
            // 08-08 5460.29981, 08-15 5543.16992, 08-22 5647.68018, 08-29 5674.31006, 09-05 5687.4502,
            // 09-12 5989.27002, 09-19 6294.41992 (seven completed up weeks), and week to date 09-25 6379.18994
            // > 6294.41992 with Friday 26 September still to come: 8, provisionally.
            var weekly = Facts.Streaks.Weekly!;
            weekly.Direction.ShouldBe(StreakDirection.Up);
            weekly.Current.ShouldBe(8);
            weekly.IncludesCurrentPeriod.ShouldBeTrue();
            weekly.Start.ShouldBe(D("2025-08-08"));

            // The longest earlier run of up weeks in the file is 6 (the weeks ending 2025-01-17 … 2025-02-21),
            // so no earlier streak is as long: the current one is the longest on record.
            weekly.Longest.ShouldBe(8);
            weekly.LongestUp.ShouldBe(8);
            weekly.PreviousAsLong.ShouldBeNull();
        }

        [Fact]
        public void Should_count_the_monthly_and_daily_streaks()
        {
            // Month ends: 03-31 5394.72022, 04-30 5087.41992 (down), 05-30 5170.43018, 06-30 5302.81982,
            // 07-31 5453.14014, 08-29 5674.31006 (four up months) and September to date 6379.18994 (up, with
            // 26, 29 and 30 September still to come): 5, provisionally.
            Facts.Streaks.Monthly!.Direction.ShouldBe(StreakDirection.Up);
            Facts.Streaks.Monthly.Current.ShouldBe(5);
            Facts.Streaks.Monthly.IncludesCurrentPeriod.ShouldBeTrue();

            // Sessions: 09-22 6257.91016, 09-23 6167.06006 (down), 09-24 6323.1499 (up), 09-25 6379.18994 (up): 2.
            Facts.Streaks.Daily!.Direction.ShouldBe(StreakDirection.Up);
            Facts.Streaks.Daily.Current.ShouldBe(2);
            Facts.Streaks.Daily.Start.ShouldBe(D("2025-09-24"));
            Facts.Streaks.Daily.IncludesCurrentPeriod.ShouldBeFalse();
        }

        [Fact]
        public void Should_find_the_highest_close_since_22_November_2021()
        {
            // line 313: 2021-11-22 close 6410.89014 ≥ 6379.18994, and no row from 2021-11-23 to 2025-09-24 closes
            // at or above 6379.18994 (awk over the file: 0 rows).
            Facts.Records.HighestSince!.Date.ShouldBe(D("2021-11-22"));
            Facts.Records.HighestSince.Close.ShouldBe(6410.89014);

            // The day before closed lower (6323.1499), so the lowest-since is the previous session.
            Facts.Records.LowestSince!.Date.ShouldBe(D("2025-09-24"));
            Facts.Records.AtAllTimeHigh.ShouldBeFalse();

            // 52-week window 2024-09-27 … 2025-09-25 (364 days): its highest close is this one, its lowest
            // 2025-01-13 4221.91992 (line 1084).
            Facts.Records.Window52WeekStart.ShouldBe(D("2024-09-27"));
            Facts.Records.At52WeekHigh.ShouldBe(true);
            Facts.Records.Low52Week!.Date.ShouldBe(D("2025-01-13"));
            Facts.Records.Low52Week.Close.ShouldBe(4221.91992);
        }

        [Fact]
        public void Should_measure_the_drawdown_from_the_February_2021_peak()
        {
            // Highest close of the file up to the as-of date: line 125, 2021-02-17, 10945.22. Drawdown =
            // 6379.18994 / 10945.22 − 1 = −41.72%; sessions since = line 1258 − line 125 = 1133.
            Facts.Drawdown.Peak.Date.ShouldBe(D("2021-02-17"));
            Facts.Drawdown.FromPeak.ShouldBe((6379.18994 / 10945.22) - 1, Exact);
            Facts.Drawdown.SessionsSincePeak.ShouldBe(1133);
        }

        [Fact]
        public void Should_have_no_volume_facts_for_a_file_without_volume()
        {
            Facts.Volume.ShouldBeNull();
        }
    }

    /// <summary>
    /// Hang Seng TECH as of Thursday 2 October 2025, the session after the 1 October holiday, against the
    /// Nasdaq 100 (prices/us/NDX_yahoo_1985-2026-07_noVolume.csv), which traded on 1 October.
    /// </summary>
    public sealed class Hang_Seng_Tech_against_the_Nasdaq_100_on_2_October_2025
    {
        private static readonly RallyFactsResult Facts = RallyFacts.Compute(Hstech, new RallyOptions { AsOf = D("2025-10-02") }, Ndx);

        [Fact]
        public void Should_take_the_day_return_against_the_session_before_the_holiday()
        {
            // HSTECH rows: 2025-09-30 6465.66016, (no 2025-10-01: holiday), 2025-10-02 6682.85986.
            Facts.Returns.Day!.BaseSession.ShouldBe(D("2025-09-30"));
            Facts.Returns.Day.Return.ShouldBe((6682.85986 / 6465.66016) - 1, Exact); // +3.36%

            // Month and quarter to date both start from the last September close.
            Facts.Returns.MonthToDate!.Return.ShouldBe((6682.85986 / 6465.66016) - 1, Exact);
            Facts.Returns.QuarterToDate!.BaseSession.ShouldBe(D("2025-09-30"));
        }

        [Fact]
        public void Should_compare_each_series_over_the_same_calendar_window()
        {
            // The day window is (2025-09-30, 2025-10-02]: the Nasdaq 100 closes 24679.990234375 on 09-30 and
            // 24892.759765625 on 10-02 (two US sessions, 10-01 and 10-02, inside the one HK session).
            var day = Facts.Relative!.Day!;
            day.Benchmark.BaseSession.ShouldBe(D("2025-09-30"));
            day.Benchmark.Return.ShouldBe((24892.759765625 / 24679.990234375) - 1, Exact); // +0.862%
            day.Difference.ShouldBe(((6682.85986 / 6465.66016) - 1) - ((24892.759765625 / 24679.990234375) - 1), Exact);

            // Week to date: base date Sunday 2025-09-28; HSTECH 09-26 6195.10986, NDX 09-26 24503.849609375.
            var week = Facts.Relative.WeekToDate!;
            week.Instrument.Return.ShouldBe((6682.85986 / 6195.10986) - 1, Exact);
            week.Benchmark.Return.ShouldBe((24892.759765625 / 24503.849609375) - 1, Exact);

            // Year to date: HSTECH 2024-12-31 4468.10986 → +49.57%; NDX 2024-12-31 21012.169921875 → +18.47%.
            // Ratio: 1.4957 / 1.1847 − 1 = +26.25%: the Hang Seng Tech outperformed the Nasdaq 100 by that much.
            var ytd = Facts.Relative.YearToDate!;
            ytd.Instrument.Return.ShouldBe((6682.85986 / 4468.10986) - 1, Exact);
            ytd.Benchmark.Return.ShouldBe((24892.759765625 / 21012.169921875) - 1, Exact);
            ytd.Ratio.ShouldBe((6682.85986 / 4468.10986) / (24892.759765625 / 21012.169921875) - 1, Exact);
            Facts.Relative.BenchmarkAsOf.ShouldBe(D("2025-10-02"));
        }

        [Fact]
        public void Should_find_the_highest_close_since_16_November_2021()
        {
            // line 309: 2021-11-16 close 6712.31055 ≥ 6682.85986; no row from 2021-11-17 to 2025-10-01 is (awk: 0 rows).
            Facts.Records.HighestSince!.Date.ShouldBe(D("2021-11-16"));
            Facts.Records.HighestSince.Close.ShouldBe(6712.31055);
        }

        [Fact]
        public void Should_end_the_eight_week_run_with_a_down_week_and_start_again()
        {
            // Week of 09-26 closed 6195.10986 < 6294.41992 (down, ending the eight-week run at seven completed
            // weeks); this week to date 6682.85986 > 6195.10986: one up week, in progress. The most recent up
            // run at least one week long is the seven weeks ending 2025-09-19.
            var weekly = Facts.Streaks.Weekly!;
            weekly.Direction.ShouldBe(StreakDirection.Up);
            weekly.Current.ShouldBe(1);
            weekly.IncludesCurrentPeriod.ShouldBeTrue();
            weekly.PreviousAsLong.ShouldBe(new PastStreak(7, D("2025-09-19")));
        }
    }

    /// <summary>
    /// STAR 50 (prices/cn_index/sh000688_star50_2019-2026.csv) as of Friday 29 August 2025, the month it
    /// gained 28% while the Nasdaq 100 barely moved.
    /// </summary>
    public sealed class Star_50_in_August_2025
    {
        private static readonly RallyFactsResult Facts = RallyFacts.Compute(Star50, new RallyOptions { AsOf = D("2025-08-29") }, Ndx);

        [Fact]
        public void Should_gain_28_percent_in_the_month_against_under_1_percent_for_the_Nasdaq_100()
        {
            // STAR 50: 2025-07-31 close 1047.87 → 2025-08-29 close 1341.31: +28.00%.
            // NDX:     2025-07-31 close 23218.119140625 → 2025-08-29 close 23415.419921875: +0.85%.
            var month = Facts.Relative!.MonthToDate!;
            month.Instrument.Return.ShouldBe((1341.31 / 1047.87) - 1, Exact);
            month.Benchmark.Return.ShouldBe((23415.419921875 / 23218.119140625) - 1, Exact);
            month.Difference.ShouldBe(((1341.31 / 1047.87) - 1) - ((23415.419921875 / 23218.119140625) - 1), Exact);
        }

        [Fact]
        public void Should_count_completed_weeks_and_months_on_a_Friday()
        {
            // Week ends: 07-25 1054.2, 08-01 1036.77 (down), 08-08 1043.54, 08-15 1101.29, 08-22 1247.86,
            // 08-29 1341.31: four up weeks, the last complete (Friday: no weekday of the week remains).
            Facts.Streaks.Weekly!.Current.ShouldBe(4);
            Facts.Streaks.Weekly.IncludesCurrentPeriod.ShouldBeFalse();

            // Month ends: 04-30 1012.42, 05-30 977.03 (down), 06-30 1003.41, 07-31 1047.87, 08-29 1341.31:
            // three up months; 30 and 31 August are a weekend, so August is complete.
            Facts.Streaks.Monthly!.Current.ShouldBe(3);
            Facts.Streaks.Monthly.IncludesCurrentPeriod.ShouldBeFalse();

            // Sessions: 08-28 1364.6, 08-29 1341.31: down 1.
            Facts.Streaks.Daily!.Direction.ShouldBe(StreakDirection.Down);
            Facts.Streaks.Daily.Current.ShouldBe(1);
        }

        [Fact]
        public void Should_compare_volume_with_the_20_and_50_sessions_before()
        {
            // Volume of 2025-08-29: 15,616,830. The 20 rows before it (2025-08-01 … 2025-08-28) sum to
            // 199,915,384 → mean 9,995,769.2 → ratio 1.5623; the 50 rows before (2025-06-20 … 2025-08-28) sum to
            // 369,718,508 → mean 7,394,370.16 → ratio 2.1120.
            var volume = Facts.Volume!;
            volume.Volume.ShouldBe(15_616_830);
            volume.Average20!.Value.ShouldBe(199_915_384 / 20.0, Volume);
            volume.Ratio20!.Value.ShouldBe(15_616_830 / (199_915_384 / 20.0), Exact);
            volume.Average50!.Value.ShouldBe(369_718_508 / 50.0, Volume);
            volume.Ratio50!.Value.ShouldBe(15_616_830 / (369_718_508 / 50.0), Exact);
        }
    }

    /// <summary>Cambricon (prices/cn_stocks/sh688256.csv) on Friday 22 August 2025: a 20% limit-up day to an all-time high.</summary>
    public sealed class Cambricon_on_22_August_2025
    {
        private static readonly RallyFactsResult Facts = RallyFacts.Compute(Cambricon, new RallyOptions { AsOf = D("2025-08-22") });

        [Fact]
        public void Should_rise_20_percent_on_the_day_to_an_all_time_high()
        {
            // 2025-08-21 close 694.295 → 2025-08-22 close 833.356: +20.03% (the STAR board's daily limit).
            Facts.Returns.Day!.Return.ShouldBe((833.356 / 694.295) - 1, Exact);

            // No earlier close in the file is at or above 833.356: an all-time high, no "highest since".
            Facts.Records.HighestSince.ShouldBeNull();
            Facts.Records.AtAllTimeHigh.ShouldBeTrue();
            Facts.Drawdown.FromPeak.ShouldBe(0);
            Facts.Drawdown.SessionsSincePeak.ShouldBe(0);

            // Month to date: 2025-07-31 475.168 → +75.38%; year to date: 2024-12-31 440.604 → +89.14%.
            Facts.Returns.MonthToDate!.Return.ShouldBe((833.356 / 475.168) - 1, Exact);
            Facts.Returns.YearToDate!.Return.ShouldBe((833.356 / 440.604) - 1, Exact);
        }

        [Fact]
        public void Should_compare_volume_with_its_averages()
        {
            // Volume 14,116,082 against the 20 sessions 2025-07-25 … 2025-08-21 (sum 203,107,127 → mean
            // 10,155,356.35 → ratio 1.390) and the 50 sessions 2025-06-13 … 2025-08-21 (sum 393,652,594 →
            // mean 7,873,051.88 → ratio 1.793).
            Facts.Volume!.Ratio20!.Value.ShouldBe(14_116_082 / (203_107_127 / 20.0), Exact);
            Facts.Volume.Ratio50!.Value.ShouldBe(14_116_082 / (393_652_594 / 50.0), Exact);
        }
    }
}
