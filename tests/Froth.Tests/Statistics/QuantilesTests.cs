using Froth.Statistics;

namespace Froth.Tests.Statistics;

public sealed class QuantilesTests
{
    public sealed class OfSorted
    {
        [Theory]
        [InlineData(0.5, 2.5)]
        [InlineData(0.05, 1.15)] // R: quantile(1:4, 0.05) = 1.15 (type 7: 1 + 0.15·(2 − 1))
        [InlineData(0.95, 3.85)]
        [InlineData(0.0, 1.0)]
        [InlineData(1.0, 4.0)]
        public void Should_interpolate_between_order_statistics_like_R_type_7(double level, double expected)
        {
            Quantiles.OfSorted([1.0, 2, 3, 4], level).ShouldBe(expected, 1e-12);
        }

        [Fact]
        public void Should_give_Rs_critical_value_quantiles_of_one_to_ten()
        {
            // R: quantile(1:10, c(.9, .95, .99)) = 9.1, 9.55, 9.91
            double[] sorted = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
            Quantiles.OfSorted(sorted, 0.90).ShouldBe(9.1, 1e-12);
            Quantiles.OfSorted(sorted, 0.95).ShouldBe(9.55, 1e-12);
            Quantiles.OfSorted(sorted, 0.99).ShouldBe(9.91, 1e-12);
        }

        [Fact]
        public void Should_refuse_no_values_and_levels_outside_zero_to_one()
        {
            Should.Throw<ArgumentException>(() => Quantiles.OfSorted([], 0.5));
            Should.Throw<ArgumentOutOfRangeException>(() => Quantiles.OfSorted([1.0], 1.5));
            Should.Throw<ArgumentOutOfRangeException>(() => Quantiles.OfSorted([1.0], double.NaN));
        }
    }

    public sealed class Median
    {
        [Fact]
        public void Should_take_the_middle_value_or_the_mean_of_the_two_middle_ones()
        {
            // R: median(c(3, 1, 2)) = 2; median(c(4, 1, 3, 2)) = 2.5; median(numeric(0)) = NA.
            Quantiles.Median([3.0, 1, 2]).ShouldBe(2);
            Quantiles.Median([4.0, 1, 3, 2]).ShouldBe(2.5);
            Quantiles.Median([]).ShouldBeNull();
        }
    }
}
