using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the file (lines given) and SOURCES.md §3.
public sealed class InvestingLayoutTests
{
    private static readonly Froth.Data.Sources.ImportBatch Batch = PriceFiles.Read("prices/cn_index/hstech_investing_2015-2024.csv");

    [Fact]
    public void Should_name_the_index_from_the_file_name()
    {
        Batch.Document.Layout.ShouldBe("investing");
        var s = Batch.Only();
        s.Instrument.Symbol.ShouldBe("HSTECH.HK");
        s.Source.ShouldBe("hstech_investing_2015-2024");
        s.Adjustment.ShouldBe(PriceAdjustment.None);
    }

    [Fact]
    public void Should_put_the_newest_first_rows_oldest_first()
    {
        // SOURCES.md §3: 2015-01-02 → 2024-11-13, 2427 rows, newest first.
        var s = Batch.Only();
        s.Bars.Count.ShouldBe(2427);
        s.Bars[0].Date.ShouldBe(new DateOnly(2015, 1, 2));
        s.Bars[^1].Date.ShouldBe(new DateOnly(2024, 11, 13));
        Batch.Issues(PriceIssueRules.UnsortedRows).ShouldBeEmpty();
    }

    [Fact]
    public void Should_read_quoted_grouped_numbers_and_a_millions_volume()
    {
        // Line 2: "2024-11-13","4,443.01","4,397.32","4,443.35","4,363.62","940.97M","-0.31%"
        //          日期 (date), 收盘 (close), 开盘 (open), 高 (high), 低 (low), 交易量 (volume), 涨跌幅.
        Batch.Only().Bars[^1].ShouldBe(new DailyBar(new DateOnly(2024, 11, 13), 4397.32, 4443.35, 4363.62, 4443.01, 940_970_000));
        Batch.BarLines![0][^1].ShouldBe(2);
    }

    [Fact]
    public void Should_multiply_out_a_billions_volume()
    {
        // Line 3: "2024-11-12","4,456.86","4,627.54","4,680.41","4,442.54","1.57B","-4.19%"
        Batch.Only().On("2024-11-12").Volume.ShouldBe(1_570_000_000);
    }

    [Fact]
    public void Should_read_single_digit_month_and_day_dates()
    {
        // Last line: "2015-1-2","3,006.61","3,006.61","3,006.61","3,006.61","","0.22%" (no volume before 2020).
        Batch.Only().Bars[0].ShouldBe(new DailyBar(new DateOnly(2015, 1, 2), 3006.61, 3006.61, 3006.61, 3006.61, null));
    }

    [Fact]
    public void Should_read_an_index_volume_of_zero_as_none()
    {
        // Line 94: "2024-7-2","3,539.13","3,538.13","3,596.20","3,521.50","0.00K","-0.43%"
        Batch.Only().On("2024-07-02").Volume.ShouldBeNull();
        Batch.Issues(PriceIssueRules.NoVolume).ShouldHaveSingleItem().Line.ShouldBe(94);
    }
}
