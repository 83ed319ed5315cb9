using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files (lines given) and SOURCES.md §2.
public sealed class YahooTickerRowLayoutTests
{
    [Theory]
    [InlineData("prices/us/KWEB.csv", "KWEB", 78.03861999511719, 31.059999465942383)]
    [InlineData("prices/us/MCHI.csv", "MCHI", 80.54544067382812, 59.060001373291016)]
    public void Should_read_the_two_line_header_files(string file, string symbol, double firstClose, double lastClose)
    {
        // SOURCES.md §2: 2021-03-01 → 2026-02-27, 1256 rows each. Line 3 is the first data row
        // ("2021-03-01,78.03861999511719,…" for KWEB); the last line closes at 31.059999465942383 (KWEB).
        var batch = PriceFiles.Read(file);
        batch.Document.Layout.ShouldBe("yahoo-ticker-row");
        var s = batch.Only();
        s.Instrument.Symbol.ShouldBe(symbol);
        s.Instrument.Kind.ShouldBe(InstrumentKind.Etf);
        s.Adjustment.ShouldBe(PriceAdjustment.SplitAndDividend);
        s.Bars.Count.ShouldBe(1256);
        s.Bars[0].Date.ShouldBe(new DateOnly(2021, 3, 1));
        s.Bars[0].Close.ShouldBe(firstClose);
        batch.BarLines![0][0].ShouldBe(3);
        s.Bars[^1].Close.ShouldBe(lastClose);
    }

    [Fact]
    public void Should_map_the_columns_by_name()
    {
        // KWEB line 3: "2021-03-01,78.03861999511719,78.1054139654933,76.7027724367131,77.24545592900404,1621500"
        //               Date, Close, High, Low, Open, Volume.
        var bar = PriceFiles.Read("prices/us/KWEB.csv").Only().Bars[0];
        bar.ShouldBe(new DailyBar(new DateOnly(2021, 3, 1), 77.24545592900404, 78.1054139654933, 76.7027724367131, 78.03861999511719, 1621500));
    }
}
