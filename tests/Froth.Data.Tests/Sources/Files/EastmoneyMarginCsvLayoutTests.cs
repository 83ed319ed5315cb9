using System.Globalization;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// <c>margin/cn_margin_total_eastmoney_2012-2026-08.csv</c> (SOURCES.md §13): 3,373 rows, 2012-09-27 → 2026-08-20, values in
/// 亿 CNY and the collateral ratio in percent, 70 empty <c>guarantee</c> cells. Counts are also taken from the file
/// itself, read here line by line.
/// </summary>
public sealed class EastmoneyMarginCsvLayoutTests
{
    private const string File = "margin/cn_margin_total_eastmoney_2012-2026-08.csv";

    private static readonly EastmoneyMarginCsvLayout Layout = new();
    private static readonly Lazy<ImportBatch> Batch = new(() => Layout.ReadSample(File));

    /// <summary>The data lines of the file, split (read independently of the layout).</summary>
    private static readonly Lazy<string[][]> Lines = new(() => [.. LayoutTesting.SampleText(File).Split('\n').Skip(1).Where(l => l.Length > 0).Select(l => l.Split(','))]);

    public sealed class Given_the_snapshot_file
    {
        [Fact]
        public void Should_be_detected()
        {
            var path = Froth.Testing.SampleData.Path(File);
            SourceLayouts.Detect(SourceReader.Sniff(new SourceInput(path, System.IO.File.ReadAllBytes(path))))!.Name.ShouldBe("eastmoney-margin-csv");
        }

        [Fact]
        public void Should_give_four_market_wide_series_in_plain_units()
        {
            var b = Batch.Value;
            b.Scalars.Select(s => (s.Instrument.Symbol, s.Instrument.Unit)).ShouldBe(
            [
                ("CN:MARGIN_BALANCE", "CNY"),
                ("CN:LENDING_BALANCE", "CNY"),
                ("CN:MARGIN_PURCHASES", "CNY"),
                ("CN:COLLATERAL_RATIO", "percent"),
            ]);
            b.Scalars.ShouldAllBe(s => s.Instrument.Kind == InstrumentKind.Macro && s.Instrument.Frequency == Frequency.Daily && s.Source == "cn_margin_total_eastmoney_2012-2026-08");
            b.Series("CN:MARGIN_BALANCE").Instrument.Name.ShouldBe("China (all mainland exchanges) margin-financing balance (CNY)");
        }

        [Fact]
        public void Should_read_every_row_of_the_amounts_and_every_non_empty_ratio()
        {
            // SOURCES.md: 3,373 rows; 70 empty guarantee cells, counted here in the file too.
            var b = Batch.Value;
            Lines.Value.Length.ShouldBe(3373);
            var emptyRatios = Lines.Value.Count(f => f[4].Trim().Length == 0);
            emptyRatios.ShouldBe(70);
            b.Series("CN:MARGIN_BALANCE").Points.Count.ShouldBe(3373);
            b.Series("CN:LENDING_BALANCE").Points.Count.ShouldBe(3373);
            b.Series("CN:MARGIN_PURCHASES").Points.Count.ShouldBe(3373);
            b.Series("CN:COLLATERAL_RATIO").Points.Count.ShouldBe(3373 - 70);
            (b.Series("CN:MARGIN_BALANCE").Points[0].Date, b.Series("CN:MARGIN_BALANCE").Points[^1].Date).ShouldBe((new DateOnly(2012, 9, 27), new DateOnly(2026, 8, 20)));
        }

        [Fact]
        public void Should_convert_yi_to_yuan_exactly()
        {
            // 2026-08-03: fin_balance 25803.46293375 亿 = 2,580,346,293,375 CNY; 2012-09-27: 704.53 亿 = 70,453,000,000 CNY.
            var b = Batch.Value;
            b.Series("CN:MARGIN_BALANCE").At(2026, 8, 3).ShouldBe(2_580_346_293_375d);
            b.Series("CN:MARGIN_BALANCE").At(2012, 9, 27).ShouldBe(70_453_000_000d);
            b.Series("CN:LENDING_BALANCE").At(2026, 8, 3).ShouldBe(22_182_877_647d);
            b.Series("CN:MARGIN_PURCHASES").At(2026, 8, 3).ShouldBe(166_098_012_527d);
            b.Series("CN:COLLATERAL_RATIO").At(2026, 8, 3).ShouldBe(268.8839);
        }

        [Fact]
        public void Should_exceed_the_Shanghai_plus_Shenzhen_balance_by_the_Beijing_exchange()
        {
            // SOURCES.md §13 cross-check: 25,803.46 亿 against SSE 13,232.58 + SZSE 12,489.16 = 25,721.74 亿 (the wire samples).
            var total = Batch.Value.Series("CN:MARGIN_BALANCE").At(2026, 8, 3);
            var sh = new Froth.Data.Sources.Wire.SseMarginLayout().ReadSample("wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json").Series("SH:MARGIN_BALANCE").At(2026, 8, 3);
            var sz = new Froth.Data.Sources.Wire.SzseMarginLayout().ReadSample("wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json").Series("SZ:MARGIN_BALANCE").At(2026, 8, 3);
            (sh + sz).ShouldBe(2_572_174_064_454d);
            (total - sh - sz).ShouldBe(8_172_228_921d);
        }

        [Fact]
        public void Should_report_each_run_of_empty_ratios_as_one_missing_value_issue()
        {
            // The runs of empty guarantee cells, found in the file: 2014-01-20..21, 2014-12-10, 2014-12-16,
            // 2015-04-29..05-19 and 2015-05-21..08-03 (SOURCES.md: 70 cells in all).
            var runs = new List<(int First, int Last)>();
            for (var i = 0; i < Lines.Value.Length; i++)
            {
                if (Lines.Value[i][4].Trim().Length == 0)
                {
                    if (runs.Count > 0 && runs[^1].Last == i - 1)
                    {
                        runs[^1] = (runs[^1].First, i);
                    }
                    else
                    {
                        runs.Add((i, i));
                    }
                }
            }

            var missing = Batch.Value.IssuesOf("missing-value");
            missing.Count.ShouldBe(runs.Count);
            missing.Select(m => m.Line).ShouldBe(runs.Select(r => (int?)(r.First + 2)));
            missing.ShouldAllBe(m => m.Symbol == "CN:COLLATERAL_RATIO" && m.Action == IssueAction.Skipped && m.Column == "guarantee");
            missing.Sum(m => int.Parse(m.Message.Split(" in ")[1].Split(' ')[0], CultureInfo.InvariantCulture)).ShouldBe(70);
        }
    }

    public sealed class Given_bad_input
    {
        private const string Header = "date,fin_balance,loan_balance,fin_buy,guarantee\n";

        [Fact]
        public void Should_name_the_line_column_and_value_of_a_negative_amount()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("m.csv", Header + "2024-01-02,1.5,2,3,250\n2024-01-03,-1,2,3,250\n"));
            e.ShouldPointAt(3, "fin_balance", "-1");
            e.Message.ShouldStartWith("/fixtures/m.csv:3, column 'fin_balance': got '-1'; expected an amount in 亿 CNY");
        }

        [Fact]
        public void Should_name_a_date_that_is_not_ISO()
        {
            Should.Throw<DataFormatException>(() => Layout.ReadText("m.csv", Header + "2024/01/02,1,2,3,250\n")).ShouldPointAt(2, "date", "2024/01/02");
        }

        [Fact]
        public void Should_refuse_a_ratio_that_is_not_a_number()
        {
            Should.Throw<DataFormatException>(() => Layout.ReadText("m.csv", Header + "2024-01-02,1,2,3,n/a\n")).ShouldPointAt(2, "guarantee", "n/a");
        }

        [Fact]
        public void Should_refuse_a_header_only_file()
        {
            Should.Throw<DataFormatException>(() => Layout.ReadText("m.csv", Header)).Expected.ShouldContain("only a header");
        }

        [Fact]
        public void Should_accept_the_columns_in_another_order()
        {
            var b = Layout.ReadText("m.csv", "guarantee,date,fin_buy,loan_balance,fin_balance\n250,2024-01-02,3,2,1.25\n");
            b.Series("CN:MARGIN_BALANCE").Points.ShouldBe([new ScalarPoint(new DateOnly(2024, 1, 2), 125_000_000)]);
            b.Series("CN:COLLATERAL_RATIO").Points.ShouldBe([new ScalarPoint(new DateOnly(2024, 1, 2), 250)]);
        }
    }
}
