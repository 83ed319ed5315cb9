using Froth.Series;
using Froth.Valuation;

namespace Froth.Tests.Valuation;

public sealed class ReturnDecompositionTests
{
    /// <summary>Ratios and logs of numbers of at most 6 significant digits: double rounding is far below this.</summary>
    private const double Reference = 1e-12;

    private static DateOnly D(int y, int m, int d) => new(y, m, d);

    public sealed class On_the_snapshot
    {
        [Fact]
        public void Should_split_the_Hang_Seng_TECH_return_from_2025_01_02_to_2026_04_20()
        {
            // Given Sina closes 4357.52979 and 5065.62988 and lixinger P/Es 30.8047 and 31.3796 on the two days
            var d = ReturnDecomposition.Compute(SnapshotSeries.HstechCloses, SnapshotSeries.HstechPeLixinger, D(2025, 1, 2), D(2026, 4, 20));

            // Then implied earnings are 4357.52979 / 30.8047 = 141.4567 and 5065.62988 / 31.3796 = 161.4307
            d.Start.ShouldBe(D(2025, 1, 2));
            d.End.ShouldBe(D(2026, 4, 20));
            d.EarningsStart.ShouldBe(4357.52979 / 30.8047, Reference);
            d.EarningsEnd.ShouldBe(5065.62988 / 31.3796, Reference);
            d.EarningsStart.ShouldBe(141.4566540170818, Reference);
            d.EarningsEnd.ShouldBe(161.43067088171935, Reference);

            // And 16.25 % = (1 + 14.12 %) × (1 + 1.87 %) − 1 (valuation_reference.txt)
            d.PriceReturn.ShouldBe(0.16250034403092428, Reference);
            d.EarningsGrowth.ShouldBe(0.1412023845992112, Reference);
            d.ReRating.ShouldBe(0.018662736530464574, Reference);
            (((1 + d.EarningsGrowth) * (1 + d.ReRating)) - 1).ShouldBe(d.PriceReturn, Reference);
            d.EarningsShare!.Value.ShouldBe(0.877197734337447, Reference);
            d.ReRatingShare!.Value.ShouldBe(0.12280226566255234, Reference);
            (d.EarningsShare + d.ReRatingShare)!.Value.ShouldBe(1, Reference);
        }

        [Fact]
        public void Should_show_the_September_2024_STAR_50_rally_as_almost_all_re_rating()
        {
            // Given 655.05 → 1023.97 and P/E 31.08 → 48.09 (2024-09-13 → 2024-10-08)
            var d = ReturnDecomposition.Compute(SnapshotSeries.Star50Closes, SnapshotSeries.Star50Pe, D(2024, 9, 13), D(2024, 10, 8));

            // Then +56.3 % = (1 + 1.03 %) × (1 + 54.7 %) − 1: re-rating is 97.7 % of the log return
            d.PriceReturn.ShouldBe((1023.97 / 655.05) - 1, Reference);
            d.ReRating.ShouldBe((48.09 / 31.08) - 1, Reference);
            d.EarningsGrowth.ShouldBe(0.010273624900795975, Reference);
            d.ReRatingShare!.Value.ShouldBe(0.9771199865573418, Reference);
        }

        [Fact]
        public void Should_use_the_latest_date_with_both_a_price_and_a_PE()
        {
            // 2024-10-01 … 2024-10-07 is China's Golden Week: neither file has a row. The ERP monitor has a P/E on Sunday
            // 2024-09-29 (a forward-filled copy) where Sina has no close; the latest date on or before 2024-10-05 with
            // both is 2024-09-30.
            var d = ReturnDecomposition.Compute(SnapshotSeries.Star50Closes, SnapshotSeries.Star50Pe, D(2024, 9, 13), D(2024, 10, 5));
            d.End.ShouldBe(D(2024, 9, 30));
        }
    }

    public sealed class By_hand
    {
        private static readonly List<ScalarPoint> Prices = [new(D(2024, 1, 1), 100), new(D(2024, 1, 2), 120), new(D(2024, 1, 3), 150)];

        [Fact]
        public void Should_split_a_small_case()
        {
            // 100 → 150 with P/E 10 → 12: earnings 10 → 12.5 (+25 %), re-rating +20 %, 1.25 × 1.2 = 1.5.
            List<ScalarPoint> pe = [new(D(2024, 1, 1), 10), new(D(2024, 1, 3), 12)];
            var d = ReturnDecomposition.Compute(Prices, pe, D(2024, 1, 1), D(2024, 1, 3));
            d.EarningsGrowth.ShouldBe(0.25, 1e-15);
            d.ReRating.ShouldBe(0.2, 1e-15);
            d.PriceReturn.ShouldBe(0.5, 1e-15);
            d.ReRatingShare!.Value.ShouldBe(Math.Log(1.2) / Math.Log(1.5), 1e-15);
        }

        [Fact]
        public void Should_give_no_shares_when_the_price_did_not_move()
        {
            List<ScalarPoint> prices = [new(D(2024, 1, 1), 100), new(D(2024, 1, 2), 100)];
            List<ScalarPoint> pe = [new(D(2024, 1, 1), 10), new(D(2024, 1, 2), 20)];
            var d = ReturnDecomposition.Compute(prices, pe, D(2024, 1, 1), D(2024, 1, 2));
            d.ReRating.ShouldBe(1);
            d.EarningsGrowth.ShouldBe(-0.5);
            d.ReRatingShare.ShouldBeNull();
        }

        [Fact]
        public void Should_refuse_a_loss_at_either_end() =>
            Should.Throw<FrothException>(() => ReturnDecomposition.Compute(Prices, [new(D(2024, 1, 1), -10), new(D(2024, 1, 3), 12)], D(2024, 1, 1), D(2024, 1, 3)))
                .Message.ShouldContain("The P/E on 2024-01-01 is -10: earnings were a loss");

        [Fact]
        public void Should_refuse_two_ends_on_one_date() =>
            Should.Throw<FrothException>(() => ReturnDecomposition.Compute(Prices, [new(D(2024, 1, 1), 10)], D(2024, 1, 1), D(2024, 1, 3)))
                .Message.ShouldContain("both fall on 2024-01-01");

        [Fact]
        public void Should_refuse_a_start_before_any_common_date() =>
            Should.Throw<FrothException>(() => ReturnDecomposition.Compute(Prices, [new(D(2024, 1, 2), 10), new(D(2024, 1, 3), 12)], D(2024, 1, 1), D(2024, 1, 3)))
                .Message.ShouldBe("No date on or before 2024-01-01 has both a price and a P/E (the first date with both is 2024-01-02; prices 2024-01-01 to 2024-01-03, P/E 2024-01-02 to 2024-01-03).");

        [Fact]
        public void Should_refuse_a_period_that_does_not_end_after_it_starts() =>
            Should.Throw<FrothException>(() => ReturnDecomposition.Compute(Prices, Prices, D(2024, 1, 3), D(2024, 1, 3))).Message.ShouldContain("must end after it starts");

        [Fact]
        public void Should_skip_NaN_when_aligning()
        {
            List<ScalarPoint> pe = [new(D(2024, 1, 1), 10), new(D(2024, 1, 2), 11), new(D(2024, 1, 3), double.NaN)];
            ReturnDecomposition.Compute(Prices, pe, D(2024, 1, 1), D(2024, 1, 3)).End.ShouldBe(D(2024, 1, 2));
        }
    }
}
