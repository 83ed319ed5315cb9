using System.Globalization;
using Froth.Series;
using Froth.Speculation;
using Froth.Testing;

namespace Froth.Tests.Speculation;

public sealed class MarginBalanceGaugeTests
{
    [Fact]
    public void Should_give_the_balance_its_change_and_its_rank()
    {
        // Given balances 100, 110, 120, 105, 130 (in CNY bn) on five days, and a change over 2 observations
        List<ScalarPoint> balance = [.. new[] { 100.0, 110, 120, 105, 130 }.Select((v, i) => new ScalarPoint(new DateOnly(2024, 3, 1).AddDays(i), v))];

        var g = MarginBalanceGauge.Compute(balance, new DateOnly(2024, 3, 5), new MarginOptions { ChangeObservations = 2 });

        // Then 130 / 120 − 1, and 4 of 5 observations are below 130
        g.Balance.ShouldBe(130);
        g.Date.ShouldBe(new DateOnly(2024, 3, 5));
        g.ChangeFrom.ShouldBe(new DateOnly(2024, 3, 3));
        g.Change!.Value.ShouldBe((130.0 / 120) - 1, 1e-15);
        g.History.Percentile.ShouldBe(0.8);
        g.History.Average.ShouldBe(113);
        g.Stale.Flag.ShouldBeFalse();
    }

    [Fact]
    public void Should_give_no_change_for_a_series_shorter_than_the_lag()
    {
        var g = MarginBalanceGauge.Compute([new(new DateOnly(2024, 3, 1), 100)], new DateOnly(2024, 3, 1));
        g.Change.ShouldBeNull();
        g.ChangeFrom.ShouldBeNull();
    }

    public sealed class Given_a_slice_of_the_snapshot_margin_file
    {
        // Tolerance: the figures are products and quotients of the file's 8-decimal 亿 values; 1e-12 relative.
        private const double Exact = 1e-12;

        /// <summary>CN:MARGIN_BALANCE (fin_balance, 亿 CNY × 10⁸) of margin/cn_margin_total_eastmoney_2012-2026-08.csv on 2025-05-06…09 and 2026-05-06…08, read from the raw file.</summary>
        private static List<ScalarPoint> Slice() =>
            [.. File.ReadLines(SampleData.Path("margin/cn_margin_total_eastmoney_2012-2026-08.csv")).Skip(1).Select(l => l.Split(','))
                .Where(f => string.CompareOrdinal(f[0], "2025-05-06") >= 0 && string.CompareOrdinal(f[0], "2025-05-09") <= 0 || string.CompareOrdinal(f[0], "2026-05-06") >= 0 && string.CompareOrdinal(f[0], "2026-05-08") <= 0)
                .Select(f => new ScalarPoint(DateOnly.ParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture), double.Parse(f[1], CultureInfo.InvariantCulture) * 1e8))];

        [Fact]
        public void Should_give_the_one_year_change_against_the_last_balance_a_year_before()
        {
            // As of 2026-05-07: 27,663.35929098 亿; a year before, 2025-05-07: 17,972.86030559 亿 → +53.917 %.
            var g = MarginBalanceGauge.Compute(Slice(), new DateOnly(2026, 5, 7));

            g.YearAgo.ShouldBe(new DateOnly(2025, 5, 7));
            g.OneYearChange!.Value.ShouldBe((27663.35929098 / 17972.86030559) - 1, Exact);
            g.HistoryCount.ShouldBe(6);
        }

        [Fact]
        public void Should_rank_and_take_the_median_over_the_whole_history_up_to_the_date()
        {
            // As of 2025-05-09 the history is 17,900.66, 17,972.86, 17,971.38, 17,924.38 (亿): two of four at or below
            // 17,924.38 → 0.5; median (17,924.37652382 + 17,971.37656142) / 2 = 17,947.87654262 亿. No balance a year before.
            var g = MarginBalanceGauge.Compute(Slice(), new DateOnly(2025, 5, 9));

            g.HistoryPercentile.ShouldBe(0.5);
            g.HistoryMedian!.Value.ShouldBe(17947.87654262e8, 17947.87654262e8 * Exact);
            g.HistoryFrom.ShouldBe(new DateOnly(2025, 5, 6));
            g.YearAgo.ShouldBeNull();
            g.OneYearChange.ShouldBeNull();
        }
    }
}
