using Froth.Series;
using Froth.Speculation;

namespace Froth.Tests.Speculation;

public sealed class TurnoverSurgeTests
{
    private static DailyBar Bar(int day, double close, double? volume) => new(new DateOnly(2026, 1, 1).AddDays(day), close, close, close, close, volume);

    public sealed class Compute
    {
        [Fact]
        public void Should_divide_the_recent_mean_by_the_mean_of_the_bars_before()
        {
            // Given four baseline bars trading 10 × 100 = 1,000 each and two recent bars trading 12 × 200 = 2,400 and 10 × 300 = 3,000
            var bars = new[] { Bar(0, 10, 100), Bar(1, 10, 100), Bar(2, 10, 100), Bar(3, 10, 100), Bar(4, 12, 200), Bar(5, 10, 300) };

            // When the surge is taken over 2 recent and 4 baseline bars
            var surge = TurnoverSurge.Compute(bars, recent: 2, baseline: 4)!;

            // Then by hand: recent mean (2,400 + 3,000) / 2 = 2,700; baseline mean 1,000; ratio 2.7
            surge.RecentMean.ShouldBe(2700);
            surge.BaselineMean.ShouldBe(1000);
            surge.Ratio.ShouldBe(2.7, 1e-12);
            surge.RecentFrom.ShouldBe(new DateOnly(2026, 1, 5));
            surge.BaselineFrom.ShouldBe(new DateOnly(2026, 1, 1));
        }

        [Fact]
        public void Should_read_only_the_last_recent_plus_baseline_bars()
        {
            var bars = new[] { Bar(0, 10, 1_000_000), Bar(1, 10, 100), Bar(2, 10, 100), Bar(3, 10, 100) };
            TurnoverSurge.Compute(bars, recent: 1, baseline: 2)!.Ratio.ShouldBe(1);
        }

        [Fact]
        public void Should_give_nothing_without_enough_bars_or_volume()
        {
            TurnoverSurge.Compute([Bar(0, 10, 100), Bar(1, 10, 100)], recent: 2, baseline: 1).ShouldBeNull();
            TurnoverSurge.Compute([Bar(0, 10, 100), Bar(1, 10, null), Bar(2, 10, 100)], recent: 2, baseline: 1).ShouldBeNull();
            TurnoverSurge.Compute([Bar(0, 10, 0), Bar(1, 10, 100)], recent: 1, baseline: 1).ShouldBeNull();
        }
    }
}
