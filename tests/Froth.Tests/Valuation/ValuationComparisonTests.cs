using Froth.Valuation;

namespace Froth.Tests.Valuation;

public sealed class ValuationComparisonTests
{
    /// <summary>As <c>ValuationHistoryTests.Reference</c>: double sums against Python's exact arithmetic.</summary>
    private const double Reference = 1e-9;

    private static readonly DateOnly AsOf = new(2026, 4, 20);

    public sealed class Between
    {
        [Fact]
        public void Should_compare_the_STAR_50_with_the_Hang_Seng_TECH_on_one_day()
        {
            // Given both P/Es on 2026-04-20 (STAR 50 erp_000688_star50.csv: 2026-04-20,…,PE; HSTECH lixinger 31.3796)
            var star = ValuationHistory.Compute(SnapshotSeries.Star50Pe, AsOf);
            var hstech = ValuationHistory.Compute(SnapshotSeries.HstechPeLixinger, AsOf);

            // When compared
            var c = ValuationComparison.Between(star, hstech);

            // Then the ratio is the quotient of the two values as printed in the files, and the percentile gap the
            // difference of the two 3-year percentiles (the Hang Seng TECH's is 78/737, valuation_reference.txt)
            c.Ratio!.Value.ShouldBe(star.Value / 31.3796, 1e-15);
            c.Premium!.Value.ShouldBe((star.Value / 31.3796) - 1, 1e-15);
            c.PercentileDifference.ShouldBe(star.History.Percentile - (78.0 / 737), 1e-15);
            c.ValueDateGapDays.ShouldBe(0);
        }

        [Fact]
        public void Should_say_how_far_apart_the_two_values_really_are()
        {
            // The ERP monitor's Hang Seng TECH P/E stopped on 2026-04-20 and lixinger's file ends there: as of
            // 2026-08-21 the STAR 50's value is from 2026-08-21, the lixinger value from 2026-04-20: 123 days apart.
            var star = ValuationHistory.Compute(SnapshotSeries.Star50Pe, new DateOnly(2026, 8, 21));
            var hstech = ValuationHistory.Compute(SnapshotSeries.HstechPeLixinger, new DateOnly(2026, 8, 21));
            ValuationComparison.Between(star, hstech).ValueDateGapDays.ShouldBe(123);
        }

        [Fact]
        public void Should_give_no_ratio_when_a_value_is_a_loss()
        {
            var loss = ValuationHistory.Compute([new(new DateOnly(2024, 1, 1), -20)], new DateOnly(2024, 1, 1));
            var fine = ValuationHistory.Compute([new(new DateOnly(2024, 1, 1), 20)], new DateOnly(2024, 1, 1));
            ValuationComparison.Between(fine, loss).Ratio.ShouldBeNull();
        }
    }

    public sealed class WithMultiple
    {
        [Fact]
        public void Should_rank_a_given_multiple_in_the_subjects_history()
        {
            // Given the STAR 50 on 2026-08-21 and a Nasdaq 100 P/E of 30 given by the user (no such series in the snapshot)
            var star = ValuationHistory.Compute(SnapshotSeries.Star50Pe, new DateOnly(2026, 8, 21));

            var c = ValuationComparison.WithMultiple(star, 30);

            // Then 77.72 / 30, and 30 would rank above 29.83 % of the STAR 50's 3-year history (valuation_reference.txt: rank30)
            c.Ratio!.Value.ShouldBe(77.72 / 30, 1e-15);
            c.Premium!.Value.ShouldBe((77.72 / 30) - 1, 1e-15);
            c.PercentileInHistory.ShouldBe(0.2982917214191853, Reference);
        }

        [Fact]
        public void Should_rank_a_given_multiple_among_losses_as_lixinger_would()
        {
            var hstech = ValuationHistory.Compute(SnapshotSeries.HstechPeLixinger, AsOf);
            ValuationComparison.WithMultiple(hstech, 30).PercentileInHistory.ShouldBe(0.06241519674355495, Reference);
        }

        [Theory]
        [InlineData(0.0)]
        [InlineData(-3.0)]
        [InlineData(double.NaN)]
        public void Should_refuse_a_multiple_that_is_not_positive(double multiple)
        {
            var star = ValuationHistory.Compute(SnapshotSeries.Star50Pe, AsOf);
            Should.Throw<FrothException>(() => ValuationComparison.WithMultiple(star, multiple)).Message.ShouldContain("positive number");
        }
    }
}
