using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files (lines given) and SOURCES.md §2, §5 and §8.
public sealed class YahooDownloadLayoutTests
{
    /// <summary>Relative error allowed on an adjusted price computed as price × Adj Close ÷ Close: a few ulps of the three doubles.</summary>
    private const double AdjustedTolerance = 1e-12;

    public sealed class On_the_classic_download_with_null_rows
    {
        private static readonly ImportBatch Batch = PriceFiles.Read("reference/000001.SS_yahoo_1990-2018.csv");

        [Fact]
        public void Should_leave_out_the_14_null_rows_and_say_where_each_was()
        {
            // SOURCES.md §5: 7036 rows 1990-12-19 → 2018-10-19; grep finds 14 rows of "null"s, the first on line 11.
            Batch.Document.Layout.ShouldBe("yahoo-download");
            Batch.Only().Bars.Count.ShouldBe(7036 - 14);
            var skipped = Batch.Issues(PriceIssueRules.EmptyRow);
            skipped.Count.ShouldBe(14);
            skipped[0].Line.ShouldBe(11);
            skipped[0].Date.ShouldBe(new DateOnly(1991, 1, 1));
            skipped[0].Value.ShouldBe("1991-01-01,null,null,null,null,null,null");
            skipped[0].Action.ShouldBe(IssueAction.Skipped);
            skipped[0].Severity.ShouldBe(IssueSeverity.Info);
        }

        [Fact]
        public void Should_read_the_first_and_last_rows()
        {
            // Line 2: "1990-12-19,99.980003,99.980003,99.980003,99.980003,99.980003,0"
            // Last:   "2018-10-19,2460.081055,2553.386963,2449.197021,2550.465088,2550.465088,147300"
            var s = Batch.Only();
            s.Instrument.Symbol.ShouldBe("000001.SS");
            s.Bars[0].ShouldBe(new DailyBar(new DateOnly(1990, 12, 19), 99.980003, 99.980003, 99.980003, 99.980003, null));
            s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2018, 10, 19), 2460.081055, 2553.386963, 2449.197021, 2550.465088, 147300));
        }
    }

    public sealed class On_a_stock_with_Adj_Close
    {
        private static readonly ImportBatch Batch = PriceFiles.Read("prices/us/JD.csv");

        [Fact]
        public void Should_keep_Close_and_Adj_Close_as_two_series()
        {
            // JD.csv line 2: "2021-04-12,68.91067504882812,78.6500015258789,79.5,77.66999816894531,79.5,14302500"
            //                 Date, Adj Close, Close, High, Low, Open, Volume.
            Batch.Bars.Select(s => s.Source).ShouldBe(["JD", "JD-adj"]);
            var raw = Batch.Source("JD");
            raw.Adjustment.ShouldBe(PriceAdjustment.None);
            raw.Bars.Count.ShouldBe(1256);
            raw.Bars[0].ShouldBe(new DailyBar(new DateOnly(2021, 4, 12), 79.5, 79.5, 77.66999816894531, 78.6500015258789, 14302500));
        }

        [Fact]
        public void Should_scale_the_adjusted_open_high_and_low_by_Adj_Close_over_Close()
        {
            // Hand computation for 2021-04-12: factor = 68.91067504882812 / 78.6500015258789 = 0.876168…;
            // adjusted open = high = 79.5 × factor, low = 77.66999816894531 × factor, close = Adj Close.
            var adj = Batch.Source("JD-adj");
            adj.Adjustment.ShouldBe(PriceAdjustment.SplitAndDividend);
            var bar = adj.Bars[0];
            var factor = 68.91067504882812 / 78.6500015258789;
            bar.Close.ShouldBe(68.91067504882812);
            bar.Open.ShouldBe(79.5 * factor, 79.5 * AdjustedTolerance);
            bar.Low.ShouldBe(77.66999816894531 * factor, 78 * AdjustedTolerance);
            bar.Volume.ShouldBe(14302500);
        }

        [Fact]
        public void Should_not_add_an_adjusted_series_when_the_two_agree()
        {
            // PDD.csv: Adj Close equals Close on every row (no dividends).
            PriceFiles.Read("prices/us/PDD.csv").Bars.Select(s => s.Source).ShouldBe(["PDD"]);
        }
    }

    public sealed class On_the_other_Yahoo_downloads
    {
        [Fact]
        public void Should_read_the_Hang_Seng_Index_and_its_zero_volumes()
        {
            // SOURCES.md §8: 1986-12-31 → 2024-08-05, 9280 rows, "volume 0". Last line
            // "2024-08-05,16676.8203125,16944.58984375,16441.439453125,16563.740234375,16563.740234375,0".
            var s = PriceFiles.Read("prices/hk_index/HSI_yahoo_1986-2024-08.csv").Only();
            s.Instrument.Symbol.ShouldBe("^HSI");
            s.Bars.Count.ShouldBe(9280);
            s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2024, 8, 5), 16676.8203125, 16944.58984375, 16441.439453125, 16563.740234375, null));
        }

        [Fact]
        public void Should_read_the_lppls_file_without_a_final_line_feed_as_the_Nasdaq_Composite()
        {
            // SOURCES.md §5: 1994-01-03 → 2000-03-10, 1563 rows, no trailing newline. Last row
            // "2000-03-10,5060.339844,5132.520020,5039.350098,5048.620117,5048.620117,1992170000".
            var s = PriceFiles.Read("reference/nasdaq_dotcom_1994-2000_lppls.csv").Only();
            s.Instrument.Symbol.ShouldBe("^IXIC");
            s.Bars.Count.ShouldBe(1563);
            s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2000, 3, 10), 5060.339844, 5132.520020, 5039.350098, 5048.620117, 1992170000));
        }

        [Fact]
        public void Should_read_a_file_without_volume_or_Adj_Close()
        {
            // NDX_yahoo_1985-2026-07_noVolume.csv: Date,Open,High,Low,Close; 10273 rows; last
            // "2026-07-13,29471.015625,29540.99609375,29298.13671875,29396.66796875".
            var batch = PriceFiles.Read("prices/us/NDX_yahoo_1985-2026-07_noVolume.csv");
            batch.Document.Layout.ShouldBe("yahoo-download");
            var s = batch.Only();
            s.Instrument.Symbol.ShouldBe("^NDX");
            s.Bars.Count.ShouldBe(10273);
            s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2026, 7, 13), 29471.015625, 29540.99609375, 29298.13671875, 29396.66796875, null));
        }
    }
}
