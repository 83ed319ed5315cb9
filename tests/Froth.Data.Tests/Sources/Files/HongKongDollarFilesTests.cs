using System.Globalization;
using Froth.Data.MarketData;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// The two USD/HKD files of SOURCES.md §13, read through <see cref="SourceReader"/> (layouts and quality rules): Yahoo's
/// <c>HKDX_yahoo_2001-07_2024-12.csv</c> (yfinance <c>history()</c>, London-time dates, a Saturday partial bar at the
/// end) and FRED's <c>DEXHKUS</c> extract (686 rows, US holidays empty). Both are the currency pair <c>HKD=X</c>, HKD
/// per US dollar. Counts come from SOURCES.md and from the files, read here line by line.
/// </summary>
public sealed class HongKongDollarFilesTests
{
    private const string YahooFile = "prices/fx/HKDX_yahoo_2001-07_2024-12.csv";
    private const string FredFile = "prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv";

    private static readonly Lazy<ImportBatch> Yahoo = new(() => PriceFiles.Read(YahooFile));
    private static readonly Lazy<ImportBatch> Fred = new(() => PriceFiles.Read(FredFile));

    private static string[] DataLines(string file) => [.. LayoutTesting.SampleText(file).Split('\n').Skip(1).Where(l => l.Length > 0)];

    public sealed class The_Yahoo_file
    {
        [Fact]
        public void Should_be_the_currency_pair_HKD_X_and_not_a_stock_named_HKDX()
        {
            var s = Yahoo.Value.Only();
            (s.Instrument.Symbol, s.Instrument.Kind, s.Instrument.Currency, s.Source, s.Adjustment)
                .ShouldBe(("HKD=X", InstrumentKind.Fx, "HKD", "HKDX_yahoo_2001-07_2024-12", PriceAdjustment.None));
        }

        [Fact]
        public void Should_take_the_London_date_as_written()
        {
            // Line 2: "2001-07-16 00:00:00+01:00,7.7999…" (summer time); the last weekday row, line 5915:
            // "2024-12-06 00:00:00+00:00,7.78158…" (winter). The date is the one written, not converted to UTC.
            var lines = DataLines(YahooFile);
            lines[0].ShouldStartWith("2001-07-16 00:00:00+01:00,");
            lines[^2].ShouldStartWith("2024-12-06 00:00:00+00:00,");
            var s = Yahoo.Value.Only();
            s.Bars[0].Date.ShouldBe(new DateOnly(2001, 7, 16));
            s.Bars[^1].Date.ShouldBe(new DateOnly(2024, 12, 6));
            s.Bars[^1].Close.ShouldBe(double.Parse(lines[^2].Split(',')[4], CultureInfo.InvariantCulture));
        }

        [Fact]
        public void Should_leave_out_the_Saturday_partial_bar()
        {
            // SOURCES.md: 5,915 rows, "the last row is a Saturday partial bar" (2024-12-07).
            var lines = DataLines(YahooFile);
            lines.Length.ShouldBe(5915);
            lines[^1].ShouldStartWith("2024-12-07 00:00:00+00:00,");
            Yahoo.Value.Only().Bars.Count.ShouldBe(5914);
            var issue = Yahoo.Value.Issues(QualityRuleIds.WeekendBar).ShouldHaveSingleItem();
            (issue.Date, issue.Line, issue.Action, issue.Symbol).ShouldBe((new DateOnly(2024, 12, 7), 5916, IssueAction.Skipped, "HKD=X"));
            issue.Message.ShouldStartWith("2024-12-07 is a Saturday, when the currency market is closed");
        }

        [Fact]
        public void Should_read_volume_0_as_no_volume()
        {
            Yahoo.Value.Only().Bars.ShouldAllBe(b => b.Volume == null);
        }
    }

    public sealed class The_FRED_file
    {
        [Fact]
        public void Should_be_close_only_bars_of_HKD_X()
        {
            // SOURCES.md: 686 rows, US holidays empty: 28 empty cells, counted here in the file.
            var lines = DataLines(FredFile);
            lines.Length.ShouldBe(686);
            var empty = lines.Count(l => l.Split(',')[1].Trim().Length == 0);
            empty.ShouldBe(28);
            Fred.Value.Scalars.ShouldBeEmpty();
            var s = Fred.Value.Only();
            (s.Instrument.Symbol, s.Instrument.Kind, s.Source).ShouldBe(("HKD=X", InstrumentKind.Fx, "DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract"));
            s.Bars.Count.ShouldBe(686 - empty);
            s.Bars[0].ShouldBe(new DailyBar(new DateOnly(2024, 1, 2), 7.815, 7.815, 7.815, 7.815, null));
            s.Bars.ShouldAllBe(b => b.Open == b.Close && b.High == b.Close && b.Low == b.Close);
        }

        [Fact]
        public void Should_report_the_empty_holidays_as_missing_values()
        {
            var missing = Fred.Value.Issues("missing-value");
            missing.ShouldAllBe(i => i.Symbol == "HKD=X" && i.Action == IssueAction.Skipped);
            missing[0].Date.ShouldBe(new DateOnly(2024, 1, 1));
            missing.Sum(i => int.Parse(i.Message.Split(" in ")[1].Split(' ')[0], CultureInfo.InvariantCulture)).ShouldBe(28);
        }

        [Fact]
        public void Should_stay_within_two_hundredths_of_Yahoo_s_rate_in_2024()
        {
            // SOURCES.md: "Against FRED in 2024: mean absolute difference 0.0024, at most 0.020".
            const double AtMost = 0.020 + 1e-9;
            var yahoo = Yahoo.Value.Only().Bars.ToDictionary(b => b.Date, b => b.Close);
            var common = Fred.Value.Only().Bars.Where(b => yahoo.ContainsKey(b.Date)).ToList();
            common.Count.ShouldBeGreaterThan(200);
            common.Max(b => Math.Abs(b.Close - yahoo[b.Date])).ShouldBeLessThanOrEqualTo(AtMost);
            common.Average(b => Math.Abs(b.Close - yahoo[b.Date])).ShouldBe(0.0024, 0.0005);
        }
    }

    public sealed class Both_files_in_one_market_data
    {
        [Fact]
        public void Should_cover_2001_to_2026_with_FRED_from_2024_and_Yahoo_before()
        {
            var data = new InMemoryMarketData([Yahoo.Value.Only(), Fred.Value.Only()]);

            var sources = data.Sources("HKD=X");
            sources[0].Source.ShouldBe("DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract");
            var bars = data.Bars("HKD=X");
            bars[0].Date.ShouldBe(new DateOnly(2001, 7, 16));
            bars[^1].Date.ShouldBe(new DateOnly(2026, 8, 17));
            var yahooBefore = Yahoo.Value.Only().Bars.Count(b => b.Date < new DateOnly(2024, 1, 2));
            bars.Count.ShouldBe(yahooBefore + Fred.Value.Only().Bars.Count);
            bars.Single(b => b.Date == new DateOnly(2024, 1, 2)).Close.ShouldBe(7.815);
            bars.Zip(bars.Skip(1)).ShouldAllBe(p => p.First.Date < p.Second.Date);
        }
    }
}
