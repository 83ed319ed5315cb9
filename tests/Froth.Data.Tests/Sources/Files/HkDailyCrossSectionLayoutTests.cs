using System.Text.Json;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// <c>market_cap/hk_daily/YYYY-MM-DD.json</c> (SOURCES.md §13): 27 daily cross-sections of every Hong Kong stock (2,734–2,764
/// each), <c>mc</c> in 亿 of the counter's currency, <c>pe</c> PE-TTM, and a <c>manifest.json</c>. Expected values are read
/// from the files here with <see cref="JsonDocument"/>, independently of the layout.
/// </summary>
public sealed class HkDailyCrossSectionLayoutTests
{
    private const string Day = "market_cap/hk_daily/2026-07-24.json";

    private static readonly HkDailyCrossSectionLayout Layout = new();
    private static readonly Lazy<ImportBatch> Batch = new(() => Layout.ReadSample(Day));

    /// <summary>The stocks of the day file, by code, as the file writes them.</summary>
    private static readonly Lazy<Dictionary<string, JsonElement>> Stocks = new(() =>
    {
        using var doc = JsonDocument.Parse(LayoutTesting.SampleBytes(Day));
        return doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => e.Clone());
    });

    private static string Json(string body) => body;

    public sealed class Given_a_day_of_the_snapshot
    {
        [Fact]
        public void Should_be_detected_with_its_manifest()
        {
            foreach (var file in new[] { Day, "market_cap/hk_daily/2026-06-10.json", "market_cap/hk_daily/manifest.json" })
            {
                var path = SampleData.Path(file);
                SourceLayouts.Detect(SourceReader.Sniff(new SourceInput(path, File.ReadAllBytes(path))))!.Name.ShouldBe("hk-daily-cross-section", file);
            }
        }

        [Fact]
        public void Should_give_a_market_cap_and_a_PE_per_stock_dated_by_the_file_name()
        {
            // SOURCES.md: 2,764 stocks on 2026-07-24; every one has an mc, one (06158) has a P/E of 0 (no P/E).
            var b = Batch.Value;
            Stocks.Value.Count.ShouldBe(2764);
            b.Scalars.Count(s => s.Instrument.Symbol.EndsWith(":MARKET_CAP", StringComparison.Ordinal)).ShouldBe(2764);
            var zeroPe = Stocks.Value.Values.Count(s => s.GetProperty("pe").GetDouble() == 0);
            b.Scalars.Count(s => s.Instrument.Symbol.EndsWith(":PE", StringComparison.Ordinal)).ShouldBe(2764 - zeroPe);
            b.Scalars.ShouldAllBe(s => s.Points.Count == 1 && s.Points[0].Date == new DateOnly(2026, 7, 24) && s.Source == "hk_daily");
            b.CrossSection!.Date.ShouldBe(new DateOnly(2026, 7, 24));
            b.CrossSection.Family.ShouldEndWith("market_cap/hk_daily");
        }

        [Fact]
        public void Should_convert_Tencent_s_market_cap_from_yi_to_Hong_Kong_dollars()
        {
            // 00700 mc 39516.08 亿 HKD (SOURCES.md's example record) = 3,951,608,000,000 HKD.
            Stocks.Value["00700"].GetProperty("mc").GetDouble().ShouldBe(39516.08);
            var cap = Batch.Value.Series("0700.HK:MARKET_CAP");
            cap.Points.Single().Value.ShouldBe(3_951_608_000_000d);
            (cap.Instrument.Kind, cap.Instrument.Unit, cap.Instrument.Market, cap.Instrument.Name).ShouldBe((InstrumentKind.Valuation, "HKD", "HK", "Tencent Holdings market capitalisation (HKD)"));
            cap.Instrument.Aliases.ShouldContain("TENCENT:MARKET_CAP");
            var pe = Batch.Value.Series("0700.HK:PE");
            pe.Points.Single().Value.ShouldBe(Stocks.Value["00700"].GetProperty("pe").GetDouble());
            pe.Instrument.Unit.ShouldBe("ratio");
        }

        [Theory]
        [InlineData("00700", "0700.HK")]
        [InlineData("09988", "9988.HK")]
        [InlineData("00001", "0001.HK")]
        [InlineData("89988", "89988.HK")]
        [InlineData("80020", "80020.HK")]
        public void Should_map_the_five_digit_code_exactly_to_the_Yahoo_symbol(string code, string symbol)
        {
            var expected = Stocks.Value[code].GetProperty("mc").GetDecimal() * 100_000_000m;
            Batch.Value.Series($"{symbol}:MARKET_CAP").Points.Single().Value.ShouldBe((double)expected);
        }

        [Fact]
        public void Should_store_a_renminbi_counter_in_yuan_and_never_as_its_Hong_Kong_twin()
        {
            // 89988 (Alibaba RMB counter, cur CNY) is its own symbol, in CNY; its mc is 0.86× that of 09988 (HKD).
            var rmb = Batch.Value.Series("89988.HK:MARKET_CAP");
            var hkd = Batch.Value.Series("9988.HK:MARKET_CAP");
            rmb.Instrument.Unit.ShouldBe("CNY");
            hkd.Instrument.Unit.ShouldBe("HKD");
            rmb.Points[0].Value.ShouldNotBe(hkd.Points[0].Value);
            Stocks.Value.Values.Count(s => s.GetProperty("cur").GetString() == "CNY").ShouldBe(Batch.Value.Scalars.Count(s => s.Instrument.Unit == "CNY"));
        }

        [Fact]
        public void Should_report_a_PE_of_zero_as_missing()
        {
            var missing = Batch.Value.IssuesOf("missing-value").ShouldHaveSingleItem();
            (missing.Symbol, missing.Value, missing.Action).ShouldBe(("6158.HK:PE", "0.0", IssueAction.Skipped));
            missing.Column.ShouldNotBeNull().ShouldEndWith(".pe");
        }

        [Fact]
        public void Should_refuse_the_manifest_as_metadata()
        {
            var e = Should.Throw<RefusedDocumentException>(() => Layout.ReadSample("market_cap/hk_daily/manifest.json"));
            e.Reason.ShouldBe("a manifest of the Hong Kong daily cross-sections (the list of their dates), not market data");
        }
    }

    public sealed class Given_pathological_files
    {
        [Fact]
        public void Should_name_a_missing_market_cap_and_PE_per_stock()
        {
            var b = Layout.ReadText("2026-01-02.json", Json("""[{"code":"00700","name":"x","pe":null,"mc":1.5,"cur":"HKD"},{"code":"00005","cur":"HKD","pe":10}]"""));
            b.Series("0700.HK:MARKET_CAP").Points.Single().Value.ShouldBe(150_000_000);
            b.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["0700.HK:MARKET_CAP", "0005.HK:PE"]);
            b.IssuesOf("missing-value").Select(i => (i.Symbol, i.Column, i.Value)).ShouldBe([("0700.HK:PE", "[0].pe", "null"), ("0005.HK:MARKET_CAP", "[1].mc", "")]);
        }

        [Fact]
        public void Should_refuse_a_file_name_that_is_not_a_date()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("latest.json", """[{"code":"00700","pe":1,"mc":1,"cur":"HKD"}]"""));
            e.Value.ShouldBe("latest.json");
            e.Expected.ShouldContain("date of the cross-section");
        }

        [Theory]
        [InlineData("""[{"code":"0700","pe":1,"mc":1,"cur":"HKD"}]""", "[0].code", "0700")]
        [InlineData("""[{"code":"00700","pe":1,"mc":-1,"cur":"HKD"}]""", "[0].mc", "-1")]
        [InlineData("""[{"code":"00700","pe":1,"mc":"12","cur":"HKD"}]""", "[0].mc", "\"12\"")]
        [InlineData("""[{"code":"00700","pe":"x","mc":1,"cur":"HKD"}]""", "[0].pe", "\"x\"")]
        [InlineData("""[{"code":"00700","pe":1,"mc":1,"cur":"HK$"}]""", "[0].cur", "HK$")]
        [InlineData("""[{"code":"00700","pe":1,"mc":1,"cur":"HKD"},{"code":"00700","pe":2,"mc":2,"cur":"HKD"}]""", "[1].code", "00700")]
        public void Should_name_the_path_and_value_of_a_bad_field(string body, string path, string value)
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("2026-01-02.json", body));
            (e.Column, e.Value).ShouldBe((path, value));
        }

        [Fact]
        public void Should_name_the_byte_where_a_truncated_file_breaks()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("2026-01-02.json", """[{"code":"00700","pe":1,"mc":1,"""));
            e.Column.ShouldNotBeNull().ShouldStartWith("byte ");
            e.Expected.ShouldContain("complete, valid JSON");
        }
    }
}
