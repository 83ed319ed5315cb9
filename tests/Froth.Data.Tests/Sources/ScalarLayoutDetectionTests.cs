using System.Text;
using Froth.Data.Sources;
using Froth.Data.Sources.Wire;
using Froth.Testing;

namespace Froth.Data.Tests.Sources;

/// <summary>Detection of the valuation, macro, reference and wire layouts from the header, and the errors common to all.</summary>
public sealed class ScalarLayoutDetectionTests
{
    [Theory]
    [InlineData("valuation/hstech_pe_lixinger.csv", "lixinger-valuation")]
    [InlineData("valuation/erp_HSTECH.csv", "erp-monitor")]
    [InlineData("valuation/erp_000688_star50.csv", "erp-monitor")]
    [InlineData("macro/china_cpi_inflation_annual_pct_worldbank.csv", "worldbank-indicator")]
    [InlineData("macro/china_gdp_deflator_inflation_annual_pct_worldbank.csv", "worldbank-indicator")]
    [InlineData("macro/china_gdp_current_usd_worldbank.csv", "worldbank-indicator")]
    [InlineData("macro/gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED.csv", "real-gdp-growth-table")]
    [InlineData("reference/shiller_sp500_monthly.csv", "shiller-monthly")]
    [InlineData("reference/bubbles/SP_DV.csv", "shiller-psy-sample")]
    [InlineData("reference/bubbles/snp.csv", "psymonitor-series")]
    [InlineData("reference/bubbles/spread.csv", "psymonitor-series")]
    [InlineData("reference/bubbles/sim_data.csv", "bubble-reference-undated")]
    [InlineData("reference/bubbles/radf_crit_scalar.csv", "bubble-reference-undated")]
    [InlineData("reference/bubbles/radf_crit_n100_bsadf_cv.csv", "bubble-reference-undated")]
    [InlineData("reference/bubbles/exuber_golden/small_lag0_input.csv", "bubble-reference-undated")]
    [InlineData("reference/bubbles/exuber_golden/small_lag0_output.csv", "bubble-reference-undated")]
    [InlineData("reference/bubbles/exuber_golden/small_lag0_params.csv", "bubble-reference-undated")]
    [InlineData("reference/bubbles/exuber_golden/small_lag1_input.csv", "bubble-reference-undated")]
    [InlineData("wire-samples/yahoo_v8_chart_0700.HK_range5d_2026-08-07.json", "yahoo-chart-json")]
    [InlineData("wire-samples/eastmoney_push2his_kline_1.000300_klt101_fqt1_lmt3_2026-09-30.json", "eastmoney-kline-json")]
    [InlineData("wire-samples/tencent_fqkline_sh000300_day_2026-09-30.json", "tencent-fqkline-json")]
    [InlineData("wire-samples/fred_series_observations_HQMCB10YR_2024-06-27.json", "fred-observations-json")]
    [InlineData("wire-samples/fred_csv_observation_date_header_SP500.csv", "fred-csv")]
    [InlineData("wire-samples/fred_csv_legacy_DATE_header_CHNCPIALLMINMEI_excerpt.csv", "fred-csv")]
    [InlineData("wire-samples/eastmoney_push2_stock_get_116.00700_2026-08-07.json", "quote-snapshot")]
    [InlineData("wire-samples/tencent_qt_gtimg_hk00700_hk09988_2026-08-07.txt", "quote-snapshot")]
    [InlineData("wire-samples/sina_hq_str_sh000001_2026-08-21.txt", "quote-snapshot")]
    [InlineData("margin/cn_margin_total_eastmoney_2012-2026-08.csv", "eastmoney-margin-csv")]
    [InlineData("market_cap/a_quarterly/total_mv_quarterly_wide.csv", "tushare-total-mv-wide")]
    [InlineData("market_cap/hk_daily/2026-07-01.json", "hk-daily-cross-section")]
    [InlineData("market_cap/hk_daily/manifest.json", "hk-daily-cross-section")]
    [InlineData("wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json", "sse-margin-json")]
    [InlineData("wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json", "szse-margin-json")]
    [InlineData("prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv", "fred-csv")]
    public void Should_detect_the_layout_of_each_sample(string relative, string layout)
    {
        var path = SampleData.Path(relative);
        var sniff = SourceReader.Sniff(new SourceInput(path, File.ReadAllBytes(path)));
        SourceLayouts.Detect(sniff)!.Name.ShouldBe(layout);
    }

    [Theory]
    [InlineData("prices/hk/0700.HK.csv")]
    [InlineData("prices/us/NDX_yahoo_1985-2026-02.csv")]
    [InlineData("prices/us/KWEB.csv")]
    [InlineData("prices/cn_index/hstech_investing_2015-2024.csv")]
    [InlineData("prices/cn_index/sh000001_sina_1990-2026.csv")]
    [InlineData("prices/cn_index/sh000688_star50_2019-2026.csv")]
    [InlineData("prices/cn_stocks/sh688256.csv")]
    [InlineData("reference/000001.SS_yahoo_1990-2018.csv")]
    [InlineData("reference/nasdaq_dotcom_1994-2000_lppls.csv")]
    [InlineData("wire-samples/stooq_daily_csv_ndx_excerpt.csv")]
    [InlineData("prices/fx/HKDX_yahoo_2001-07_2024-12.csv")]
    public void Should_leave_every_price_file_to_the_price_layouts(string relative)
    {
        // The price layouts are registered by another branch; none of this branch's layouts may claim their files.
        var path = SampleData.Path(relative);
        var sniff = SourceReader.Sniff(new SourceInput(path, File.ReadAllBytes(path)));
        var mine = new HashSet<string>(
        [
            "lixinger-valuation", "erp-monitor", "worldbank-indicator", "real-gdp-growth-table", "shiller-monthly", "shiller-psy-sample",
            "psymonitor-series", "bubble-reference-undated", "fred-csv", "fred-observations-json", "yahoo-chart-json", "quote-snapshot",
            "eastmoney-kline-json", "tencent-fqkline-json", "margin-balance", "eastmoney-margin-csv", "hk-daily-cross-section",
            "tushare-total-mv-wide", "sse-margin-json", "szse-margin-json", "eastmoney-margin-json", "eastmoney-valuation-json",
        ]);
        SourceLayouts.All.Where(l => mine.Contains(l.Name)).Where(l => l.Matches(sniff)).Select(l => l.Name).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_take_an_upper_case_price_header_for_FRED_series()
    {
        new FredCsvLayout().Matches(new SourceSniff("x.csv", ["DATE,OPEN,HIGH,LOW,CLOSE,VOLUME"])).ShouldBeFalse();
        new FredCsvLayout().Matches(new SourceSniff("x.csv", ["DATE,DGS10,DGS2"])).ShouldBeTrue();
    }

    [Fact]
    public void Should_have_exactly_one_layout_claim_each_new_file_of_section_13()
    {
        foreach (var relative in new[]
        {
            "margin/cn_margin_total_eastmoney_2012-2026-08.csv", "market_cap/a_quarterly/total_mv_quarterly_wide.csv", "market_cap/hk_daily/2026-06-10.json",
            "market_cap/hk_daily/manifest.json", "wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json", "wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json",
        })
        {
            var path = SampleData.Path(relative);
            var sniff = SourceReader.Sniff(new SourceInput(path, File.ReadAllBytes(path)));
            SourceLayouts.All.Count(l => l.Matches(sniff)).ShouldBe(1, relative);
        }
    }

    [Fact]
    public void Should_register_each_layout_once_under_a_unique_name()
    {
        var names = SourceLayouts.All.Select(l => l.Name).ToList();
        names.Distinct(StringComparer.OrdinalIgnoreCase).Count().ShouldBe(names.Count);
        SourceLayouts.Named("FRED-CSV").Name.ShouldBe("fred-csv");
    }

    public sealed class Given_bad_files
    {
        private static ImportBatch Read(string name, string text, string? layout = null) =>
            SourceReader.Read(new SourceInput($"/fixtures/{name}", Encoding.UTF8.GetBytes(text)), layout);

        [Fact]
        public void Should_refuse_an_empty_file()
        {
            var e = Should.Throw<DataFormatException>(() => Read("erp_HSTECH.csv", "", "erp-monitor"));
            e.Location.ShouldBe("/fixtures/erp_HSTECH.csv");
            e.Expected.ShouldContain("empty");
        }

        [Fact]
        public void Should_refuse_a_file_of_blank_lines_when_a_layout_is_forced()
        {
            Should.Throw<DataFormatException>(() => Read("erp_HSTECH.csv", "\n\n", "erp-monitor")).Expected.ShouldContain("header line");
        }

        [Fact]
        public void Should_refuse_a_header_only_file()
        {
            var e = Should.Throw<DataFormatException>(() => Read("shiller.csv", "Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10\n"));
            e.Line.ShouldBe(1);
            e.Expected.ShouldContain("only a header");
        }

        [Fact]
        public void Should_refuse_an_unknown_layout_naming_the_header()
        {
            var e = Should.Throw<DataFormatException>(() => Read("x.csv", "when,how much\n2024-01-01,3\n"));
            e.ShouldPointAt(1, null, "when,how much");
            e.Expected.ShouldContain("--layout");
        }

        [Fact]
        public void Should_say_the_encoding_is_wrong_when_a_GBK_header_cannot_be_recognised()
        {
            // The lixinger header re-saved as GBK: 日期 = C8 D5 C6 DA. Detection cannot read it; the error must say why.
            byte[] gbk = [0xC8, 0xD5, 0xC6, 0xDA, .. ",PE\n2026-04-20,=31.3\n"u8.ToArray()];
            var e = Should.Throw<DataFormatException>(() => SourceReader.Read(new SourceInput("/fixtures/hstech_pe_lixinger.csv", gbk)));
            e.ShouldPointAt(1, null, "0xC8 0xD5 0xC6 0xDA");
            e.Expected.ShouldContain("UTF-8");
        }

        [Fact]
        public void Should_let_a_forced_layout_say_what_it_expected()
        {
            // A FRED download saved with a lower-case header is not detected, but --layout fred-csv reads… and then
            // says exactly what it expected of the header.
            Should.Throw<DataFormatException>(() => Read("x.csv", "date,gs10\n2024-01-01,4.1\n", "fred-csv")).Expected.ShouldContain("observation_date");
        }
    }
}
