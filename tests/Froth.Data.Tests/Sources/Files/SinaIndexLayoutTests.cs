using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files (lines given) and SOURCES.md §3.
public sealed class SinaIndexLayoutTests
{
    [Fact]
    public void Should_read_open_close_high_low_order_by_name()
    {
        // sh000001_sina_1990-2026.csv: date,open,close,high,low,volume,…; 8689 rows.
        // Line 2: "1990-12-19,96.05,99.98,99.98,95.79,126000.0,sh000001,…"
        var batch = PriceFiles.Read("prices/cn_index/sh000001_sina_1990-2026.csv");
        batch.Document.Layout.ShouldBe("sina-index");
        var s = batch.Only();
        s.Instrument.Symbol.ShouldBe("000001.SS");
        s.Adjustment.ShouldBe(PriceAdjustment.None);
        s.Bars.Count.ShouldBe(8689);
        s.Bars[0].ShouldBe(new DailyBar(new DateOnly(1990, 12, 19), 96.05, 99.98, 95.79, 99.98, 126000));
    }

    [Fact]
    public void Should_read_the_2007_peak_of_the_Shanghai_bubble()
    {
        // SOURCES.md §3: peak 2007-10-16 high 6124.044. Line 4127:
        // "2007-10-16,6056.946,6092.057,6124.044,6040.713,8815215900.0,sh000001,AKSHARE_SINA_INDEX,…"
        var batch = PriceFiles.Read("prices/cn_index/sh000001_sina_1990-2026.csv");
        var s = batch.Only();
        s.On("2007-10-16").ShouldBe(new DailyBar(new DateOnly(2007, 10, 16), 6056.946, 6124.044, 6040.713, 6092.057, 8815215900));
        batch.LineOf(s, "2007-10-16").ShouldBe(4127);
    }

    [Fact]
    public void Should_read_the_Hang_Seng_Tech_file_without_volume()
    {
        // hstech_sina_2020-2026.csv: date,open,high,low,close,symbol,name,…; 2020-08-17 → 2026-07-10, 1447 rows.
        // Last line: "2026-07-10,4790.51,4862.22,4705.37,4721.66016,HSTECH,恒生科技,…"
        var s = PriceFiles.Read("prices/cn_index/hstech_sina_2020-2026.csv").Only();
        s.Instrument.Symbol.ShouldBe("HSTECH.HK");
        s.Bars.Count.ShouldBe(1447);
        s.Bars[0].Date.ShouldBe(new DateOnly(2020, 8, 17));
        s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2026, 7, 10), 4790.51, 4862.22, 4705.37, 4721.66016, null));
    }

    [Fact]
    public void Should_read_the_STAR_50_file_by_its_code_column_and_keep_one_row_for_2025_04_18()
    {
        // sh000688_star50_2019-2026.csv: 1537 rows, two for 2025-04-18 (SOURCES.md §9). Line 2:
        // "2019-12-31,1000.0,1000.0,1000.0,1000.0,1020901,4320077520.0,sh000688"
        var batch = PriceFiles.Read("prices/cn_index/sh000688_star50_2019-2026.csv");
        var s = batch.Only();
        s.Instrument.Symbol.ShouldBe("000688.SS");
        s.Bars.Count.ShouldBe(1536);
        s.Bars[0].ShouldBe(new DailyBar(new DateOnly(2019, 12, 31), 1000, 1000, 1000, 1000, 1020901));
        batch.Issues(QualityRuleIds.DuplicateDate).Count.ShouldBe(2);
    }

    [Theory]
    [InlineData("prices/cn_index/sz399006_sina_2010-2026.csv", "399006.SZ", 3921)]
    [InlineData("prices/cn_index/sh000300_sina.csv", "000300.SS", 5956)]
    public void Should_read_the_other_Sina_indices(string file, string symbol, int rows)
    {
        // Row counts from SOURCES.md §3.
        var s = PriceFiles.Read(file).Only();
        s.Instrument.Symbol.ShouldBe(symbol);
        s.Bars.Count.ShouldBe(rows);
    }

    [Fact]
    public void Should_read_an_empty_volume_as_none()
    {
        // sh000300_sina.csv line 2: "2002-01-04,1316.455,1316.455,1316.455,1316.455,,sh000300,…"
        PriceFiles.Read("prices/cn_index/sh000300_sina.csv").Only().Bars[0].Volume.ShouldBeNull();
    }

    [Fact]
    public void Should_reject_a_file_whose_symbol_changes()
    {
        const string text = "date,open,close,high,low,volume,symbol\n2024-01-02,1,1,1,1,5,sh000001\n2024-01-03,1,1,1,1,5,sz399006\n";
        var e = Should.Throw<DataFormatException>(() => PriceFiles.ReadText("two.csv", text));
        e.Line.ShouldBe(3);
        e.Column.ShouldBe("symbol");
        e.Value.ShouldBe("sz399006");
    }
}
