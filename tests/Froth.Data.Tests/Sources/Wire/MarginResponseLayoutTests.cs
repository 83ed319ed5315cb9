using System.Globalization;
using System.Text.Json;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Data.Sources.Wire;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Wire;

/// <summary>
/// The margin responses: SSE's <c>queryMargin.do</c> and SZSE's <c>ShowReport 1837_xxpl</c> recorded in wire-samples
/// (SOURCES.md §13), and Eastmoney's datacenter report <c>RPTA_WEB_MARGIN_DAILYTRADE</c>, of which no recording exists: its
/// bodies here are hand-made in the report's documented shape, filled with the 2026-08-13 row of the snapshot's
/// Eastmoney CSV (saved from that report), so that both readings can be compared.
/// </summary>
public sealed class MarginResponseLayoutTests
{
    private const string Sse = "wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json";
    private const string Szse = "wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json";

    public sealed class The_SSE_summary
    {
        private static readonly SseMarginLayout Layout = new();
        private static readonly Lazy<ImportBatch> Batch = new(() => Layout.ReadSample(Sse));

        [Fact]
        public void Should_be_detected()
        {
            var path = SampleData.Path(Sse);
            SourceLayouts.Detect(SourceReader.Sniff(new SourceInput(path, File.ReadAllBytes(path))))!.Name.ShouldBe("sse-margin-json");
        }

        [Fact]
        public void Should_give_seven_Shanghai_series_over_the_five_days_in_yuan_and_shares()
        {
            var b = Batch.Value;
            b.Scalars.Select(s => (s.Instrument.Symbol, s.Instrument.Unit)).ShouldBe(
            [
                ("SH:MARGIN_BALANCE", "CNY"), ("SH:MARGIN_PURCHASES", "CNY"), ("SH:MARGIN_REPAYMENTS", "CNY"), ("SH:LENDING_BALANCE", "CNY"),
                ("SH:MARGIN_LENDING_BALANCE", "CNY"), ("SH:LENDING_VOLUME", "shares"), ("SH:LENDING_SALES_VOLUME", "shares"),
            ]);
            b.Scalars.Select(s => (s.Points.Count, s.Points[0].Date, s.Points[s.Points.Count - 1].Date)).Distinct().ShouldHaveSingleItem().ShouldBe((5, new DateOnly(2026, 7, 28), new DateOnly(2026, 8, 3)));
            b.Scalars.ShouldAllBe(s => s.Source == "sse_queryMargin_summary_5rows_2026-08-03");
        }

        [Fact]
        public void Should_keep_the_yuan_values_as_written()
        {
            // 2026-08-03: rzye 1323258064454 (13,232.58 亿, SOURCES.md's cross-check), rqylje 14206903655, rzrqjyzl = rzye + rqylje.
            var b = Batch.Value;
            b.Series("SH:MARGIN_BALANCE").At(2026, 8, 3).ShouldBe(1_323_258_064_454d);
            b.Series("SH:LENDING_BALANCE").At(2026, 8, 3).ShouldBe(14_206_903_655d);
            b.Series("SH:MARGIN_LENDING_BALANCE").At(2026, 8, 3).ShouldBe(1_323_258_064_454d + 14_206_903_655d);
            b.Series("SH:LENDING_VOLUME").At(2026, 8, 3).ShouldBe(2_635_307_852d);
        }

        [Fact]
        public void Should_report_that_the_page_is_5_days_of_3969()
        {
            var partial = Batch.Value.IssuesOf("partial-response").ShouldHaveSingleItem();
            (partial.Value, partial.Action).ShouldBe(("3969", IssueAction.Reported));
        }

        [Fact]
        public void Should_read_an_unpublished_range_as_nothing_and_say_so()
        {
            // The same envelope with no rows: what SSE answers for a range it has not published.
            var text = LayoutTesting.SampleText(Sse);
            using var doc = JsonDocument.Parse(text);
            var empty = text.Replace(doc.RootElement.GetProperty("pageHelp").GetProperty("data").GetRawText(), "[]", StringComparison.Ordinal)
                .Replace("\"total\":3969", "\"total\":0", StringComparison.Ordinal);
            var b = SourceReader.Read(new SourceInput("https://query.sse.com.cn/marketdata/tradedata/queryMargin.do?beginDate=20260804&endDate=20260804", System.Text.Encoding.UTF8.GetBytes(empty)));
            b.Document.Layout.ShouldBe("sse-margin-json");
            b.RowCount.ShouldBe(0);
            var issue = b.Issues.ShouldHaveSingleItem();
            (issue.Rule, issue.Severity).ShouldBe((ScalarIssueRules.NotPublished, IssueSeverity.Info));
            issue.Message.ShouldBe("SSE returned no margin data for 20260804: not published yet (or not a trading day); empty is not zero, so nothing was read.");
        }

        [Fact]
        public void Should_refuse_the_per_security_detail()
        {
            var text = LayoutTesting.SampleText(Sse).Replace("\"stockCode\":null}", "\"stockCode\":\"600000\"}", StringComparison.Ordinal);
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("detail.json", text));
            (e.Column, e.Value).ShouldBe(("pageHelp.data[0].stockCode", "\"600000\""));
        }
    }

    public sealed class The_SZSE_totals
    {
        private static readonly SzseMarginLayout Layout = new();
        private static readonly Lazy<ImportBatch> Batch = new(() => Layout.ReadSample(Szse));

        [Fact]
        public void Should_be_detected()
        {
            var path = SampleData.Path(Szse);
            SourceLayouts.Detect(SourceReader.Sniff(new SourceInput(path, File.ReadAllBytes(path))))!.Name.ShouldBe("szse-margin-json");
        }

        [Fact]
        public void Should_convert_the_yi_strings_with_separators_exactly()
        {
            // "jrrzye":"12,489.16" 亿 = 1,248,916,000,000 CNY; "jrrzmr":"769.14"; "jrrjyl":"9.81" 亿 shares; dated by subname 2026-08-03.
            var b = Batch.Value;
            b.Series("SZ:MARGIN_BALANCE").Points.ShouldBe([new ScalarPoint(new DateOnly(2026, 8, 3), 1_248_916_000_000d)]);
            b.Series("SZ:MARGIN_PURCHASES").At(2026, 8, 3).ShouldBe(76_914_000_000d);
            b.Series("SZ:LENDING_BALANCE").At(2026, 8, 3).ShouldBe(7_963_000_000d);
            b.Series("SZ:MARGIN_LENDING_BALANCE").At(2026, 8, 3).ShouldBe(1_256_879_000_000d);
            b.Series("SZ:LENDING_VOLUME").At(2026, 8, 3).ShouldBe(981_000_000d);
            b.Series("SZ:LENDING_SALES_VOLUME").At(2026, 8, 3).ShouldBe(25_000_000d);
            b.Series("SZ:LENDING_VOLUME").Instrument.Unit.ShouldBe("shares");
            b.Issues.ShouldBeEmpty();
        }

        [Fact]
        public void Should_read_a_day_not_published_as_nothing_and_say_so()
        {
            var empty = LayoutTesting.SampleText(Szse).Replace("\"data\":[{\"jrrzmr\"", "\"data\":[],\"x\":[{\"jrrzmr\"", StringComparison.Ordinal);
            var b = Layout.ReadText("szse.json", empty);
            b.RowCount.ShouldBe(0);
            var issue = b.Issues.ShouldHaveSingleItem();
            (issue.Rule, issue.Date).ShouldBe((ScalarIssueRules.NotPublished, new DateOnly(2026, 8, 3)));
            issue.Message.ShouldContain("empty is not zero");
        }

        [Fact]
        public void Should_refuse_a_column_whose_label_is_not_in_yi()
        {
            var text = LayoutTesting.SampleText(Szse).Replace("\"jrrzye\":\"融资余额<br>(亿元)\"", "\"jrrzye\":\"融资余额<br>(元)\"", StringComparison.Ordinal);
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("szse.json", text));
            e.Column.ShouldBe("[0].metadata.cols.jrrzye");
        }

        [Fact]
        public void Should_refuse_a_value_that_is_not_a_number()
        {
            var text = LayoutTesting.SampleText(Szse).Replace("\"12,489.16\"", "\"12,48.916\"", StringComparison.Ordinal);
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("szse.json", text));
            (e.Column, e.Value).ShouldBe(("[0].data[0].jrrzye", "12,48.916"));
        }
    }

    public sealed class The_Eastmoney_report
    {
        private static readonly EastmoneyMarginJsonLayout Layout = new();

        /// <summary>A body in the report's documented shape holding the CSV's 2026-08-13 row and a day with a null ratio.</summary>
        internal static string Body()
        {
            var row = LayoutTesting.SampleText("margin/cn_margin_total_eastmoney_2012-2026-08.csv").Split('\n').Single(l => l.StartsWith("2026-08-13,", StringComparison.Ordinal)).Split(',');
            return $$"""
                {"version":"a1b2","result":{"pages":1,"data":[
                {"STATISTICS_DATE":"2026-08-13 00:00:00","FIN_BALANCE":{{row[1]}},"LOAN_BALANCE":{{row[2]}},"FIN_BUY_AMT":{{row[3]}},"LOAN_SELL_AMT":12.05715155,"TOTAL_GUARANTEE":86956.33058799,"AVG_GUARANTEE_RATIO":{{row[4].Trim()}}},
                {"STATISTICS_DATE":"2026-08-12 00:00:00","FIN_BALANCE":26473.69138512,"LOAN_BALANCE":258.02113256,"FIN_BUY_AMT":2022.81991667,"AVG_GUARANTEE_RATIO":null}
                ],"count":2},"success":true,"message":"ok","code":0}
                """;
        }

        [Fact]
        public void Should_give_the_same_values_as_the_CSV_saved_from_it()
        {
            var json = SourceReader.Read(new SourceInput("/fixtures/margin.json", System.Text.Encoding.UTF8.GetBytes(Body())));
            json.Document.Layout.ShouldBe("eastmoney-margin-json");
            var csv = new EastmoneyMarginCsvLayout().ReadSample("margin/cn_margin_total_eastmoney_2012-2026-08.csv");
            foreach (var symbol in new[] { "CN:MARGIN_BALANCE", "CN:LENDING_BALANCE", "CN:MARGIN_PURCHASES", "CN:COLLATERAL_RATIO" })
            {
                json.Series(symbol).At(2026, 8, 13).ShouldBe(csv.Series(symbol).At(2026, 8, 13), symbol);
            }

            json.Series("CN:MARGIN_BALANCE").At(2026, 8, 13).ShouldBe(2_649_725_100_007d);
            json.Series("CN:COLLATERAL_RATIO").Points.Count.ShouldBe(1);
            json.Issues.Single(i => i.Rule == "missing-value").Symbol.ShouldBe("CN:COLLATERAL_RATIO");
        }

        [Fact]
        public void Should_read_the_no_data_answer_as_nothing_and_say_so()
        {
            var b = Layout.ReadText("none.json", """{"version":null,"result":null,"success":false,"message":"返回数据为空","code":9201}""");
            b.RowCount.ShouldBe(0);
            var issue = b.Issues.ShouldHaveSingleItem();
            issue.Rule.ShouldBe(ScalarIssueRules.NotPublished);
            issue.Message.ShouldContain("返回数据为空, code 9201");
        }

        [Fact]
        public void Should_refuse_another_failure_quoting_its_message()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("bad.json", """{"version":null,"result":null,"success":false,"message":"报表名不存在","code":9501}"""));
            (e.Column, e.Value).ShouldBe(("message", "报表名不存在"));
        }

        [Theory]
        [InlineData("\"2026-08-13\"", null)]
        [InlineData("\"13/08/2026\"", "result.data[0].STATISTICS_DATE")]
        public void Should_take_a_plain_date_and_refuse_another_form(string date, string? column)
        {
            var body = $$"""{"version":"x","result":{"pages":1,"data":[{"STATISTICS_DATE":{{date}},"FIN_BALANCE":1,"LOAN_BALANCE":1,"FIN_BUY_AMT":1,"AVG_GUARANTEE_RATIO":250}],"count":1},"success":true,"message":"ok","code":0}""";
            if (column is null)
            {
                Layout.ReadText("m.json", body).Series("CN:MARGIN_BALANCE").Points.Single().Date.ShouldBe(new DateOnly(2026, 8, 13));
            }
            else
            {
                Should.Throw<DataFormatException>(() => Layout.ReadText("m.json", body)).Column.ShouldBe(column);
            }
        }
    }

    public sealed class The_Eastmoney_valuation_report
    {
        private static readonly EastmoneyValuationJsonLayout Layout = new();

        /// <summary>A hand-made body in the report's documented shape: two days of Cambricon, one of a Shenzhen stock without SECUCODE.</summary>
        internal const string Body = """
            {"version":"v","result":{"pages":1,"data":[
            {"TRADE_DATE":"2026-07-06 00:00:00","SECURITY_CODE":"688256","SECUCODE":"688256.SH","SECURITY_NAME_ABBR":"寒武纪","CLOSE_PRICE":600.5,"TOTAL_MARKET_CAP":251000000000.5,"PE_TTM":-120.25,"PB_MRQ":40.1},
            {"TRADE_DATE":"2026-07-03 00:00:00","SECURITY_CODE":"688256","SECUCODE":"688256.SH","SECURITY_NAME_ABBR":"寒武纪","CLOSE_PRICE":590.0,"TOTAL_MARKET_CAP":246000000000,"PE_TTM":null,"PB_MRQ":39.5},
            {"TRADE_DATE":"2026-07-06 00:00:00","SECURITY_CODE":"300308","SECURITY_NAME_ABBR":"中际旭创","TOTAL_MARKET_CAP":150000000000,"PE_TTM":35.5}
            ],"count":3},"success":true,"message":"ok","code":0}
            """;

        [Fact]
        public void Should_give_a_market_cap_and_PE_per_stock_in_yuan()
        {
            var b = SourceReader.Read(new SourceInput("/fixtures/valuation.json", System.Text.Encoding.UTF8.GetBytes(Body)));
            b.Document.Layout.ShouldBe("eastmoney-valuation-json");
            b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["688256.SS:MARKET_CAP", "688256.SS:PE", "300308.SZ:MARKET_CAP", "300308.SZ:PE"]);
            b.Series("688256.SS:MARKET_CAP").Points.ShouldBe([new ScalarPoint(new DateOnly(2026, 7, 3), 246e9), new ScalarPoint(new DateOnly(2026, 7, 6), 251000000000.5)]);
            b.Series("688256.SS:MARKET_CAP").Instrument.Frequency.ShouldBe(Frequency.Daily);
            b.Series("688256.SS:PE").Points.ShouldBe([new ScalarPoint(new DateOnly(2026, 7, 6), -120.25)]);
            b.Series("300308.SZ:PE").Instrument.Name.ShouldBe("Zhongji Innolight P/E (TTM)");
            b.Issues.Where(i => i.Rule == "missing-value").Select(i => i.Symbol).ShouldBe(["688256.SS:PE"]);
        }

        [Fact]
        public void Should_refuse_a_code_that_is_not_six_digits()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("v.json", Body.Replace("\"300308\"", "\"30030\"", StringComparison.Ordinal)));
            (e.Column, e.Value).ShouldBe(("result.data[2].SECURITY_CODE", "30030"));
        }

        [Fact]
        public void Should_not_need_a_unit_conversion_that_a_yuan_amount_does_not_have()
        {
            // TOTAL_MARKET_CAP is read as written (yuan); 251000000000.5 stays exactly that.
            Layout.ReadText("v.json", Body).Series("688256.SS:MARKET_CAP").At(2026, 7, 6).ToString("R", CultureInfo.InvariantCulture).ShouldBe("251000000000.5");
        }
    }
}
