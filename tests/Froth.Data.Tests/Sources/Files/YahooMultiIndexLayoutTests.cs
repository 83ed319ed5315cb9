using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files (lines given) and SOURCES.md §2 and §8.
public sealed class YahooMultiIndexLayoutTests
{
    public sealed class On_the_Nasdaq_100_file
    {
        private static readonly Froth.Data.Sources.ImportBatch Batch = PriceFiles.Read("prices/us/NDX_yahoo_1985-2026-02.csv");

        [Fact]
        public void Should_name_the_instrument_from_the_ticker_row()
        {
            Batch.Document.Layout.ShouldBe("yahoo-multiindex");
            var s = Batch.Only();
            s.Instrument.Symbol.ShouldBe("^NDX");
            s.Source.ShouldBe("NDX_yahoo_1985-2026-02");
            s.Adjustment.ShouldBe(PriceAdjustment.None);
        }

        [Fact]
        public void Should_skip_the_three_header_lines_and_map_the_alphabetical_columns()
        {
            // SOURCES.md §2: 1985-10-01 → 2026-02-27, 10181 rows.
            // Line 4: "1985-10-01,112.13999938964844,112.13999938964844,112.16000366210938,110.56500244140625,110.62000274658203,153160000"
            //          Date, Adj Close, Close, High, Low, Open, Volume.
            var s = Batch.Only();
            s.Bars.Count.ShouldBe(10181);
            s.Bars[0].ShouldBe(new DailyBar(new DateOnly(1985, 10, 1), 110.62000274658203, 112.16000366210938, 110.56500244140625, 112.13999938964844, 153160000));
            Batch.BarLines![0][0].ShouldBe(4);
            s.Bars[^1].Close.ShouldBe(24960.0390625);
        }

        [Fact]
        public void Should_not_add_an_adjusted_series_when_Adj_Close_equals_Close()
        {
            // An index's Adj Close is its Close on every row of this file.
            Batch.Bars.Count.ShouldBe(1);
        }
    }

    public sealed class On_the_USD_CNY_file
    {
        [Fact]
        public void Should_read_a_currency_pair_without_volume()
        {
            // SOURCES.md §8: 2001-06-25 → 2026-02-09, 6159 rows; every Volume is 0.
            var batch = PriceFiles.Read("prices/fx/USDCNY_yahoo_2001-2026-02.csv");
            var s = batch.Only();
            s.Instrument.Symbol.ShouldBe("CNY=X");
            s.Instrument.Kind.ShouldBe(InstrumentKind.Fx);
            s.Bars.Count.ShouldBe(6159);
            s.Bars.ShouldAllBe(b => b.Volume == null);
            batch.Issues(PriceIssueRules.NoVolume).ShouldHaveSingleItem().Message.ShouldContain("6159 rows");
            s.Bars[^1].Close.ShouldBe(6.9309000968933105);
        }
    }

    public sealed class On_a_file_with_two_tickers
    {
        private const string TwoTickers =
            "Price,Close,Close,High,High,Low,Low,Open,Open,Volume,Volume\n"
            + "Ticker,JD,PDD,JD,PDD,JD,PDD,JD,PDD,JD,PDD\n"
            + "Date,,,,,,,,,,\n"
            + "2026-04-09,28.34,100.57,28.55,103.87,27.9,99.05,28.2,102.88,8653500,7867900\n"
            + "2026-04-10,28.93,,29.01,,28.58,,28.59,,10980900,\n";

        [Fact]
        public void Should_give_one_series_per_ticker()
        {
            var batch = PriceFiles.ReadText("two.csv", TwoTickers);
            batch.Bars.Select(s => s.Instrument.Symbol).ShouldBe(["JD", "PDD"]);
            batch.Bars.ShouldAllBe(s => s.Source == "two");
            batch.Bars[0].Bars.Count.ShouldBe(2);
            batch.Bars[0].Bars[1].Close.ShouldBe(28.93);
            batch.Bars[1].Bars[0].ShouldBe(new DailyBar(new DateOnly(2026, 4, 9), 102.88, 103.87, 99.05, 100.57, 7867900));
        }

        [Fact]
        public void Should_leave_out_a_tickers_empty_row_without_touching_the_other()
        {
            var batch = PriceFiles.ReadText("two.csv", TwoTickers);
            batch.Bars[1].Bars.Count.ShouldBe(1);
            var issue = batch.Issues(PriceIssueRules.EmptyRow).ShouldHaveSingleItem();
            issue.Symbol.ShouldBe("PDD");
            issue.Line.ShouldBe(5);
        }
    }
}
