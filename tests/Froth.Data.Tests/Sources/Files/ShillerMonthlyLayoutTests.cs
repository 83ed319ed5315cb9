using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

public sealed class ShillerMonthlyLayoutTests
{
    private static readonly ShillerMonthlyLayout Layout = new();
    private static readonly Lazy<ImportBatch> Sample = new(() => Layout.ReadSample("reference/shiller_sp500_monthly.csv"));

    [Fact]
    public void Should_read_the_price_for_every_month_from_1871_to_2026()
    {
        // SOURCES.md §5: 1871-01-01 → 2026-06-01, 1866 rows; SP500 is never 0. Line 2: 1871-01-01,4.44,…; line 1867: 2026-06-01,7450.03,…
        var price = Sample.Value.Series("^GSPC:PRICE");
        price.Points.Count.ShouldBe(1866);
        price.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1871, 1, 1), 4.44));
        price.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2026, 6, 1), 7450.03));
        price.Instrument.Frequency.ShouldBe(Frequency.Monthly);
        price.Instrument.Aliases.ShouldContain("SPX:PRICE");
    }

    [Fact]
    public void Should_match_Shillers_published_CAPE_peaks()
    {
        // Shiller's CAPE peaked at 44.2 in December 1999 and stood at 32.6 in September 1929 (Shiller, "Irrational
        // Exuberance", and his online data). Lines 1549 and 706 of the file.
        var cape = Sample.Value.Series("^GSPC:CAPE");
        cape.At(1999, 12, 1).ShouldBe(44.2);
        cape.Points.MaxBy(p => p.Value).Date.ShouldBe(new DateOnly(1999, 12, 1));
        cape.At(1929, 9, 1).ShouldBe(32.56);
    }

    [Fact]
    public void Should_treat_zeros_as_missing_and_say_why()
    {
        // PE10 is 0.0 on lines 2–121 (1871-01 … 1880-12, the ten-year warm-up) and from line 1835 (2023-10) on.
        // Dividend, Earnings and the real dividend/earnings are 0.0 from line 1832 (2023-07); CPI, the long rate,
        // the real price and PE10 from line 1835 (2023-10). Line 1831 (2023-06) is the last full row.
        var b = Sample.Value;
        var cape = b.Series("^GSPC:CAPE");
        cape.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1881, 1, 1), 18.47));
        cape.Points[^1].Date.ShouldBe(new DateOnly(2023, 9, 1));
        b.Series("^GSPC:DIVIDEND").Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2023, 6, 1), 68.71));
        b.Series("US:CPI").Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2023, 9, 1), 306.13));
        b.Series("US:LONG_RATE").At(1948, 10, 1).ShouldBe(2.34);

        var missing = b.IssuesOf("missing-value");
        missing.Count.ShouldBe(9); // one trailing run in each of the eight columns after SP500, plus PE10's warm-up.
        var warmUp = missing.Single(i => i.Column == "PE10" && i.Line == 2);
        warmUp.Message.ShouldContain("120 cells on lines 2–121 (1871-01-01 … 1880-12-01)");
        warmUp.Message.ShouldContain("warm-up");
        missing.Single(i => i.Column == "Dividend").Message.ShouldContain("Shiller's own data stops");
        missing.ShouldAllBe(i => i.Value == "0.0");
    }

    [Fact]
    public void Should_refuse_a_zero_price()
    {
        const string header = "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10";
        Should.Throw<DataFormatException>(() => Layout.ReadText("s.csv", $"{header}\n1871-01-01,0,0.26,0.4,12.46,5.32,109.05,6.39,9.82,0.0\n"))
            .ShouldPointAt(2, "SP500", "0");
    }
}
