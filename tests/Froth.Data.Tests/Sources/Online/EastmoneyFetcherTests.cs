using Froth.Data.Sources.Online;
using Froth.Series;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

public sealed class EastmoneyFetcherTests
{
    private const string Recording = "wire-samples/eastmoney_push2his_kline_1.000300_klt101_fqt1_lmt3_2026-09-30.json";

    public sealed class RequestUri
    {
        [Fact]
        public void Should_ask_push2his_for_daily_forward_adjusted_klines_of_a_secid_over_the_range()
        {
            using var rig = new OnlineRig("eastmoney");

            var uri = rig.Fetcher.RequestUri(new FetchRequest("000300.SS", new DateOnly(2026, 9, 28), new DateOnly(2026, 9, 30)));

            (uri.Host, uri.AbsolutePath).ShouldBe(("push2his.eastmoney.com", "/api/qt/stock/kline/get"));
            var q = new ScriptedRequest(uri, default, "");
            q.QueryNames.ShouldBe(["secid", "fields1", "fields2", "klt", "fqt", "beg", "end"]);
            (q.Query("secid"), q.Query("klt"), q.Query("fqt"), q.Query("beg"), q.Query("end")).ShouldBe(("1.000300", "101", "1", "20260928", "20260930"));
            // f51…f58: date, open, close, high, low, volume, amount, amplitude — the eight fields of the recording's klines.
            q.Query("fields2").ShouldBe("f51,f52,f53,f54,f55,f56,f57,f58");
        }

        [Theory]
        [InlineData("CAMBRICON", "1.688256")]
        [InlineData("sz300308", "0.300308")]
        [InlineData("0700.HK", "116.00700")]
        [InlineData("HSTECH", "124.HSTECH")]
        [InlineData("NDX", "100.NDX100")]
        [InlineData("^IXIC", "100.NDX")]
        [InlineData("SSEC", "1.000001")]
        public void Should_resolve_aliases_and_map_them_to_secids(string typed, string secId)
        {
            using var rig = new OnlineRig("eastmoney");

            var uri = rig.Fetcher.RequestUri(new FetchRequest(rig.Fetcher.ResolveSymbol(typed)));

            new ScriptedRequest(uri, default, "").Query("secid").ShouldBe(secId);
        }

        [Fact]
        public void Should_start_at_1900_and_end_today_by_default()
        {
            using var rig = new OnlineRig("eastmoney");

            var q = new ScriptedRequest(rig.Fetcher.RequestUri(new FetchRequest("000300.SS")), default, "");

            (q.Query("beg"), q.Query("end")).ShouldBe(("19000101", "20261122"));
        }

        [Fact]
        public void Should_refuse_a_US_stock_whose_exchange_a_symbol_does_not_say()
        {
            using var rig = new OnlineRig("eastmoney");

            var e = Should.Throw<FetchException>(() => rig.Fetcher.CodeOf("AAPL"));

            e.Failure.ShouldBe(FetchFailure.Unsupported);
            e.Message.ShouldStartWith("eastmoney has no code for AAPL:");
        }
    }

    public sealed class Recorded
    {
        [Fact]
        public async Task Should_read_the_recorded_klines_as_forward_adjusted_CSI_300_bars()
        {
            using var rig = new OnlineRig("eastmoney");
            rig.Handler.WhenUrlContains("secid=1.000300", Replies.Sample(Recording));

            var batch = (await rig.Fetch("CSI300", new DateOnly(2026, 9, 28), new DateOnly(2026, 9, 30))).ShouldHaveSingleItem();

            var series = batch.Bars.ShouldHaveSingleItem();
            (series.Instrument.Symbol, series.Source, series.Adjustment).ShouldBe(("000300.SS", "eastmoney", PriceAdjustment.Forward));
            // The recording's first kline: "2026-09-28,4423.82,4340.76,4423.82,4323.57,171277373,…" (open, close, high, low).
            series.Bars[0].ShouldBe(new DailyBar(new DateOnly(2026, 9, 28), 4423.82, 4423.82, 4323.57, 4340.76, 171277373));
            batch.Document.Location.ShouldStartWith("https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.000300&");
        }
    }

    public sealed class Failures
    {
        [Fact]
        public async Task Should_call_data_null_an_unknown_secid()
        {
            using var rig = new OnlineRig("eastmoney");
            rig.Handler.Always(Replies.Text("{\"rc\":0,\"rt\":17,\"svr\":1,\"lt\":1,\"full\":0,\"dlmkts\":\"\",\"data\":null}"));

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.NotFound);
            e.Message.ShouldStartWith("0700.HK: https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=116.00700&");
            e.Message.ShouldContain("Eastmoney answers data:null for a secid it does not know");
        }

        [Fact]
        public async Task Should_report_a_non_zero_rc_as_an_API_error()
        {
            using var rig = new OnlineRig("eastmoney");
            rig.Handler.Always(Replies.Text("{\"rc\":102,\"rt\":17,\"data\":null}"));

            var e = await rig.Failure("000300.SS");

            e.Failure.ShouldBe(FetchFailure.ApiError);
            e.Message.ShouldContain("column 'rc': got '102'");
        }

        [Fact]
        public async Task Should_name_the_position_of_a_truncated_body()
        {
            using var rig = new OnlineRig("eastmoney");
            rig.Handler.Always(Replies.TruncatedSample(Recording, 250));

            var e = await rig.Failure("000300.SS");

            e.Failure.ShouldBe(FetchFailure.BadResponse);
            e.Message.ShouldContain("byte");
        }
    }
}
