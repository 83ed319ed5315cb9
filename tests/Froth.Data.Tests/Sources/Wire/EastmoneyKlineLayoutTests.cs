using Froth.Data.Sources;
using Froth.Data.Sources.Wire;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Wire;

public sealed class EastmoneyKlineLayoutTests
{
    private const string File = "wire-samples/eastmoney_push2his_kline_1.000300_klt101_fqt1_lmt3_2026-09-30.json";
    private static readonly EastmoneyKlineLayout Layout = new();

    [Fact]
    public void Should_read_the_three_CSI_300_sessions_with_close_second_in_each_kline()
    {
        // klines[0] = "2026-09-28,4423.82,4340.76,4423.82,4323.57,171277373,428620471197.90,2.26":
        // date, open, close, high, low, volume, amount, amplitude — so the close is 4340.76, not 4423.82.
        var s = Layout.ReadSample(File).Bars.ShouldHaveSingleItem();
        s.Instrument.Symbol.ShouldBe("000300.SS"); // data.market 1 (Shanghai), data.code 000300: the CSI 300 of the catalogue.
        s.Bars.Count.ShouldBe(3);
        s.Bars[0].ShouldBe(new DailyBar(new DateOnly(2026, 9, 28), 4423.82, 4423.82, 4323.57, 4340.76, 171277373));
        s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2026, 9, 30), 4356.80, 4368.61, 4341.88, 4357.62, 162949626));
        s.Adjustment.ShouldBe(PriceAdjustment.Forward); // fqt1 in the file name: the request asked for qfq.
        s.Source.ShouldBe("eastmoney_push2his_kline_1.000300_klt101_fqt1_lmt3_2026-09-30");
    }

    [Fact]
    public void Should_agree_with_Tencents_kline_of_the_same_days()
    {
        // SOURCES.md §10: the Tencent fqkline recording covers the same three days "and values match".
        var tencent = new TencentKlineLayout().ReadSample("wire-samples/tencent_fqkline_sh000300_day_2026-09-30.json").Bars[0];
        var eastmoney = Layout.ReadSample(File).Bars[0];
        eastmoney.Instrument.Symbol.ShouldBe(tencent.Instrument.Symbol);
        eastmoney.Bars.ShouldBe(tencent.Bars);
    }

    [Theory]
    [InlineData(1, "000001", "000001.SS")] // SSE Composite
    [InlineData(0, "000001", "000001.SZ")] // Ping An Bank, not the index
    [InlineData(0, "300308", "300308.SZ")]
    [InlineData(0, "430047", "430047.BJ")]
    [InlineData(116, "00700", "0700.HK")]
    // Eastmoney's own index codes, not Yahoo's: its quote pages label 100.NDX "纳斯达克" (the Nasdaq Composite)
    // and 100.NDX100 "纳斯达克100" (the Nasdaq-100).
    [InlineData(100, "NDX", "^IXIC")]
    [InlineData(100, "NDX100", "^NDX")]
    [InlineData(100, "SPX", "^GSPC")]
    [InlineData(124, "HSTECH", "HSTECH.HK")]
    [InlineData(105, "pdd", "PDD")]
    public void Should_map_market_and_code_to_a_canonical_symbol(long market, string code, string symbol) =>
        EastmoneyKlineLayout.InstrumentOf("/x.json", market, code, null).Symbol.ShouldBe(symbol);

    [Fact]
    public void Should_take_adjustment_and_interval_from_the_URL()
    {
        var body = LayoutTesting.SampleBytes(File);
        var none = Layout.Read(new SourceInput("https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.000300&klt=101&fqt=0&lmt=3", body));
        none.Bars[0].Adjustment.ShouldBe(PriceAdjustment.None);
        none.Bars[0].Source.ShouldBe("eastmoney");
        Should.Throw<DataFormatException>(() => Layout.Read(new SourceInput("https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.000300&klt=102&fqt=1", body)))
            .ShouldPointAt(null, "klt", "102");
    }

    [Fact]
    public void Should_refuse_an_error_response()
    {
        Should.Throw<DataFormatException>(() => Layout.ReadText("kline.json", "{\"rc\":102,\"rt\":17,\"data\":null}")).ShouldPointAt(null, "rc", "102");
        Should.Throw<DataFormatException>(() => Layout.ReadText("kline.json", "{\"rc\":0,\"rt\":17,\"data\":null}")).ShouldPointAt(null, "data", "null");
    }

    [Fact]
    public void Should_name_the_kline_with_a_bad_field()
    {
        var text = "{\"rc\":0,\"data\":{\"code\":\"000300\",\"market\":1,\"klines\":[\"2026-09-28,4423.82,-,4423.82,4323.57,171277373\"]}}";
        Should.Throw<DataFormatException>(() => Layout.ReadText("kline.json", text)).ShouldPointAt(null, "data.klines[0] (close)", "-");
        var shortKline = "{\"rc\":0,\"data\":{\"code\":\"000300\",\"market\":1,\"klines\":[\"2026-09-28,4423.82\"]}}";
        Should.Throw<DataFormatException>(() => Layout.ReadText("kline.json", shortKline)).Column.ShouldBe("data.klines[0]");
    }

    [Fact]
    public void Should_refuse_a_wrong_type_and_a_missing_field()
    {
        Should.Throw<DataFormatException>(() => Layout.ReadText("kline.json", "{\"rc\":0,\"data\":{\"code\":\"000300\",\"market\":\"1\",\"klines\":[]}}"))
            .ShouldPointAt(null, "data.market", "\"1\"");
        Should.Throw<DataFormatException>(() => Layout.ReadText("kline.json", "{\"rc\":0,\"data\":{\"code\":\"000300\",\"market\":1}}"))
            .Column.ShouldBe("data.klines");
    }

    [Fact]
    public void Should_report_an_empty_kline_list_without_inventing_a_series()
    {
        var b = Layout.ReadText("kline.json", "{\"rc\":0,\"data\":{\"code\":\"000300\",\"market\":1,\"klines\":[]}}");
        b.Bars.ShouldBeEmpty();
        b.IssuesOf("no-rows").ShouldHaveSingleItem();
    }

    [Fact]
    public void Should_name_where_a_truncated_body_breaks()
    {
        var bytes = LayoutTesting.SampleBytes(File)[..250];
        var e = Should.Throw<DataFormatException>(() => Layout.ReadBytes("kline.json", bytes));
        e.Line.ShouldBe(1);
        e.Column.ShouldBe("byte 250");
    }
}
