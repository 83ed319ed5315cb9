using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// <c>market_cap/a_quarterly/total_mv_quarterly_wide.csv</c> (SOURCES.md §13): Tushare quarter-end total market caps of 5,194
/// A shares in 万 CNY, 2005-03-31 → 2025-12-31 in 103 rows, with pre-listing back-fills and a dozen junk rows at odd
/// month-ends. Expected values come from SOURCES.md and from the file, read here independently.
/// </summary>
public sealed class TushareMarketCapWideLayoutTests
{
    private const string File = "market_cap/a_quarterly/total_mv_quarterly_wide.csv";

    private static readonly TushareMarketCapWideLayout Layout = new();
    private static readonly Lazy<ImportBatch> Batch = new(() => Layout.ReadSample(File));

    /// <summary>The file's rows, split: header first.</summary>
    private static readonly Lazy<string[][]> Rows = new(() => [.. LayoutTesting.SampleText(File).Split('\n').Where(l => l.Length > 0).Select(l => l.Split(','))]);

    private static bool IsQuarterEnd(string yyyymmdd) => yyyymmdd[4..] is "0331" or "0630" or "0930" or "1231";

    public sealed class Given_the_snapshot_file
    {
        [Fact]
        public void Should_be_detected_from_its_blank_first_header_and_stock_codes()
        {
            var path = SampleData.Path(File);
            SourceLayouts.Detect(SourceReader.Sniff(new SourceInput(path, System.IO.File.ReadAllBytes(path))))!.Name.ShouldBe("tushare-total-mv-wide");
        }

        [Fact]
        public void Should_give_Cambricon_s_market_cap_at_the_end_of_2024_in_yuan()
        {
            // SOURCES.md: "688256 on 2024-12-31 = 27,468,654 万 = 2,747 亿 CNY". The file writes 27468654.3474 万, which is
            // 274,686,543,474 CNY exactly: 27,468,654 万 and 2,747 亿 rounded.
            var header = Rows.Value[0];
            var column = Array.IndexOf(header, "688256.SH");
            Rows.Value.Single(r => r[0] == "20241231")[column].ShouldBe("27468654.3474");
            var s = Batch.Value.Series("688256.SS:MARKET_CAP");
            s.At(2024, 12, 31).ShouldBe(274_686_543_474d);
            Math.Round(s.At(2024, 12, 31) / 1e4).ShouldBe(27_468_654);
            Math.Round(s.At(2024, 12, 31) / 1e8).ShouldBe(2_747);
            (s.Instrument.Name, s.Instrument.Unit, s.Instrument.Frequency, s.Instrument.Market, s.Instrument.Kind)
                .ShouldBe(("Cambricon Technologies market capitalisation (CNY)", "CNY", Frequency.Quarterly, "SH", InstrumentKind.Valuation));
            s.Instrument.Aliases.ShouldContain("CAMBRICON:MARKET_CAP");
        }

        [Fact]
        public void Should_leave_out_Cambricon_s_pre_listing_back_fill()
        {
            // SOURCES.md: "688256 shows 8,498,124 from 2017-12 although it listed 2020-07-20". In the file the value
            // 8498124.0 stands on 2017-12-31 and every quarter-end 2018-12-31 … 2020-06-30 (8 values); 2020-09-30 is the
            // first quarter-end after the listing, 6409201.9 万.
            var s = Batch.Value.Series("688256.SS:MARKET_CAP");
            s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(2020, 9, 30), 64_092_019_000d));
            var issue = Batch.Value.IssuesOf(ScalarIssueRules.PreListingValue).Single(i => i.Symbol == "688256.SS:MARKET_CAP");
            (issue.Date, issue.Value, issue.Column, issue.Action, issue.Severity).ShouldBe((new DateOnly(2017, 12, 31), "8498124.0", "688256.SH", IssueAction.Skipped, IssueSeverity.Warning));
            issue.Message.ShouldContain("first 8 quarter-end values (2017-12-31 to 2020-06-30");
            issue.Message.ShouldContain("The series starts on 2020-09-30.");
        }

        [Fact]
        public void Should_leave_out_every_row_that_is_not_a_quarter_end()
        {
            // SOURCES.md: 103 rows, a dozen of them junk rows at odd month-ends (20130731 … 20200430).
            var dates = Rows.Value.Skip(1).Select(r => r[0]).ToList();
            dates.Count.ShouldBe(103);
            var junk = dates.Where(d => !IsQuarterEnd(d)).ToList();
            junk.ShouldContain("20130731");
            junk.ShouldContain("20200430");
            var issues = Batch.Value.IssuesOf(ScalarIssueRules.OffQuarterRow);
            issues.Select(i => i.Value).ShouldBe(junk);
            issues.ShouldAllBe(i => i.Action == IssueAction.Skipped);
            issues[0].Message.ShouldBe("2013-07-31 is not a quarter-end, in a table of quarter-end values; the row (300699.SZ 596528.0 万) was left out.");
            Batch.Value.Scalars.SelectMany(s => s.Points).ShouldAllBe(p => p.Date.Month % 3 == 0);
        }

        [Fact]
        public void Should_map_Shanghai_codes_to_Yahoo_and_keep_Shenzhen_ones()
        {
            var symbols = Batch.Value.Scalars.Select(s => s.Instrument.Symbol).ToHashSet();
            symbols.ShouldContain("300308.SZ:MARKET_CAP");
            symbols.ShouldContain("600487.SS:MARKET_CAP");
            symbols.ShouldNotContain(s => s.Contains(".SH:", StringComparison.Ordinal));
            // One series per column that keeps a value (5,194 columns in the header, SOURCES.md).
            Rows.Value[0].Length.ShouldBe(5195);
            Batch.Value.Scalars.Count.ShouldBeLessThanOrEqualTo(5194);
        }

        [Fact]
        public void Should_keep_a_stock_listed_before_the_table_starts_from_its_first_row()
        {
            // 000002.SZ (China Vanke, listed 1991) has a value on the first row, 2005-03-31, that the next quarter changes.
            var header = Rows.Value[0];
            var column = Array.IndexOf(header, "000002.SZ");
            var first = Rows.Value[1][column];
            Rows.Value[2][column].ShouldNotBe(first);
            Batch.Value.Series("000002.SZ:MARKET_CAP").Points[0].Date.ShouldBe(new DateOnly(2005, 3, 31));
        }

        [Fact]
        public void Should_count_blank_cells_outside_a_stock_s_listing_in_one_issue()
        {
            var issue = Batch.Value.IssuesOf(ScalarIssueRules.BlankOutsideListing).ShouldHaveSingleItem();
            issue.Action.ShouldBe(IssueAction.Reported);
        }
    }

    public sealed class Given_fixtures
    {
        [Fact]
        public void Should_leave_out_a_leading_run_of_equal_values_and_keep_a_single_first_value()
        {
            // A: back-filled twice with 100, then trades. B: one first value then moves. C: the run spans a blank quarter.
            const string text = ",000001.SZ,600000.SH,300001.SZ\n"
                + "20231231,100.0,50.0,7.0\n"
                + "20240331,100.0,51.0,\n"
                + "20240630,120.5,52.0,7.0\n"
                + "20240930,121.0,53.0,8.0\n";
            var b = Layout.ReadText("mv.csv", text);
            b.Series("000001.SZ:MARKET_CAP").Points.ShouldBe([new ScalarPoint(new DateOnly(2024, 6, 30), 1_205_000), new ScalarPoint(new DateOnly(2024, 9, 30), 1_210_000)]);
            b.Series("600000.SS:MARKET_CAP").Points.Count.ShouldBe(4);
            b.Series("300001.SZ:MARKET_CAP").Points.ShouldBe([new ScalarPoint(new DateOnly(2024, 9, 30), 80_000)]);
            b.IssuesOf(ScalarIssueRules.PreListingValue).Select(i => (i.Symbol, i.Line)).ShouldBe([("000001.SZ:MARKET_CAP", (int?)2), ("300001.SZ:MARKET_CAP", (int?)2)]);
        }

        [Fact]
        public void Should_report_a_blank_between_two_values_as_missing()
        {
            var b = Layout.ReadText("mv.csv", ",000001.SZ\n20240331,1.0\n20240630,\n20240930,2.0\n");
            var missing = b.IssuesOf("missing-value").ShouldHaveSingleItem();
            (missing.Line, missing.Date, missing.Symbol).ShouldBe((3, new DateOnly(2024, 6, 30), "000001.SZ:MARKET_CAP"));
        }

        [Theory]
        [InlineData(",000001.SZ\n2024-03-31,1.0\n", 2, "(date)", "2024-03-31")]
        [InlineData(",000001.SZ\n20240331,1,0\n", 2, null, "20240331,1,0")]
        [InlineData(",000001.SZ\n20240331,abc\n", 2, "000001.SZ", "abc")]
        [InlineData(",000001.SZ\n20240331,-5\n", 2, "000001.SZ", "-5")]
        [InlineData(",000001.XX\n20240331,1\n", 1, "000001.XX", "000001.XX")]
        public void Should_name_line_column_and_value_of_bad_input(string text, int line, string? column, string value)
        {
            Should.Throw<DataFormatException>(() => Layout.ReadText("mv.csv", text)).ShouldPointAt(line, column, value);
        }
    }
}
