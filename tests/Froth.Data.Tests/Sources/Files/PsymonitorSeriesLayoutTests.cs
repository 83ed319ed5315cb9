using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

public sealed class PsymonitorSeriesLayoutTests
{
    private static readonly PsymonitorSeriesLayout Layout = new();

    [Fact]
    public void Should_read_the_SP500_dividend_yield_dated_the_first_of_the_month()
    {
        // SOURCES.md §11: 547 monthly rows 1973-01 … 2018-07. Line 2: 1973-01-31,2.27; line 548: 2018-07-31,1.92.
        var s = Layout.ReadSample("reference/bubbles/snp.csv").Series("^GSPC:DIVIDEND_YIELD");
        s.Points.Count.ShouldBe(547);
        s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1973, 1, 1), 2.27));
        s.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2018, 7, 1), 1.92));
        s.Instrument.Unit.ShouldBe("percent");
        s.IsStrictlyAscending().ShouldBeTrue();
    }

    [Fact]
    public void Should_read_the_GIIPS_spread()
    {
        // 229 rows; line 2: 1997-06-01,1.222519557; line 230: 2016-06-01,1.812951516.
        var s = Layout.ReadSample("reference/bubbles/spread.csv").Series("GIIPS:BOND_SPREAD_10Y");
        s.Points.Count.ShouldBe(229);
        s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1997, 6, 1), 1.222519557));
        s.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2016, 6, 1), 1.812951516));
    }

    [Fact]
    public void Should_match_only_the_two_named_files()
    {
        Layout.Matches(new SourceSniff("snp.csv", ["date,value"])).ShouldBeTrue();
        Layout.Matches(new SourceSniff("mine.csv", ["date,value"])).ShouldBeFalse();
        Should.Throw<DataFormatException>(() => Layout.ReadText("mine.csv", "date,value\n2020-01-01,1\n")).Expected.ShouldContain("--file F --column value");
    }
}
