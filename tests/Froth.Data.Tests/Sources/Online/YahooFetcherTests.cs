using System.Net;
using System.Net.Sockets;
using Froth.Data.Sources.Online;
using Froth.Series;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

public sealed class YahooFetcherTests
{
    private const string Recording = "wire-samples/yahoo_v8_chart_0700.HK_range5d_2026-08-07.json";

    public sealed class RequestUri
    {
        [Fact]
        public void Should_ask_the_v8_chart_for_the_whole_history_up_to_today_with_dividends_splits_and_adjclose()
        {
            using var rig = new OnlineRig("yahoo");

            var uri = rig.Fetcher.RequestUri(new FetchRequest("0700.HK"));

            (uri.Scheme, uri.Host, uri.AbsolutePath).ShouldBe(("https", "query1.finance.yahoo.com", "/v8/finance/chart/0700.HK"));
            var q = new ScriptedRequest(uri, default, "");
            // period1 = 1900-01-01T00:00Z = -(70 years incl. 17 leap days = 25,567 days) × 86,400 s = -2,208,988,800;
            // period2 = the day after today (2026-11-23T00:00Z) = 20,780 days × 86,400 s = 1,795,392,000.
            q.Query("period1").ShouldBe("-2208988800");
            q.Query("period2").ShouldBe("1795392000");
            q.Query("interval").ShouldBe("1d");
            q.Query("events").ShouldBe("div,splits");
            q.Query("includeAdjustedClose").ShouldBe("true");
        }

        [Fact]
        public void Should_escape_index_and_currency_symbols_and_take_the_range_from_the_request()
        {
            using var rig = new OnlineRig("yahoo");

            var ndx = rig.Fetcher.RequestUri(new FetchRequest("^NDX", new DateOnly(2024, 7, 10), new DateOnly(2024, 7, 11)));
            var hkd = rig.Fetcher.RequestUri(new FetchRequest("HKD=X"));

            ndx.AbsolutePath.ShouldBe("/v8/finance/chart/%5ENDX");
            // 2024-07-10T00:00Z = 19,914 days since 1970-01-01 = 1,720,569,600 s; 2024-07-12T00:00Z = 1,720,742,400 s.
            new ScriptedRequest(ndx, default, "").Query("period1").ShouldBe("1720569600");
            new ScriptedRequest(ndx, default, "").Query("period2").ShouldBe("1720742400");
            hkd.AbsolutePath.ShouldBe("/v8/finance/chart/HKD%3DX");
        }

        [Fact]
        public void Should_ask_for_the_Hang_Seng_TECH_index_by_Yahoos_symbol()
        {
            // Yahoo lists the index as HSTECH.HK (there is no ^HSTECH), which is also Froth's canonical symbol.
            using var rig = new OnlineRig("yahoo");

            var symbol = rig.Fetcher.ResolveSymbol("HSTECH");

            symbol.ShouldBe("HSTECH.HK");
            rig.Fetcher.RequestUri(new FetchRequest(symbol)).AbsolutePath.ShouldBe("/v8/finance/chart/HSTECH.HK");
        }

        [Fact]
        public void Should_refuse_a_valuation_series_before_any_request()
        {
            using var rig = new OnlineRig("yahoo");

            var e = Should.Throw<FetchException>(() => rig.Fetcher.ResolveSymbol("HSTECH.HK:PE"));

            e.Failure.ShouldBe(FetchFailure.Unsupported);
            rig.Handler.Requests.ShouldBeEmpty();
        }
    }

    public sealed class Recorded
    {
        [Fact]
        public async Task Should_read_the_recorded_chart_with_the_URL_as_provenance()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.WhenUrlContains("/v8/finance/chart/0700.HK?", Replies.Sample(Recording));

            var batch = (await rig.Fetch("TENCENT")).ShouldHaveSingleItem();

            rig.Handler.Requests.ShouldHaveSingleItem().Uri.Host.ShouldBe("query1.finance.yahoo.com");
            batch.Document.Location.ShouldBe(rig.Handler.Requests[0].Uri.AbsoluteUri);
            batch.Document.Layout.ShouldBe("yahoo-chart-json");
            var series = batch.Bars.ShouldHaveSingleItem();
            (series.Instrument.Symbol, series.Source, series.Adjustment).ShouldBe(("0700.HK", "yahoo", PriceAdjustment.None));
            // Timestamps 1785720600 … 1786066200 are 01:30 UTC = 09:30 in Hong Kong (UTC+8) on 2026-08-03 … 2026-08-07.
            series.Bars.Select(b => b.Date).ShouldBe([new(2026, 8, 3), new(2026, 8, 4), new(2026, 8, 5), new(2026, 8, 6), new(2026, 8, 7)]);
            // The recording's last quote: close 478.79998779296875, volume 16320039.
            (series.Bars[^1].Close, series.Bars[^1].Volume).ShouldBe((478.79998779296875, 16320039d));
        }
    }

    public sealed class Failures
    {
        [Fact]
        public async Task Should_say_Yahoo_does_not_know_a_symbol_on_404_with_its_own_words()
        {
            // The body Yahoo sends with a 404 for an unknown symbol (hand-made in that shape).
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Status(HttpStatusCode.NotFound, text: "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\",\"description\":\"No data found, symbol may be delisted\"}}}"));

            var e = await rig.Failure("0700.HX");

            e.Failure.ShouldBe(FetchFailure.NotFound);
            e.Message.ShouldBe("0700.HX: yahoo does not know this symbol (asked for 0700.HX; HTTP 404 Not Found from query1.finance.yahoo.com (No data found, symbol may be delisted)); check the symbol, or try another --source.");
            rig.Handler.Requests.Count.ShouldBe(1);
        }

        [Fact]
        public async Task Should_say_when_to_try_again_after_429s_outlast_the_retries()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Status(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(20)));

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.RateLimited);
            rig.Handler.Requests.Count.ShouldBe(4);
            e.Message.ShouldStartWith("0700.HK: query1.finance.yahoo.com is rate-limiting these requests (HTTP 429 Too Many Requests, 4 attempts); try again after ");
            e.Message.ShouldEndWith(" UTC (the server's Retry-After, 20 s from now).");
        }

        [Fact]
        public async Task Should_say_when_to_try_again_when_the_server_asks_for_too_long_a_wait()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Status(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromHours(1)));

            var e = await rig.Failure("0700.HK");

            // 2026-11-22 09:30 UTC + 1 h, the fake clock not having moved (no wait).
            e.Message.ShouldContain("(HTTP 429 Too Many Requests, 1 attempt); try again after 2026-11-22 10:30:00 UTC (the server's Retry-After, 60 min from now).");
        }

        [Fact]
        public async Task Should_report_a_server_error_after_the_retries()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Status(HttpStatusCode.InternalServerError));

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.ServerError);
            e.Message.ShouldBe("0700.HK: query1.finance.yahoo.com failed with HTTP 500 Internal Server Error (4 attempts); the service is having trouble, try again later.");
        }

        [Fact]
        public async Task Should_report_a_time_out()
        {
            using var rig = new OnlineRig("yahoo", o => o with { AttemptTimeout = TimeSpan.FromSeconds(3) });
            rig.Handler.Always(Replies.Hang());

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.Timeout);
            e.Message.ShouldBe("0700.HK: query1.finance.yahoo.com did not answer within 3 s (4 attempts); try again later.");
        }

        [Fact]
        public async Task Should_say_there_is_no_network_in_one_line_without_retrying()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Throw(new HttpRequestException("Name or service not known (query1.finance.yahoo.com:443)", new SocketException((int)SocketError.HostNotFound))));

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.Offline);
            e.Message.ShouldStartWith("cannot reach query1.finance.yahoo.com: no network connection (");
            e.Message.ShouldNotContain(Environment.NewLine);
            rig.Handler.Requests.Count.ShouldBe(1);
        }

        [Fact]
        public async Task Should_report_Yahoos_error_inside_a_200()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Text("{\"chart\":{\"result\":null,\"error\":{\"code\":\"Bad Request\",\"description\":\"Data doesn't exist for startDate = 1, endDate = 2\"}}}"));

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.ApiError);
            e.Message.ShouldContain("column 'chart.error': got 'Bad Request: Data doesn't exist");
        }

        [Fact]
        public async Task Should_name_the_URL_and_position_of_a_truncated_body()
        {
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.TruncatedSample(Recording, 600));

            var e = await rig.Failure("0700.HK");

            e.Failure.ShouldBe(FetchFailure.BadResponse);
            e.Message.ShouldStartWith("0700.HK: https://query1.finance.yahoo.com/v8/finance/chart/0700.HK?period1=");
            e.Message.ShouldContain("byte");
        }

        [Fact]
        public async Task Should_refuse_a_body_that_holds_another_symbol()
        {
            // The recording holds 0700.HK; asked for 9988.HK it must not be stored as 9988.HK nor as 0700.HK.
            using var rig = new OnlineRig("yahoo");
            rig.Handler.Always(Replies.Sample(Recording));

            var e = await rig.Failure("9988.HK");

            e.Failure.ShouldBe(FetchFailure.BadResponse);
            e.Message.ShouldEndWith("holds 0700.HK, not the 9988.HK asked for; nothing was stored.");
        }
    }
}
