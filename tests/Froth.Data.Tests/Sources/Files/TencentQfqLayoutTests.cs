using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files (lines given) and SOURCES.md §4.
public sealed class TencentQfqLayoutTests
{
    [Fact]
    public void Should_read_Cambricon_as_a_forward_adjusted_stock()
    {
        // SOURCES.md §4: sh688256.csv = Cambricon 688256, 2020-07-20 → 2026-08-05, 1467 rows.
        // Line 2: "2020-07-20,166.779,196.980,136.980,141.544,2423761300.0,"
        // Last:   "2026-08-05,1088.0,1161.94,1080.01,1136.9,18193148.0,"
        var batch = PriceFiles.Read("prices/cn_stocks/sh688256.csv");
        batch.Document.Layout.ShouldBe("tencent-qfq");
        var s = batch.Only();
        s.Instrument.Symbol.ShouldBe("688256.SS");
        s.Source.ShouldBe("sh688256");
        s.Adjustment.ShouldBe(PriceAdjustment.Forward);
        s.Bars.Count.ShouldBe(1467);
        s.Bars[0].Date.ShouldBe(new DateOnly(2020, 7, 20));
        (s.Bars[0].Open, s.Bars[0].High, s.Bars[0].Low, s.Bars[0].Close).ShouldBe((166.779, 196.980, 136.980, 141.544));
        s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2026, 8, 5), 1088.0, 1161.94, 1080.01, 1136.9, 18193148));
    }

    [Fact]
    public void Should_read_a_row_in_the_middle()
    {
        // Line 358: "2022-01-04,67.45,69.8,64.87,65.15,6934500.0,704829808.0"
        var batch = PriceFiles.Read("prices/cn_stocks/sh688256.csv");
        var s = batch.Only();
        s.On("2022-01-04").ShouldBe(new DailyBar(new DateOnly(2022, 1, 4), 67.45, 69.8, 64.87, 65.15, 6934500));
        batch.LineOf(s, "2022-01-04").ShouldBe(358);
    }

    [Theory]
    [InlineData("prices/cn_stocks/sh000300.csv", "000300.SS", 2321.980)]
    [InlineData("prices/cn_stocks/sh000682.csv", "000682.SS", 1333.000000)]
    public void Should_not_call_the_index_files_adjusted(string file, string symbol, double firstClose)
    {
        // SOURCES.md §4: sh000300 and sh000682 are indices (3060 rows from 2014-01-02); line 2 closes at
        // 2321.980 and 1333.000000.
        var s = PriceFiles.Read(file).Only();
        s.Instrument.Symbol.ShouldBe(symbol);
        s.Instrument.Kind.ShouldBe(InstrumentKind.Index);
        s.Adjustment.ShouldBe(PriceAdjustment.None);
        s.Bars.Count.ShouldBe(3060);
        s.Bars[0].Close.ShouldBe(firstClose);
    }

    [Fact]
    public void Should_take_an_uncatalogued_index_code_as_an_index()
    {
        const string text = "date,open,high,low,close,volume,amount\n2024-01-02,1,2,0.5,1.5,10,\n";
        var s = PriceFiles.ReadText("sh000905.csv", text).Only();
        s.Instrument.Symbol.ShouldBe("000905.SS");
        s.Instrument.Kind.ShouldBe(InstrumentKind.Index);
        s.Adjustment.ShouldBe(PriceAdjustment.None);
    }
}
