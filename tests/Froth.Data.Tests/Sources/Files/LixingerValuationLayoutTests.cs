using Froth.Data.Sources;
using Froth.Data.Sources.Files;

namespace Froth.Data.Tests.Sources.Files;

public sealed class LixingerValuationLayoutTests
{
    private const string File = "valuation/hstech_pe_lixinger.csv";
    private static readonly LixingerValuationLayout Layout = new();

    private static readonly Lazy<ImportBatch> Sample = new(() => Layout.ReadSample(File));

    public sealed class Given_the_HSTECH_export
    {
        [Fact]
        public void Should_turn_every_column_into_a_series_of_HSTECH()
        {
            // Header: 日期 + seven value columns; SOURCES.md §6 lists them all. Nothing may be dropped.
            Sample.Value.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(
            [
                "HSTECH.HK:CLOSE", "HSTECH.HK:MARKET_CAP", "HSTECH.HK:PE", "HSTECH.HK:PE_PERCENTILE",
                "HSTECH.HK:PE_P80", "HSTECH.HK:PE_P50", "HSTECH.HK:PE_P20",
            ]);
            Sample.Value.Series("HSTECH.HK:PE").Instrument.Aliases.ShouldContain("HSTECH:PE");
            Sample.Value.Series("HSTECH.HK:MARKET_CAP").Instrument.Unit.ShouldBe("HKD");
            Sample.Value.Series("HSTECH.HK:PE_PERCENTILE").Instrument.Unit.ShouldBe("fraction");
            Sample.Value.Scalars.ShouldAllBe(s => s.Source == "hstech_pe_lixinger");
        }

        [Fact]
        public void Should_read_1412_days_from_2020_07_27_to_2026_04_20_oldest_first()
        {
            // SOURCES.md §6: 2020-07-27 → 2026-04-20, 1412 rows, newest first in the file. PE-TTM等权 has no empty cell.
            var pe = Sample.Value.Series("HSTECH.HK:PE");
            pe.Points.Count.ShouldBe(1412);
            pe.Points[0].Date.ShouldBe(new DateOnly(2020, 7, 27));
            pe.Points[^1].Date.ShouldBe(new DateOnly(2026, 4, 20));
            pe.IsStrictlyAscending().ShouldBeTrue();
        }

        [Fact]
        public void Should_strip_the_equals_sign_from_the_numbers()
        {
            // Line 2: 2026-04-20,=5065.6300,=14534379044810.1602,=31.3796,=0.0553,=287.4039,=65.8656,=39.3852
            var b = Sample.Value;
            b.Series("HSTECH.HK:CLOSE").At(2026, 4, 20).ShouldBe(5065.63);
            b.Series("HSTECH.HK:MARKET_CAP").At(2026, 4, 20).ShouldBe(14534379044810.1602);
            b.Series("HSTECH.HK:PE").At(2026, 4, 20).ShouldBe(31.3796);
            b.Series("HSTECH.HK:PE_PERCENTILE").At(2026, 4, 20).ShouldBe(0.0553);
            b.Series("HSTECH.HK:PE_P80").At(2026, 4, 20).ShouldBe(287.4039);
            b.Series("HSTECH.HK:PE_P50").At(2026, 4, 20).ShouldBe(65.8656);
            b.Series("HSTECH.HK:PE_P20").At(2026, 4, 20).ShouldBe(39.3852);

            // Line 707 (middle): 2023-06-07,=3921.0200,…,=-11300.0245,=0.7092 — lixinger's equal-weight PE can be negative; kept as printed.
            b.Series("HSTECH.HK:CLOSE").At(2023, 6, 7).ShouldBe(3921.02);
            b.Series("HSTECH.HK:PE").At(2023, 6, 7).ShouldBe(-11300.0245);

            // Line 1413 (oldest): 2020-07-27,=6774.7800,=14266416361848.4883,=41.0287,,=41.5611,…
            b.Series("HSTECH.HK:CLOSE").At(2020, 7, 27).ShouldBe(6774.78);
            b.Series("HSTECH.HK:PE").At(2020, 7, 27).ShouldBe(41.0287);
        }

        [Fact]
        public void Should_skip_empty_cells_with_one_issue_per_run()
        {
            // Four days have a PE but no close (e.g. line 641: "2023-09-08,,,=164.0669,,,,", a black-rainstorm closure;
            // also 2023-09-01, 2023-07-17, 2020-10-13), and the first day (line 1413) has no percentile yet.
            // Runs: 4 in each of six columns (close, cap, percentile, three band values) + 1 → 25.
            var b = Sample.Value;
            b.Series("HSTECH.HK:CLOSE").Points.Count.ShouldBe(1408);
            b.Series("HSTECH.HK:PE_PERCENTILE").Points.Count.ShouldBe(1407);
            var missing = b.IssuesOf("missing-value");
            missing.Count.ShouldBe(25);
            missing.ShouldAllBe(i => i.Action == IssueAction.Skipped && i.Severity == IssueSeverity.Info);

            var typhoon = missing.Single(i => i.Column == "收盘点位" && i.Line == 641);
            typhoon.Date.ShouldBe(new DateOnly(2023, 9, 8));
            typhoon.Symbol.ShouldBe("HSTECH.HK:CLOSE");
            typhoon.Value.ShouldBe("");
            typhoon.Location.ShouldEndWith(File);

            missing.Single(i => i.Column == "PE-TTM 分位点" && i.Line == 1413).Message.ShouldContain("before the series starts");
        }

        [Fact]
        public void Should_report_the_attribution_footer()
        {
            // Line 1415: 数据来源于：理杏仁网站(lixinger.com)
            var footer = Sample.Value.IssuesOf("footer").ShouldHaveSingleItem();
            footer.Line.ShouldBe(1415);
            footer.Value.ShouldBe("数据来源于：理杏仁网站(lixinger.com)");
            footer.Action.ShouldBe(IssueAction.Skipped);
        }
    }

    public sealed class Given_bad_input
    {
        private const string Header = "日期,收盘点位,市值(港币),PE-TTM等权";

        [Fact]
        public void Should_name_line_column_and_value_of_a_bad_number()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("hstech_pe.csv", $"{Header}\n2026-04-20,=5065.63,=1.0,=31.x\n"));
            e.Line.ShouldBe(2);
            e.Column.ShouldBe("PE-TTM等权");
            e.Value.ShouldBe("=31.x");
            e.Message.ShouldContain("=5065.6300");
        }

        [Fact]
        public void Should_name_a_bad_date()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("hstech_pe.csv", $"{Header}\n2026/13/40,=5065.63,=1.0,=31.3\n"));
            e.Line.ShouldBe(2);
            e.Column.ShouldBe("日期");
            e.Value.ShouldBe("2026/13/40");
        }

        [Fact]
        public void Should_refuse_a_header_with_only_a_footer_after_it()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("hstech_pe.csv", $"{Header}\n\n数据来源于：理杏仁网站(lixinger.com)\n"));
            e.Expected.ShouldContain("at least one data line");
        }

        [Fact]
        public void Should_refuse_a_column_it_does_not_know_rather_than_drop_it()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("hstech_pe.csv", "日期,PE-TTM等权,PB等权\n2026-04-20,=31.3,=2.1\n"));
            e.Line.ShouldBe(1);
            e.Column.ShouldBe("PB等权");
        }

        [Fact]
        public void Should_refuse_a_file_name_that_names_no_index()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("pe_export.csv", $"{Header}\n2026-04-20,=5065.63,=1.0,=31.3\n"));
            e.Value.ShouldBe("pe_export.csv");
            e.Expected.ShouldContain("names the index");
        }

        [Fact]
        public void Should_refuse_GBK_bytes_naming_the_line()
        {
            // "日期" in GBK is C8 D5 C6 DA: not UTF-8. The export is UTF-8 (with a BOM); a re-saved GBK copy must fail clearly.
            byte[] gbk = [0xC8, 0xD5, 0xC6, 0xDA, (byte)',', (byte)'x', (byte)'\n'];
            var e = Should.Throw<DataFormatException>(() => Layout.ReadBytes("hstech_pe.csv", gbk));
            e.Line.ShouldBe(1);
            e.Value.ShouldBe("0xC8 0xD5 0xC6 0xDA");
            e.Expected.ShouldContain("UTF-8");
        }

        [Fact]
        public void Should_refuse_a_line_with_missing_fields()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("hstech_pe.csv", $"{Header}\n2026-04-20,=5065.63\n2026-04-17,=5042.68,=1.0,=31.1\n"));
            e.Line.ShouldBe(2);
            e.Expected.ShouldContain("4 fields");
        }
    }
}
