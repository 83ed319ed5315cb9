using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files named in each test (line numbers given) and from the
// row counts in shared/data/SOURCES.md §1–3.
public sealed class YahooHistoryLayoutTests
{
    public sealed class On_a_Hong_Kong_stock_with_offset_stamped_dates
    {
        private static readonly Froth.Data.Sources.ImportBatch Batch = PriceFiles.Read("prices/hk/0700.HK.csv");

        [Fact]
        public void Should_detect_the_layout_and_name_the_instrument_from_the_file_name()
        {
            Batch.Document.Layout.ShouldBe("yahoo-history");
            var s = Batch.Only();
            s.Instrument.Symbol.ShouldBe("0700.HK");
            s.Source.ShouldBe("0700.HK");
            s.Adjustment.ShouldBe(PriceAdjustment.SplitAndDividend);
        }

        [Fact]
        public void Should_read_every_row_of_the_SOURCES_table()
        {
            // SOURCES.md §1: 0700.HK.csv 2004-06-16 → 2026-08-21, 5477 rows.
            var s = Batch.Only();
            s.Bars.Count.ShouldBe(5477);
            s.Bars[0].Date.ShouldBe(new DateOnly(2004, 6, 16));
            s.Bars[^1].Date.ShouldBe(new DateOnly(2026, 8, 21));
        }

        [Fact]
        public void Should_take_the_session_date_as_written_before_the_offset()
        {
            // Line 2: "2004-06-16 00:00:00+08:00,0.7414216975235196,0.7837888238541417,0.6905816609207049,0.7032909989356995,2385268337,…"
            var first = Batch.Only().Bars[0];
            first.ShouldBe(new DailyBar(new DateOnly(2004, 6, 16), 0.7414216975235196, 0.7837888238541417, 0.6905816609207049, 0.7032909989356995, 2385268337));
            Batch.BarLines![0][0].ShouldBe(2);
        }

        [Fact]
        public void Should_read_the_last_row()
        {
            // Last line: "2026-08-21 00:00:00+08:00,451.0,457.20001220703125,445.0,457.0,22326906,0.0,0.0"
            Batch.Only().On("2026-08-21").ShouldBe(new DailyBar(new DateOnly(2026, 8, 21), 451.0, 457.20001220703125, 445.0, 457.0, 22326906));
        }

        [Fact]
        public void Should_keep_a_stock_volume_of_zero_as_zero()
        {
            // Line 6: "2004-06-22 …,0.6778713464736938 ×4,0,0.0,0.0" — a stock that did not trade has volume 0, not "none".
            Batch.Only().On("2004-06-22").Volume.ShouldBe(0);
        }
    }

    public sealed class On_a_US_index
    {
        [Fact]
        public void Should_read_volume_0_as_no_volume_and_say_so_once_per_run()
        {
            // IXIC.csv: 14003 rows (SOURCES.md §2); line 2 "1971-02-05 00:00:00-05:00,100.0,100.0,100.0,100.0,0,0.0,0.0".
            var batch = PriceFiles.Read("prices/us/IXIC.csv");
            var s = batch.Only();
            s.Instrument.Symbol.ShouldBe("^IXIC");
            s.Adjustment.ShouldBe(PriceAdjustment.None);
            s.Bars.Count.ShouldBe(14003);
            s.Bars[0].ShouldBe(new DailyBar(new DateOnly(1971, 2, 5), 100, 100, 100, 100, null));

            var run = batch.Issues(PriceIssueRules.NoVolume).ShouldHaveSingleItem();
            run.Line.ShouldBe(2);
            run.Column.ShouldBe("Volume");
            run.Value.ShouldBe("0");
        }

        [Fact]
        public void Should_read_the_dot_com_peak_from_the_minus_five_hours_dates()
        {
            // Line 7353: "2000-03-10 00:00:00-05:00,5060.33984375,5132.52001953125,5039.35009765625,5048.6201171875,1992170000,0.0,0.0"
            var bar = PriceFiles.Read("prices/us/IXIC.csv").Only().On("2000-03-10");
            bar.Close.ShouldBe(5048.6201171875);
            bar.Volume.ShouldBe(1992170000);
        }

        [Fact]
        public void Should_read_the_S_and_P_500_back_to_1927()
        {
            // GSPC.csv: 1927-12-30 → 2026-08-21, 24777 rows; last line close 7674.3701171875.
            var s = PriceFiles.Read("prices/us/GSPC.csv").Only();
            s.Instrument.Symbol.ShouldBe("^GSPC");
            s.Bars.Count.ShouldBe(24777);
            s.Bars[0].Date.ShouldBe(new DateOnly(1927, 12, 30));
            s.Bars[^1].Close.ShouldBe(7674.3701171875);
        }
    }

    public sealed class On_the_alphabetical_variants
    {
        [Fact]
        public void Should_map_QQQ_columns_by_name_despite_Capital_Gains_and_the_alphabetical_order()
        {
            // QQQ_2020-2026-08.csv: Date,Capital Gains,Close,Dividends,High,Low,Open,Stock Splits,Volume; 1658 rows.
            // Line 2: "2020-01-02,0.0,208.08883666992188,0.0,208.08883666992188,205.9902277351023,206.39454365339745,0.0,30969400"
            var batch = PriceFiles.Read("prices/us/QQQ_2020-2026-08.csv");
            batch.Document.Layout.ShouldBe("yahoo-history");
            var s = batch.Only();
            s.Instrument.Symbol.ShouldBe("QQQ");
            s.Instrument.Kind.ShouldBe(InstrumentKind.Etf);
            s.Adjustment.ShouldBe(PriceAdjustment.SplitAndDividend);
            s.Bars.Count.ShouldBe(1658);
            s.Bars[0].ShouldBe(new DailyBar(new DateOnly(2020, 1, 2), 206.39454365339745, 208.08883666992188, 205.9902277351023, 208.08883666992188, 30969400));
        }

        [Fact]
        public void Should_read_the_Shanghai_Composite_history_export()
        {
            // 000001.SS_yahoo_2020-2026-08.csv: Date,Close,Dividends,High,Low,Open,Stock Splits,Volume; 1599 rows.
            // Line 1368: "2025-08-21,3771.09912109375,0.0,3787.98095703125,3757.991943359375,3770.676025390625,0.0,691600"
            var batch = PriceFiles.Read("prices/cn_index/000001.SS_yahoo_2020-2026-08.csv");
            var s = batch.Only();
            s.Instrument.Symbol.ShouldBe("000001.SS");
            s.Adjustment.ShouldBe(PriceAdjustment.None);
            s.Bars.Count.ShouldBe(1599);
            s.On("2025-08-21").ShouldBe(new DailyBar(new DateOnly(2025, 8, 21), 3770.676025390625, 3787.98095703125, 3757.991943359375, 3771.09912109375, 691600));
            batch.LineOf(s, "2025-08-21").ShouldBe(1368);
        }
    }
}
