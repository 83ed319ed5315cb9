using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

public sealed class ShillerPsySampleLayoutTests
{
    /// <summary>The file prints the ratios with 10 significant digits, so a recomputed ratio agrees to ~1e-9 relative.</summary>
    private const double PrintedDigitsTolerance = 1e-8;

    private static readonly ShillerPsySampleLayout Layout = new();
    private static readonly Lazy<ImportBatch> Sample = new(() => Layout.ReadSample("reference/bubbles/SP_DV.csv"));

    [Fact]
    public void Should_read_1683_months_from_1871_01_to_2011_03()
    {
        // SOURCES.md §11: 1871.01 … 2011.03, 1683 rows; the PSY (2015) sample is the first 1680 (to 2010-12).
        var pd = Sample.Value.Series("^GSPC:PD_RATIO");
        pd.Points.Count.ShouldBe(1683);
        pd.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1871, 1, 1), 17.07692308));
        pd.Points[1679].ShouldBe(new ScalarPoint(new DateOnly(2010, 12, 1), 54.62076551));
        pd.Points[^1].Date.ShouldBe(new DateOnly(2011, 3, 1));
        pd.IsStrictlyAscending().ShouldBeTrue();
    }

    [Fact]
    public void Should_read_1871_1_as_October()
    {
        // Line 11: "1871.1;82.93;4.7;17.65384615;…". Shiller's monthly file has 1871-10-01 SP500 4.59, Dividend 0.26:
        // 4.59 / 0.26 = 17.653846…, the printed ratio; January's would be 4.44 / 0.26 = 17.076923.
        Sample.Value.Series("^GSPC:PD_RATIO").At(1871, 10, 1).ShouldBe(17.65384615);
        Sample.Value.Series("^GSPC:PD_RATIO").At(1871, 10, 1).ShouldBe(4.59 / 0.26, PrintedDigitsTolerance);
        Sample.Value.Series("^GSPC:PSY_REAL_PRICE").At(1871, 10, 1).ShouldBe(82.93);
    }

    [Fact]
    public void Should_be_the_price_dividend_ratio_rebased_to_100_in_its_PV_column()
    {
        // "PV ratio" is 100 in 1871-01 and equals PD / PD(1871-01) × 100 on every line (hand check: line 1684,
        // 55.67605634 / 17.07692308 × 100 = 326.03096…, printed 326.0309605).
        var pd = Sample.Value.Series("^GSPC:PD_RATIO").Points;
        var rebased = Sample.Value.Series("^GSPC:PD_RATIO_REBASED").Points;
        rebased[0].Value.ShouldBe(100);
        for (var i = 0; i < pd.Count; i++)
        {
            (rebased[i].Value / (pd[i].Value / pd[0].Value * 100)).ShouldBe(1.0, PrintedDigitsTolerance);
        }
    }

    [Fact]
    public void Should_refuse_a_month_that_does_not_exist()
    {
        // "1871.2" would be month 20: Shiller writes February as 1871.02.
        Should.Throw<DataFormatException>(() => Layout.ReadText("SP_DV.csv", "Date;Price;Dividend;price dividend ratio;PV ratio\n1871.2;79.61;4.66;17.07;100\n"))
            .ShouldPointAt(2, "Date", "1871.2");
    }

    [Theory]
    [InlineData("1871.01", 1871, 1)]
    [InlineData("1871.1", 1871, 10)]
    [InlineData("1871.10", 1871, 10)]
    [InlineData("2011.12", 2011, 12)]
    public void Should_parse_Shiller_months(string text, int year, int month) =>
        ShillerPsySampleLayout.ParseMonth(text).ShouldBe(new DateOnly(year, month, 1));

    [Theory]
    [InlineData("1871.13")]
    [InlineData("1871.00")]
    [InlineData("1871-01")]
    [InlineData("1871.011")]
    public void Should_not_parse_other_text(string text) => ShillerPsySampleLayout.ParseMonth(text).ShouldBeNull();
}
