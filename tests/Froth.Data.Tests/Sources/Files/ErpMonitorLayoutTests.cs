using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

public sealed class ErpMonitorLayoutTests
{
    /// <summary>
    /// ERP is defined by the file's author as earnings yield minus bond yield, 1/PE − Bond_Yield_10Y. Recomputing it
    /// from the two other columns must give the printed value up to a few units in the last place of a double
    /// (values near 0.01–0.03 have ulps of ~2e-18; 1e-15 allows for the division and subtraction).
    /// </summary>
    private const double ErpIdentityTolerance = 1e-15;

    private static readonly ErpMonitorLayout Layout = new();
    private static readonly Lazy<ImportBatch> Hstech = new(() => Layout.ReadSample("valuation/erp_HSTECH.csv"));
    private static readonly Lazy<ImportBatch> Star50 = new(() => Layout.ReadSample("valuation/erp_000688_star50.csv"));

    public sealed class Given_the_HSTECH_file
    {
        [Fact]
        public void Should_give_the_PE_and_ERP_of_HSTECH_and_the_China_10_year_yield()
        {
            var b = Hstech.Value;
            b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["CN:BOND_YIELD_10Y", "HSTECH.HK:PE", "HSTECH.HK:ERP"], ignoreOrder: true);
            b.Series("CN:BOND_YIELD_10Y").Instrument.Kind.ShouldBe(InstrumentKind.Macro);
            b.Series("CN:BOND_YIELD_10Y").Instrument.Unit.ShouldBe("fraction");
            b.Series("HSTECH.HK:ERP").Instrument.Unit.ShouldBe("fraction");
            b.Series("HSTECH.HK:PE").Source.ShouldBe("erp_HSTECH");
        }

        [Fact]
        public void Should_read_first_middle_and_last_rows()
        {
            // SOURCES.md §6: 2006-03-01 → 2026-07-07, 5150 rows. Line 2: 2006-03-01,0.028999999999999998,,,…
            // Line 3607: 2020-07-27,0.028791,41.0287,-0.004417817325433174 (first PE). Line 5151: 2026-07-07,0.017405999999999998,31.3796,0.014461837703476144
            var b = Hstech.Value;
            var bond = b.Series("CN:BOND_YIELD_10Y");
            bond.Points.Count.ShouldBe(5150);
            bond.Points[0].ShouldBe(new ScalarPoint(new DateOnly(2006, 3, 1), 0.028999999999999998));
            bond.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2026, 7, 7), 0.017405999999999998));
            var pe = b.Series("HSTECH.HK:PE");
            pe.Points.Count.ShouldBe(1545);
            pe.Points[0].ShouldBe(new ScalarPoint(new DateOnly(2020, 7, 27), 41.0287));
            pe.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2026, 7, 7), 31.3796));
            b.Series("HSTECH.HK:ERP").At(2020, 7, 27).ShouldBe(-0.004417817325433174);
            // Line 4352 (middle): 2023-06-06,0.026826,2725.4614,-0.026459089648600415
            pe.At(2023, 6, 6).ShouldBe(2725.4614);
        }

        [Fact]
        public void Should_report_the_empty_PE_years_as_one_issue_per_column_not_thousands()
        {
            // PE and ERP are empty on lines 2–3606 (2006-03-01 … 2020-07-24): 3605 cells each, two issues in all.
            var missing = Hstech.Value.IssuesOf("missing-value");
            missing.Count.ShouldBe(2);
            var pe = missing.Single(i => i.Column == "PE");
            pe.Line.ShouldBe(2);
            pe.Date.ShouldBe(new DateOnly(2006, 3, 1));
            pe.Symbol.ShouldBe("HSTECH.HK:PE");
            pe.Message.ShouldContain("3605 cells on lines 2–3606 (2006-03-01 … 2020-07-24), before the series starts");
        }

        [Fact]
        public void Should_agree_with_1_over_PE_minus_the_bond_yield_on_every_day()
        {
            var b = Hstech.Value;
            var pe = b.Series("HSTECH.HK:PE").Points.ToDictionary(p => p.Date, p => p.Value);
            var bond = b.Series("CN:BOND_YIELD_10Y").Points.ToDictionary(p => p.Date, p => p.Value);
            foreach (var erp in b.Series("HSTECH.HK:ERP").Points)
            {
                erp.Value.ShouldBe((1 / pe[erp.Date]) - bond[erp.Date], ErpIdentityTolerance);
            }
        }

        [Fact]
        public void Should_give_the_same_HSTECH_PE_as_the_lixinger_export()
        {
            // Two sources of one series: the monitor copies lixinger's equal-weight PE-TTM. On the 1412 days both
            // files have (2020-07-27 … 2026-04-20) the values are identical, so both must land on HSTECH.HK:PE.
            var fromLixinger = new LixingerValuationLayout().ReadSample("valuation/hstech_pe_lixinger.csv").Series("HSTECH.HK:PE");
            var fromMonitor = Hstech.Value.Series("HSTECH.HK:PE").Points.ToDictionary(p => p.Date, p => p.Value);
            fromLixinger.Instrument.Symbol.ShouldBe("HSTECH.HK:PE");
            fromLixinger.Instrument.Name.ShouldBe(Hstech.Value.Series("HSTECH.HK:PE").Instrument.Name);
            var common = fromLixinger.Points.Where(p => fromMonitor.ContainsKey(p.Date)).ToList();
            common.Count.ShouldBe(1412);
            common.ShouldAllBe(p => fromMonitor[p.Date] == p.Value);
        }
    }

    public sealed class Given_the_STAR50_file
    {
        [Fact]
        public void Should_map_index_code_000688_to_the_STAR_50()
        {
            var b = Star50.Value;
            b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["CN:BOND_YIELD_10Y", "000688.SS:PE", "000688.SS:ERP"], ignoreOrder: true);
            b.Series("000688.SS:PE").Instrument.Aliases.ShouldContain("STAR50:PE");
        }

        [Fact]
        public void Should_start_the_PE_on_2020_07_06()
        {
            // SOURCES.md §6: "PE from 2020-07-06". Line 3593: 2020-07-06,0.029959,93.95,-0.0193150404470463; last line 5137: 2026-08-21,…,77.72,…
            var pe = Star50.Value.Series("000688.SS:PE");
            pe.Points[0].ShouldBe(new ScalarPoint(new DateOnly(2020, 7, 6), 93.95));
            pe.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2026, 8, 21), 77.72));
            pe.Points.Count.ShouldBe(5136 - 3591);
        }

        [Fact]
        public void Should_report_the_empty_first_bond_yield_and_the_empty_PE_years()
        {
            // Line 2: "2005-04-08,,,,000688,…" has no bond yield; PE and ERP are empty on lines 2–3592.
            var missing = Star50.Value.IssuesOf("missing-value");
            missing.Count.ShouldBe(3);
            missing.Single(i => i.Column == "Bond_Yield_10Y").Message.ShouldContain("1 cell on line 2 (2005-04-08)");
            Star50.Value.Series("CN:BOND_YIELD_10Y").Points.Count.ShouldBe(5135);
        }

        [Fact]
        public void Should_give_the_same_China_bond_yields_as_the_HSTECH_file()
        {
            // Both files carry the same CN10Y series (BondCode CN10Y): on their 5089 common dates the values agree to
            // the last printed digit (the files print the same doubles with different trailing digits, < 1e-16 apart).
            const double printingDifference = 1e-15;
            var other = Hstech.Value.Series("CN:BOND_YIELD_10Y").Points.ToDictionary(p => p.Date, p => p.Value);
            var common = Star50.Value.Series("CN:BOND_YIELD_10Y").Points.Where(p => other.ContainsKey(p.Date)).ToList();
            common.Count.ShouldBe(5089);
            foreach (var p in common)
            {
                p.Value.ShouldBe(other[p.Date], printingDifference);
            }
        }
    }

    public sealed class Given_the_Nasdaq_100_file_in_incoming
    {
        // SOURCES.md §13: ../incoming/erp_QQQ_ndx_pe.csv, UTF-8 BOM, IndexCode QQQ, P/E 2006-01-03 → 2026-08-22, weekend
        // rows that repeat Friday, and a break on 2026-04-20 (37.62 → 31.06). Counts are taken from the file here.
        private static readonly string Path = SampleData.Incoming("erp_QQQ_ndx_pe.csv");
        private static readonly Lazy<ImportBatch> Qqq = new(() => Layout.Read(new SourceInput(Path, File.ReadAllBytes(Path))));
        private static readonly Lazy<string[][]> Lines = new(() => [.. File.ReadAllText(Path).TrimStart('\uFEFF').Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))]);

        private static bool Weekend(string date) => DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture).DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday;

        [Fact]
        public void Should_start_with_a_byte_order_mark_and_be_detected()
        {
            var bytes = File.ReadAllBytes(Path);
            bytes[..3].ShouldBe(new byte[] { 0xEF, 0xBB, 0xBF });
            SourceLayouts.Detect(SourceReader.Sniff(new SourceInput(Path, bytes)))!.Name.ShouldBe("erp-monitor");
        }

        [Fact]
        public void Should_read_QQQ_as_the_Nasdaq_100_with_the_US_10_year_yield()
        {
            var b = Qqq.Value;
            b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["US:BOND_YIELD_10Y", "^NDX:PE", "^NDX:ERP"], ignoreOrder: true);
            b.Series("^NDX:PE").Instrument.Name.ShouldBe("Nasdaq-100 Index P/E (TTM)");
            b.Series("^NDX:PE").Instrument.Aliases.ShouldBe(["NDX:PE"]);
            b.Series("^NDX:PE").Points[0].ShouldBe(new ScalarPoint(new DateOnly(2006, 1, 3), double.Parse(Lines.Value.First(f => f[2].Length > 0)[2], System.Globalization.CultureInfo.InvariantCulture)));
        }

        [Fact]
        public void Should_leave_out_every_weekend_row_of_the_US_calendar()
        {
            var weekend = Lines.Value.Where(f => Weekend(f[0])).ToList();
            weekend.Count.ShouldBe(36);
            var issues = Qqq.Value.IssuesOf(ScalarIssueRules.WeekendRow);
            issues.Select(i => i.Value).ShouldBe(weekend.Select(f => f[0]));
            issues.ShouldAllBe(i => i.Action == IssueAction.Skipped && i.Symbol == "^NDX:PE");
            issues[0].Message.ShouldBe("2023-05-14 is a Sunday, and this file follows the calendar of its bond US10Y, which has no weekend sessions: the row (PE '31.14', Bond_Yield_10Y '0.0346') repeats a neighbouring session and was left out.");
            var pe = Qqq.Value.Series("^NDX:PE");
            pe.Points.Count.ShouldBe(Lines.Value.Count(f => f[2].Length > 0 && !Weekend(f[0])));
            Qqq.Value.Series("US:BOND_YIELD_10Y").Points.Count.ShouldBe(Lines.Value.Count(f => !Weekend(f[0])));
            pe.Points.ShouldAllBe(p => p.Date.DayOfWeek != DayOfWeek.Saturday && p.Date.DayOfWeek != DayOfWeek.Sunday);
        }

        [Fact]
        public void Should_report_the_2026_04_20_break_when_the_quality_rules_run()
        {
            // 2026-04-17 37.62 (the last GuruFocus value), 2026-04-20 31.06 (the first hand-collected one), back to 37.62 on
            // 2026-04-21: 31.06 / 37.62 − 1 = −17.44 %.
            var b = SourceReader.ReadFile(Path);
            var issue = b.Issues.Where(i => i.Rule == Froth.Data.Quality.QualityRuleIds.SeriesBreak).ShouldHaveSingleItem();
            (issue.Symbol, issue.Date, issue.Value, issue.Action).ShouldBe(("^NDX:PE", new DateOnly(2026, 4, 20), "31.06", IssueAction.Reported));
            issue.Line.ShouldBe(Array.FindIndex(Lines.Value, f => f[0] == "2026-04-20") + 2);
            issue.Message.ShouldStartWith("Series break on 2026-04-20: 37.62 on 2026-04-17");
            issue.Message.ShouldContain("to 31.06 (-17.4%), and back to exactly 37.62 on 2026-04-21");
            (31.06 / 37.62 - 1).ShouldBe(-0.1744, 0.0001);
        }

        [Fact]
        public void Should_keep_the_weekend_rows_of_a_China_calendar()
        {
            // China's make-up working days: the STAR 50 file keeps its weekend rows (its P/E count is unchanged above).
            Star50.Value.IssuesOf(ScalarIssueRules.WeekendRow).ShouldBeEmpty();
            Star50.Value.Series("CN:BOND_YIELD_10Y").Points.ShouldContain(p => p.Date == new DateOnly(2006, 4, 29));
        }
    }

    public sealed class Given_bad_input
    {
        private const string Header = "Date,Bond_Yield_10Y,PE,ERP,IndexCode,IndexName,Currency,BondCode";

        [Fact]
        public void Should_refuse_a_header_only_file()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("erp_X.csv", Header + "\n"));
            e.Line.ShouldBe(1);
            e.Expected.ShouldContain("at least one data line");
        }

        [Fact]
        public void Should_name_an_unparseable_number()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("erp_X.csv", $"{Header}\n2026-07-07,1.7%,31.3,0.01,HSTECH,恒生科技指数,CNY,CN10Y\n"));
            e.ShouldPointAt(2, "Bond_Yield_10Y", "1.7%");
        }

        [Fact]
        public void Should_refuse_a_file_that_switches_index_midway()
        {
            var text = $"{Header}\n2026-07-06,0.017,31.3,0.01,HSTECH,恒生科技指数,CNY,CN10Y\n2026-07-07,0.017,77.7,0.01,000688,科创50,CNY,CN10Y\n";
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("erp_X.csv", text));
            e.ShouldPointAt(3, "IndexCode", "000688");
        }

        [Fact]
        public void Should_refuse_an_unknown_index_code()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("erp_X.csv", $"{Header}\n2026-07-07,0.017,31.3,0.01,FOO,Foo,CNY,CN10Y\n"));
            e.ShouldPointAt(2, "IndexCode", "FOO");
        }
    }
}
