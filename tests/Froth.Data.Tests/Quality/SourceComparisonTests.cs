using Froth.Data.MarketData;
using Froth.Data.Quality;
using Froth.Series;

namespace Froth.Data.Tests.Quality;

public sealed class SourceComparisonTests
{
    private static readonly Instrument Ndx = new("^NDX", "Nasdaq-100", InstrumentKind.Index, "US", "USD") { Aliases = ["NDX"] };

    private static DateOnly D(int month, int day) => new(2024, month, day);

    private static DailyBar Bar(DateOnly date, double close) => new(date, close, close, close, close, null);

    // Stooq prints two decimals; Yahoo prints the float it stores. Closes of 2024-07-09 and 07-11 as in the
    // snapshot's NDX_stooq and NDX_yahoo files; 07-15 is made up to disagree.
    private static readonly BarSeries Stooq = new(Ndx, "stooq", PriceAdjustment.None,
        [Bar(D(7, 8), 20439.54), Bar(D(7, 9), 20453.02), Bar(D(7, 10), 20675.38), Bar(D(7, 11), 20211.36), Bar(D(7, 15), 20000.00)]);

    private static readonly BarSeries Yahoo = new(Ndx, "yahoo", PriceAdjustment.None,
        [Bar(D(7, 9), 20453.01953125), Bar(D(7, 11), 20211.359375), Bar(D(7, 12), 20331.59), Bar(D(7, 15), 20100.00), Bar(D(7, 16), 20200.00)]);

    [Fact]
    public void Should_count_agreement_on_common_dates_and_dates_only_one_source_has_inside_the_overlap()
    {
        var data = new InMemoryMarketData([Stooq, Yahoo]);

        var pair = SourceComparison.Compare(data).ShouldHaveSingleItem();

        // Preferred first: "yahoo" ends later (07-16 against 07-15).
        (pair.SourceA, pair.SourceB, pair.Field).ShouldBe(("yahoo", "stooq", "close"));
        // Overlap: the later first date (07-09) to the earlier last date (07-15).
        (pair.OverlapFrom, pair.OverlapTo).ShouldBe((D(7, 9), D(7, 15)));
        // Common: 07-09, 07-11, 07-15. |20453.02 - 20453.01953125| / 20453.02 = 2.3e-8 and
        // |20211.36 - 20211.359375| / 20211.36 = 3.1e-8 agree; 07-15 is 100 / 20100 = 0.004975 apart.
        (pair.CommonDates, pair.Agreeing, pair.Disagreeing).ShouldBe((3, 2, 1));
        var difference = pair.Largest.ShouldHaveSingleItem();
        (difference.Date, difference.A, difference.B).ShouldBe((D(7, 15), 20100.00, 20000.00));
        difference.RelativeDifference.ShouldBe(100.0 / 20100.0, 1e-15);
        // Inside the overlap only yahoo has 07-12 and only stooq has 07-10; 07-08 and 07-16 are outside it.
        (pair.OnlyInA, pair.OnlyInB).ShouldBe((1, 1));
        pair.OnlyInADates.ShouldBe([D(7, 12)]);
        pair.OnlyInBDates.ShouldBe([D(7, 10)]);
        pair.AdjustmentsDiffer.ShouldBeFalse();
    }

    [Fact]
    public void Should_compare_every_pair_of_three_sources_in_preference_order()
    {
        var third = new BarSeries(Ndx, "noVolume", PriceAdjustment.SplitAndDividend, [Bar(D(7, 11), 20211.36), Bar(D(7, 17), 20000.00)]);
        var data = new InMemoryMarketData([Stooq, Yahoo, third]);

        var pairs = SourceComparison.Compare(data, "^NDX");

        pairs.Select(p => (p.SourceA, p.SourceB)).ShouldBe([("noVolume", "yahoo"), ("noVolume", "stooq"), ("yahoo", "stooq")]);
        pairs[0].AdjustmentsDiffer.ShouldBeTrue();
    }

    [Fact]
    public void Should_report_no_overlap_for_sources_that_do_not_meet()
    {
        var early = new BarSeries(Ndx, "early", PriceAdjustment.None, [Bar(D(1, 2), 16543.94)]);
        var late = new BarSeries(Ndx, "late", PriceAdjustment.None, [Bar(D(7, 10), 20675.38)]);

        var pair = SourceComparison.Compare(new InMemoryMarketData([early, late])).ShouldHaveSingleItem();

        (pair.OverlapFrom, pair.OverlapTo, pair.CommonDates, pair.OnlyInA, pair.OnlyInB).ShouldBe(((DateOnly?)null, (DateOnly?)null, 0, 0, 0));
    }

    [Fact]
    public void Should_skip_instruments_with_a_single_source()
    {
        SourceComparison.Compare(new InMemoryMarketData([Stooq])).ShouldBeEmpty();
    }

    [Fact]
    public void Should_compare_values_of_scalar_series()
    {
        var pe = new Instrument("HSTECH.HK:PE", "HSTECH P/E", InstrumentKind.Valuation, "HK", null) { Unit = "ratio" };
        var a = new ScalarSeries(pe, "a", [new ScalarPoint(D(7, 10), 24.77)]);
        var b = new ScalarSeries(pe, "b", [new ScalarPoint(D(7, 10), 24.78)]);

        var pair = SourceComparison.Compare(new InMemoryMarketData([], [a, b])).ShouldHaveSingleItem();

        // 0.01 / 24.78 = 4.04e-4: within 5e-4.
        (pair.Field, pair.CommonDates, pair.Agreeing).ShouldBe(("value", 1, 1));
    }

    [Theory]
    [InlineData(0.0, 0.0, 0.0)]
    [InlineData(100.0, 99.0, 0.01)]
    [InlineData(99.0, 100.0, 0.01)]
    [InlineData(-2.0, 2.0, 2.0)]
    public void Should_measure_the_difference_relative_to_the_larger_magnitude(double a, double b, double expected)
    {
        SourceComparison.Relative(a, b).ShouldBe(expected, 1e-15);
    }
}
