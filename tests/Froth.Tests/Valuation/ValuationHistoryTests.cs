using Froth.Series;
using Froth.Valuation;

namespace Froth.Tests.Valuation;

public sealed class ValuationHistoryTests
{
    /// <summary>
    /// Against reference/valuation_reference.txt. Python's statistics module sums in exact rational arithmetic; a
    /// double sum over fewer than 1,500 values below 10⁴ (squares below 10⁸) is off by less than 10⁻⁷ in the sum of
    /// squares and 10⁻¹¹ in the mean, far inside this.
    /// </summary>
    private const double Reference = 1e-9;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    private static List<ScalarPoint> Daily(DateOnly first, params double[] values) =>
        [.. values.Select((v, i) => new ScalarPoint(first.AddDays(i), v))];

    public sealed class On_the_snapshot
    {
        [Fact]
        public void Should_match_the_hand_check_of_the_Hang_Seng_TECH_PE_on_2026_04_20()
        {
            // Given lixinger's equal-weight P/E-TTM and the 3 years (2023-04-20, 2026-04-20]
            var s = ValuationHistory.Compute(SnapshotSeries.HstechPeLixinger, D(2026, 4, 20));

            // Then every figure is the reference script's (valuation_reference.txt, first section)
            s.Value.ShouldBe(31.3796);
            s.ValueDate.ShouldBe(D(2026, 4, 20));
            var h = s.History;
            h.WindowStart.ShouldBe(D(2023, 4, 20));
            h.From.ShouldBe(D(2023, 4, 21));
            h.To.ShouldBe(D(2026, 4, 20));
            h.Observations.ShouldBe(737);
            h.LossObservations.ShouldBe(30);
            h.StaleRepeatsExcluded.ShouldBe(0);
            h.Average!.Value.ShouldBe(101.92874540311173, Reference);
            h.Median.ShouldBe(42.7175);
            h.Min.ShouldBe(24.9316);
            h.Max.ShouldBe(9083.7143);
            h.StandardDeviation!.Value.ShouldBe(370.9102939444147, Reference);
            h.ZScore!.Value.ShouldBe(-0.19020541234610316, Reference);
            h.EarningsYieldZScore!.Value.ShouldBe(1.0855641249796326, Reference);
            // 78 of 737 observations are positive multiples below 31.3796 (the script's percentile × 737).
            h.Percentile.ShouldBe(78.0 / 737);
            h.IsShort.ShouldBeFalse();
            s.Stale.ShouldBe(new StaleStatus(false, 0, D(2026, 4, 20)));
        }

        [Fact]
        public void Should_flag_the_forward_filled_tail_of_the_ERP_monitor_and_count_it_once()
        {
            // Given erp_HSTECH.csv, which repeats lixinger's last value 31.3796 from 2026-04-20 to 2026-07-07
            var s = ValuationHistory.Compute(SnapshotSeries.HstechPeErp, D(2026, 7, 7));

            // Then the value is still the latest observation, dated 2026-07-07, but stale since 2026-04-20
            s.Value.ShouldBe(31.3796);
            s.ValueDate.ShouldBe(D(2026, 7, 7));
            s.Stale.ShouldBe(new StaleStatus(true, 53, D(2026, 4, 20)));

            // And its 53 repeats are left out of the window (valuation_reference.txt, second section)
            var h = s.History;
            h.StaleRepeatsExcluded.ShouldBe(53);
            h.Observations.ShouldBe(723);
            h.From.ShouldBe(D(2023, 7, 10));
            h.To.ShouldBe(D(2026, 4, 20));
            h.Average!.Value.ShouldBe(70.83458533886584, Reference);
            h.Median.ShouldBe(42.1053);
            h.Max.ShouldBe(442.2895);
            h.StandardDeviation!.Value.ShouldBe(66.32236676742578, Reference);
            h.ZScore!.Value.ShouldBe(-0.594897125387934, Reference);
            h.EarningsYieldZScore!.Value.ShouldBe(1.064414516023858, Reference);
            h.Percentile.ShouldBe(0.11479944674965421, Reference);
        }

        [Theory]
        [InlineData(2026, 8, 21, 77.72, 761, 51.629080157687255, 49.05, 23.38, 104.75, 21.52302792347959, 0.8633377135348226, 1.2122327738956291, -1.0523114448359188)]
        [InlineData(2026, 1, 30, 77.22, 753, 42.941965471447546, 38.14, 23.38, 82.06, 16.102502625760877, 0.9588313413014609, 2.1287395708114496, -1.572094529474601)]
        public void Should_match_the_hand_check_of_the_STAR_50_PE(
            int y, int m, int d, double value, int n, double average, double median, double min, double max, double sd, double percentile, double z, double yieldZ)
        {
            var s = ValuationHistory.Compute(SnapshotSeries.Star50Pe, D(y, m, d));

            s.Value.ShouldBe(value);
            var h = s.History;
            h.Observations.ShouldBe(n);
            h.LossObservations.ShouldBe(0);
            h.Average!.Value.ShouldBe(average, Reference);
            h.Median.ShouldBe(median);
            h.Min.ShouldBe(min);
            h.Max.ShouldBe(max);
            h.StandardDeviation!.Value.ShouldBe(sd, Reference);
            h.Percentile.ShouldBe(percentile, Reference);
            h.ZScore!.Value.ShouldBe(z, Reference);
            h.EarningsYieldZScore!.Value.ShouldBe(yieldZ, Reference);
        }

        [Theory]
        [InlineData(2025, 1, 2, 0.0338)]
        [InlineData(2025, 6, 30, 0.1853)]
        [InlineData(2026, 1, 2, 0.1566)]
        [InlineData(2026, 4, 20, 0.0553)]
        public void Should_rank_as_lixinger_does_over_the_whole_history(int y, int m, int d, double published)
        {
            // Given lixinger's published PE-TTM 分位点 of the day (column 5 of hstech_pe_lixinger.csv, 4 decimals),
            // which ranks over every earlier day since the index began (2020-07-27), with losses as the dearest values
            // and the other n − 1 observations as divisor
            const double PublishedRounding = 0.00005;
            var s = ValuationHistory.Compute(SnapshotSeries.HstechPeLixinger, D(y, m, d), ValuationOptions.Default with { Years = 10 });

            // When Froth's count of cheaper observations is divided as lixinger divides it
            var n = s.History.Observations;
            var cheaper = Math.Round(s.History.Percentile * n);

            // Then it rounds to the published figure
            (cheaper / (n - 1)).ShouldBe(published, PublishedRounding);
        }
    }

    public sealed class Window
    {
        [Fact]
        public void Should_hold_exactly_N_calendar_years_ending_on_the_as_of_date()
        {
            // Given one observation a day from 2020-01-01 to 2023-01-10
            var series = Daily(D(2020, 1, 1), [.. Enumerable.Range(1, 1106).Select(i => (double)i)]);

            // When taken as of 2023-01-05 over 3 years
            var s = ValuationHistory.Compute(series, D(2023, 1, 5));

            // Then 2020-01-05 is out and 2020-01-06 … 2023-01-05 are in: 1,096 days (2020 is a leap year)
            s.History.From.ShouldBe(D(2020, 1, 6));
            s.History.To.ShouldBe(D(2023, 1, 5));
            s.History.Observations.ShouldBe(1096);
            s.Value.ShouldBe(1101); // nothing after the as-of date is read
        }

        [Fact]
        public void Should_step_back_from_29_February_to_28_February()
        {
            var series = Daily(D(2023, 2, 25), [.. Enumerable.Range(0, 400).Select(i => 10.0 + i)]);
            ValuationHistory.Compute(series, D(2024, 2, 29), ValuationOptions.Default with { Years = 1 }).History.WindowStart.ShouldBe(D(2023, 2, 28));
        }

        [Fact]
        public void Should_take_the_latest_observation_on_or_before_a_day_without_one()
        {
            List<ScalarPoint> series = [new(D(2024, 1, 5), 10), new(D(2024, 1, 8), 12)];
            var s = ValuationHistory.Compute(series, D(2024, 1, 7));
            s.Value.ShouldBe(10);
            s.ValueDate.ShouldBe(D(2024, 1, 5));
        }

        [Fact]
        public void Should_flag_a_series_that_starts_after_the_window_and_say_how_much_it_covers()
        {
            // Given 20 days from 2024-01-01: the series starts 2 years after the 2-year window does
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), [.. Enumerable.Range(1, 20).Select(i => (double)i)]), D(2024, 1, 20), ValuationOptions.Default with { Years = 2 });

            s.History.IsShort.ShouldBeTrue();
            s.History.CoveredYears.ShouldBe(19 / 365.25);
            s.History.Observations.ShouldBe(20);
        }

        [Fact]
        public void Should_not_flag_a_series_that_starts_within_the_grace_days()
        {
            // The window starts after 2021-01-20; the series on 2021-01-30 is 10 days later: within the default grace.
            var series = Daily(D(2021, 1, 30), [.. Enumerable.Range(0, 800).Select(i => 10.0 + (i % 7))]);
            ValuationHistory.Compute(series, D(2023, 1, 20), ValuationOptions.Default with { Years = 2 }).History.IsShort.ShouldBeFalse();
            ValuationHistory.Compute(series, D(2023, 1, 19), ValuationOptions.Default with { Years = 2 }).History.IsShort.ShouldBeTrue();
        }
    }

    public sealed class Statistics_by_hand
    {
        [Fact]
        public void Should_compute_every_statistic_of_a_small_case()
        {
            // Given P/Es 10, 12, 14, 16 and today 13: the window holds all five.
            // Sorted 10 12 13 14 16: mean 13, median 13, sample variance (9 + 1 + 0 + 1 + 9) / 4 = 5, sd √5.
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), 10, 12, 14, 16, 13), D(2024, 1, 5));

            var h = s.History;
            h.Average.ShouldBe(13);
            h.Median.ShouldBe(13);
            h.Min.ShouldBe(10);
            h.Max.ShouldBe(16);
            h.StandardDeviation!.Value.ShouldBe(Math.Sqrt(5), 1e-15);
            h.ZScore.ShouldBe(0);
            // 10 and 12 are strictly below 13: 2 of 5.
            h.Percentile.ShouldBe(0.4);
            // Earnings yields 1/10 … 1/16, today 1/13: checked against the same formula written out.
            double[] y = [0.1, 1 / 12.0, 1 / 14.0, 1 / 16.0, 1 / 13.0];
            var ym = y.Average();
            var ysd = Math.Sqrt(y.Sum(v => (v - ym) * (v - ym)) / 4);
            h.EarningsYieldZScore!.Value.ShouldBe(((1 / 13.0) - ym) / ysd, 1e-12);
        }

        [Fact]
        public void Should_take_the_mean_of_the_two_middle_values_for_an_even_count()
        {
            ValuationHistory.Compute(Daily(D(2024, 1, 1), 20, 10, 40, 30), D(2024, 1, 4)).History.Median.ShouldBe(25);
        }

        [Fact]
        public void Should_give_no_spread_and_no_z_score_for_one_observation()
        {
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), 15), D(2024, 6, 1));
            s.History.Observations.ShouldBe(1);
            s.History.StandardDeviation.ShouldBeNull();
            s.History.ZScore.ShouldBeNull();
            s.History.Percentile.ShouldBe(0);
            s.History.Median.ShouldBe(15);
        }

        [Fact]
        public void Should_give_no_z_score_for_a_constant_series_and_flag_it_stale()
        {
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), [.. Enumerable.Repeat(20.0, 12)]), D(2024, 1, 12));
            s.History.ZScore.ShouldBeNull();
            s.Stale.ShouldBe(new StaleStatus(true, 11, D(2024, 1, 1)));
            s.History.Observations.ShouldBe(1); // the 11 repeats count once
            s.History.StaleRepeatsExcluded.ShouldBe(11);
        }

        [Fact]
        public void Should_not_flag_a_run_shorter_than_the_threshold()
        {
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), [11, .. Enumerable.Repeat(20.0, 9)]), D(2024, 1, 10));
            s.Stale.ShouldBe(new StaleStatus(false, 8, D(2024, 1, 2)));
            s.History.Observations.ShouldBe(10);
        }

        [Fact]
        public void Should_treat_NaN_as_missing()
        {
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), 10, double.NaN, 20, double.PositiveInfinity), D(2024, 1, 4));
            s.Value.ShouldBe(20);
            s.ValueDate.ShouldBe(D(2024, 1, 3));
            s.History.Observations.ShouldBe(2);
        }

        [Fact]
        public void Should_handle_a_gap_like_any_other_missing_days()
        {
            List<ScalarPoint> series = [new(D(2020, 1, 1), 10), new(D(2023, 6, 1), 30), new(D(2024, 1, 1), 20)];
            var s = ValuationHistory.Compute(series, D(2024, 1, 1), ValuationOptions.Default with { Years = 5 });
            s.History.Observations.ShouldBe(3);
            s.History.Median.ShouldBe(20);
        }
    }

    public sealed class Losses
    {
        [Fact]
        public void Should_rank_losses_as_dearer_than_any_multiple_and_leave_them_out_of_the_moments()
        {
            // Given P/Es 10, −50, 30, −5, 20 and today 20
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), 10, -50, 30, -5, 20), D(2024, 1, 5));

            var h = s.History;
            h.LossObservations.ShouldBe(2);
            // Moments over 10, 30, 20: mean 20, sd 10, median 20.
            h.Average.ShouldBe(20);
            h.StandardDeviation.ShouldBe(10);
            h.Median.ShouldBe(20);
            h.Min.ShouldBe(10);
            // Only 10 is cheaper than 20; the losses are not: 1 of 5.
            h.Percentile.ShouldBe(0.2);
        }

        [Fact]
        public void Should_rank_a_loss_by_earnings_yield_and_give_it_no_PE_z_score()
        {
            // Today −50 (earnings yield −0.02). Cheaper: the positive 10 and 30. Not cheaper: −5, whose yield −0.2 is lower.
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), 10, -5, 30, -50), D(2024, 1, 4));
            s.History.Percentile.ShouldBe(0.5); // 10 and 30
            s.History.ZScore.ShouldBeNull();
            s.History.EarningsYieldZScore.ShouldNotBeNull();
        }

        [Fact]
        public void Should_use_plain_order_for_a_series_that_is_no_earnings_multiple()
        {
            var s = ValuationHistory.Compute(Daily(D(2024, 1, 1), 0.01, -0.02, 0.03, 0.0), D(2024, 1, 4), ValuationOptions.Default with { NonPositiveIsLoss = false });
            s.History.Percentile.ShouldBe(0.25); // −0.02
            s.History.LossObservations.ShouldBe(0);
            s.History.Average!.Value.ShouldBe(0.005, 1e-15);
            s.History.EarningsYieldZScore.ShouldBeNull();
        }
    }

    public sealed class BadInput
    {
        [Fact]
        public void Should_refuse_an_empty_series() =>
            Should.Throw<FrothException>(() => ValuationHistory.Compute([], D(2024, 1, 1))).Message.ShouldContain("no observation");

        [Fact]
        public void Should_say_where_the_series_starts_when_the_as_of_date_is_before_it() =>
            Should.Throw<FrothException>(() => ValuationHistory.Compute(Daily(D(2024, 1, 1), 10), D(2023, 1, 1)))
                .Message.ShouldBe("The series has no observation on or before 2023-01-01; it starts on 2024-01-01.");

        [Fact]
        public void Should_refuse_a_value_older_than_the_window() =>
            Should.Throw<FrothException>(() => ValuationHistory.Compute(Daily(D(2015, 1, 1), 10), D(2024, 1, 1)))
                .Message.ShouldContain("more than 3 year(s) earlier");

        [Fact]
        public void Should_refuse_duplicated_dates() =>
            Should.Throw<ArgumentException>(() => ValuationHistory.Compute([new(D(2024, 1, 1), 1), new(D(2024, 1, 1), 2)], D(2024, 1, 1)))
                .Message.ShouldContain("2024-01-01 follows 2024-01-01");

        [Fact]
        public void Should_refuse_zero_years() =>
            Should.Throw<FrothException>(() => ValuationHistory.Compute(Daily(D(2024, 1, 1), 10), D(2024, 1, 1), ValuationOptions.Default with { Years = 0 }))
                .Message.ShouldContain("at least 1 year");
    }
}
