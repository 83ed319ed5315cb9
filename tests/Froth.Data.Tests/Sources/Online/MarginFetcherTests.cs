using System.Text;
using System.Text.Json;
using Froth.Data.Sources;
using Froth.Data.Sources.Online;
using Froth.Data.Tests.Sources.Wire;
using Froth.Testing;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

/// <summary>
/// The SSE, SZSE and Eastmoney margin fetchers and the Eastmoney valuation fetcher over the real client setup and a
/// scripted handler: the SSE and SZSE answers are the recordings in wire-samples; Eastmoney's datacenter has none, so
/// its bodies are hand-made in the documented shape (<see cref="MarginResponseLayoutTests"/>). Today is 2026-11-22.
/// </summary>
public sealed class MarginFetcherTests
{
    private const string SseSample = "wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json";
    private const string SzseSample = "wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json";

    /// <summary>The SSE recording with its rows removed: SSE's answer for a range (or page) without data.</summary>
    internal static string SseEmpty()
    {
        var text = File.ReadAllText(SampleData.Path(SseSample));
        using var doc = JsonDocument.Parse(text);
        return text.Replace(doc.RootElement.GetProperty("pageHelp").GetProperty("data").GetRawText(), "[]", StringComparison.Ordinal);
    }

    /// <summary>The SZSE recording for another day with no data: SZSE's answer for a day it has not published.</summary>
    internal static string SzseEmpty(string day) =>
        File.ReadAllText(SampleData.Path(SzseSample))
            .Replace("\"subname\":\"2026-08-03\"", $"\"subname\":\"{day}\"", StringComparison.Ordinal)
            .Replace("\"data\":[{\"jrrzmr\"", "\"data\":[],\"was\":[{\"jrrzmr\"", StringComparison.Ordinal);

    public sealed class Sse
    {
        [Theory]
        [InlineData("SH")]
        [InlineData("sse")]
        [InlineData("Shanghai")]
        [InlineData("SH:MARGIN_BALANCE")]
        [InlineData("sh:lending_balance")]
        public void Should_take_the_market_or_any_of_its_margin_series(string typed)
        {
            using var rig = new OnlineRig("sse-margin");
            rig.Fetcher.ResolveSymbol(typed).ShouldBe("SH:MARGIN_BALANCE");
        }

        [Theory]
        [InlineData("SZ")]
        [InlineData("SH:PE")]
        [InlineData("0700.HK")]
        public void Should_refuse_what_it_does_not_serve(string typed)
        {
            using var rig = new OnlineRig("sse-margin");
            Should.Throw<FetchException>(() => rig.Fetcher.ResolveSymbol(typed)).Failure.ShouldBe(FetchFailure.Unsupported);
        }

        [Fact]
        public void Should_ask_for_the_whole_history_without_a_range_and_for_a_range_with_one()
        {
            using var rig = new OnlineRig("sse-margin");
            rig.Fetcher.RequestUri(new FetchRequest("SH:MARGIN_BALANCE")).AbsoluteUri.ShouldBe(
                "https://query.sse.com.cn/marketdata/tradedata/queryMargin.do?isPagination=true&beginDate=&endDate=&tabType=&stockCode=&pageHelp.pageSize=5000&pageHelp.pageNo=1&pageHelp.beginPage=1&pageHelp.cacheSize=1&pageHelp.endPage=1");
            var ranged = rig.Fetcher.RequestUri(new FetchRequest("SH:MARGIN_BALANCE", new DateOnly(2026, 7, 28), new DateOnly(2026, 8, 3)));
            ranged.Query.ShouldContain("beginDate=20260728&endDate=20260803");
        }

        [Fact]
        public async Task Should_read_the_recorded_page_and_stop_at_the_first_empty_one()
        {
            // The recording is page 1 of 794 (it was asked for 5 rows a page); page 2 here comes back empty.
            using var rig = new OnlineRig("sse-margin");
            rig.Handler.WhenUrlContains("pageHelp.pageNo=1&", Replies.Sample(SseSample)).WhenUrlContains("pageHelp.pageNo=2&", Replies.Text(SseEmpty()));

            var batches = await rig.Fetch("SH", new DateOnly(2026, 7, 28), new DateOnly(2026, 8, 3));

            rig.Handler.Requests.Count.ShouldBe(2);
            var batch = batches.ShouldHaveSingleItem();
            batch.Document.Layout.ShouldBe("sse-margin-json");
            batch.Scalars.Count.ShouldBe(7);
            batch.Scalars.ShouldAllBe(s => s.Source == "sse-margin");
            batch.Series("SH:MARGIN_BALANCE").At(2026, 8, 3).ShouldBe(1_323_258_064_454d);
        }

        [Fact]
        public async Task Should_return_an_unpublished_range_as_a_document_without_rows()
        {
            using var rig = new OnlineRig("sse-margin");
            rig.Handler.Always(Replies.Text(SseEmpty()));

            var batch = (await rig.Fetch("SH", new DateOnly(2026, 11, 22), new DateOnly(2026, 11, 22))).ShouldHaveSingleItem();

            batch.RowCount.ShouldBe(0);
            batch.Issues.ShouldHaveSingleItem().Rule.ShouldBe(ScalarIssueRules.NotPublished);
        }
    }

    public sealed class Szse
    {
        [Fact]
        public async Task Should_ask_for_each_weekday_and_keep_an_unpublished_day_as_nothing()
        {
            // Friday 2026-07-31 to Tuesday 2026-08-04: three weekdays. Only 2026-08-03 has a recording; the other two
            // come back empty (not published), which is not a failure and not zero.
            using var rig = new OnlineRig("szse-margin");
            rig.Handler
                .WhenUrlContains("txtDate=2026-08-03", Replies.Sample(SzseSample))
                .WhenUrlContains("txtDate=2026-07-31", Replies.Text(SzseEmpty("2026-07-31")))
                .WhenUrlContains("txtDate=2026-08-04", Replies.Text(SzseEmpty("2026-08-04")));

            var batches = await rig.Fetch("SZSE", new DateOnly(2026, 7, 31), new DateOnly(2026, 8, 4));

            rig.Handler.Requests.Select(r => r.Query("txtDate")).ShouldBe(["2026-07-31", "2026-08-03", "2026-08-04"]);
            rig.Handler.Requests[0].Uri.AbsoluteUri.ShouldBe("https://www.szse.cn/api/report/ShowReport/data?SHOWTYPE=JSON&CATALOGID=1837_xxpl&TABKEY=tab1&txtDate=2026-07-31");
            batches.Select(b => b.RowCount).ShouldBe([0, 6, 0]);
            batches[0].Issues.ShouldHaveSingleItem().Rule.ShouldBe(ScalarIssueRules.NotPublished);
            batches[1].Series("SZ:MARGIN_BALANCE").At(2026, 8, 3).ShouldBe(1_248_916_000_000d);
            batches[1].Scalars.ShouldAllBe(s => s.Source == "szse-margin");
        }

        [Fact]
        public void Should_default_to_the_last_31_days_and_refuse_more_than_a_year()
        {
            using var rig = new OnlineRig("szse-margin");
            rig.Fetcher.RequestUri(new FetchRequest("SZ:MARGIN_BALANCE")).Query.ShouldEndWith("txtDate=2026-10-22");
            var e = Should.Throw<FetchException>(() => rig.Fetcher.RequestUri(new FetchRequest("SZ:MARGIN_BALANCE", new DateOnly(2024, 1, 1), new DateOnly(2026, 1, 1))));
            e.Failure.ShouldBe(FetchFailure.Unsupported);
            e.Message.ShouldContain("ask for at most a year at a time");
        }
    }

    public sealed class EastmoneyMargin
    {
        [Fact]
        public async Task Should_fetch_every_page_of_the_report()
        {
            var page1 = MarginResponseLayoutTests.The_Eastmoney_report.Body().Replace("\"pages\":1", "\"pages\":2", StringComparison.Ordinal);
            const string page2 = """{"version":"a1b2","result":{"pages":2,"data":[{"STATISTICS_DATE":"2026-08-11 00:00:00","FIN_BALANCE":26400.5,"LOAN_BALANCE":250.25,"FIN_BUY_AMT":2000.75,"AVG_GUARANTEE_RATIO":283.5}],"count":3},"success":true,"message":"ok","code":0}""";
            using var rig = new OnlineRig("eastmoney-margin");
            rig.Handler.WhenUrlContains("pageNumber=1&", Replies.Text(page1)).WhenUrlContains("pageNumber=2&", Replies.Text(page2));

            var batches = await rig.Fetch("CN", new DateOnly(2026, 8, 1));

            rig.Handler.Requests[0].Uri.AbsoluteUri.ShouldBe(
                "https://datacenter-web.eastmoney.com/api/data/v1/get?reportName=RPTA_WEB_MARGIN_DAILYTRADE&columns=ALL&filter=%28STATISTICS_DATE%3E%3D%272026-08-01%27%29&sortColumns=STATISTICS_DATE&sortTypes=-1&pageSize=500&pageNumber=1&source=WEB&client=WEB");
            batches.Count.ShouldBe(2);
            batches[1].Series("CN:MARGIN_BALANCE").At(2026, 8, 11).ShouldBe(2_640_050_000_000d);
            batches.ShouldAllBe(b => b.Scalars.All(s => s.Source == "eastmoney-margin"));
        }

        [Fact]
        public async Task Should_return_the_no_data_answer_as_a_document_without_rows()
        {
            using var rig = new OnlineRig("eastmoney-margin");
            rig.Handler.Always(Replies.Text("""{"version":null,"result":null,"success":false,"message":"返回数据为空","code":9201}"""));

            var batch = (await rig.Fetch("CN:MARGIN_BALANCE", new DateOnly(2026, 11, 22))).ShouldHaveSingleItem();

            batch.RowCount.ShouldBe(0);
            batch.Issues.ShouldHaveSingleItem().Rule.ShouldBe(ScalarIssueRules.NotPublished);
        }
    }

    public sealed class EastmoneyValuation
    {
        [Fact]
        public async Task Should_filter_on_the_security_code_and_hold_only_that_stock()
        {
            var body = MarginResponseLayoutTests.The_Eastmoney_valuation_report.Body;
            var cambricon = body.Replace(",\n{\"TRADE_DATE\":\"2026-07-06 00:00:00\",\"SECURITY_CODE\":\"300308\",\"SECURITY_NAME_ABBR\":\"中际旭创\",\"TOTAL_MARKET_CAP\":150000000000,\"PE_TTM\":35.5}", "", StringComparison.Ordinal);
            using var rig = new OnlineRig("eastmoney-valuation");
            rig.Handler.Always(Replies.Text(cambricon));

            var batch = (await rig.Fetch("CAMBRICON")).ShouldHaveSingleItem();

            rig.Handler.Requests.ShouldHaveSingleItem().Query("filter").ShouldBe("(SECURITY_CODE=\"688256\")");
            batch.Scalars.Select(s => s.Instrument.Symbol).ShouldBe(["688256.SS:MARKET_CAP", "688256.SS:PE"]);
        }

        [Fact]
        public async Task Should_refuse_an_answer_that_holds_another_stock()
        {
            using var rig = new OnlineRig("eastmoney-valuation");
            rig.Handler.Always(Replies.Text(MarginResponseLayoutTests.The_Eastmoney_valuation_report.Body));

            var e = await rig.Failure("688256.SS");

            e.Failure.ShouldBe(FetchFailure.BadResponse);
            e.Message.ShouldContain("300308.SZ:MARKET_CAP");
        }

        [Theory]
        [InlineData("0700.HK")]
        [InlineData("^NDX")]
        public void Should_refuse_what_is_not_an_A_share(string symbol)
        {
            using var rig = new OnlineRig("eastmoney-valuation");
            Should.Throw<FetchException>(() => rig.Fetcher.CodeOf(rig.Fetcher.ResolveSymbol(symbol))).Failure.ShouldBe(FetchFailure.Unsupported);
        }
    }

    public sealed class Fred
    {
        [Theory]
        [InlineData("DEXHKUS")]
        [InlineData("fred:dexhkus")]
        [InlineData("HKD=X")]
        [InlineData("USDHKD")]
        public void Should_resolve_the_USD_HKD_rate_to_the_currency_pair(string typed)
        {
            using var rig = new OnlineRig("fred");
            var symbol = rig.Fetcher.ResolveSymbol(typed);
            symbol.ShouldBe("HKD=X");
            rig.Fetcher.CodeOf(symbol).ShouldBe("DEXHKUS");
        }

        [Fact]
        public async Task Should_store_DEXHKUS_as_close_only_bars_of_HKD_X_like_the_file()
        {
            // The body is the snapshot's DEXHKUS extract, in FRED's current CSV download form.
            using var rig = new OnlineRig("fred");
            rig.Handler.WhenUrlContains("fredgraph.csv?id=DEXHKUS", Replies.Sample("prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv"));

            var batch = (await rig.Fetch("DEXHKUS")).ShouldHaveSingleItem();

            rig.Handler.Requests.ShouldHaveSingleItem().Uri.AbsoluteUri.ShouldBe("https://fred.stlouisfed.org/graph/fredgraph.csv?id=DEXHKUS");
            var bars = batch.Bars.ShouldHaveSingleItem();
            (bars.Instrument.Symbol, bars.Source, bars.Bars.Count).ShouldBe(("HKD=X", "fred", 686 - 28));
            batch.Scalars.ShouldBeEmpty();
        }
    }

    public sealed class Base_urls
    {
        [Theory]
        [InlineData("yahoo", "0700.HK", "/v8/finance/chart/0700.HK?")]
        [InlineData("eastmoney", "0700.HK", "/api/qt/stock/kline/get?secid=116.00700")]
        [InlineData("tencent", "0700.HK", "/appstock/app/fqkline/get?param=hk00700")]
        [InlineData("stooq", "^NDX", "/q/d/l/?s=^ndx")]
        [InlineData("fred", "SP500", "/graph/fredgraph.csv?id=SP500")]
        [InlineData("sse-margin", "SH", "/marketdata/tradedata/queryMargin.do?")]
        [InlineData("szse-margin", "SZ", "/api/report/ShowReport/data?")]
        [InlineData("eastmoney-margin", "CN", "/api/data/v1/get?reportName=RPTA_WEB_MARGIN_DAILYTRADE")]
        [InlineData("eastmoney-valuation", "688256.SS", "/api/data/v1/get?reportName=RPT_VALUEANALYSIS_DET")]
        public void Should_send_every_source_s_requests_to_the_base_url_given(string source, string symbol, string path)
        {
            using var rig = new OnlineRig(source, sourceOptions: new FetchSourceOptions { BaseUrl = new Uri("http://127.0.0.1:5180/mirror/") });

            var uri = rig.Fetcher.RequestUri(new FetchRequest(rig.Fetcher.ResolveSymbol(symbol)));

            Uri.UnescapeDataString(uri.AbsoluteUri).ShouldStartWith("http://127.0.0.1:5180/mirror" + path);
        }

        [Theory]
        [InlineData("ftp://example.com")]
        [InlineData("http://example.com/?x=1")]
        [InlineData("not a url")]
        public void Should_refuse_a_base_url_that_is_not_an_http_base(string text)
        {
            Should.Throw<FrothException>(() => FetchSourceOptions.ParseBaseUrl(text)).Message.ShouldContain("expected an absolute http or https URL");
        }

        [Fact]
        public void Should_name_the_variable_of_each_source()
        {
            OnlineSources.BaseUrlVariable("sse-margin").ShouldBe("FROTH_SSE_MARGIN_URL");
            OnlineSources.BaseUrlVariable("fred").ShouldBe("FROTH_FRED_URL");
        }
    }

    public sealed class Cache : IDisposable
    {
        private readonly TempFolder _temp = new();

        public void Dispose() => _temp.Dispose();

        private ResponseCache Of(TimeProvider time) => new(_temp.Path, time, TimeSpan.FromHours(24));

        [Fact]
        public async Task Should_reuse_a_day_already_fetched_and_ask_again_for_one_not_published()
        {
            var time = FakeClock.Create();
            var first = new OnlineRig("szse-margin", sourceOptions: new FetchSourceOptions { Cache = Of(time) });
            first.Handler.WhenUrlContains("txtDate=2026-08-03", Replies.Sample(SzseSample)).WhenUrlContains("txtDate=2026-08-04", Replies.Text(SzseEmpty("2026-08-04")));
            await first.Fetch("SZ", new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 4));
            first.Dispose();

            using var second = new OnlineRig("szse-margin", sourceOptions: new FetchSourceOptions { Cache = Of(time) });
            second.Handler.WhenUrlContains("txtDate=2026-08-04", Replies.Text(SzseEmpty("2026-08-04")));
            var batches = await second.Fetch("SZ", new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 4));

            // 2026-08-03 came from the cache (the second handler has no reply for it); 2026-08-04 was asked again.
            second.Handler.Requests.Select(r => r.Query("txtDate")).ShouldBe(["2026-08-04"]);
            batches[0].Series("SZ:MARGIN_BALANCE").At(2026, 8, 3).ShouldBe(1_248_916_000_000d);
            batches[0].Document.Location.ShouldBe("https://www.szse.cn/api/report/ShowReport/data?SHOWTYPE=JSON&CATALOGID=1837_xxpl&TABKEY=tab1&txtDate=2026-08-03");
        }

        [Fact]
        public void Should_forget_an_entry_older_than_the_maximum_age()
        {
            var time = FakeClock.Create();
            var cache = Of(time);
            var uri = new Uri("https://www.szse.cn/x?txtDate=2026-08-03");
            cache.Put(uri, uri.AbsoluteUri, Encoding.UTF8.GetBytes("body"));

            time.Advance(TimeSpan.FromHours(23));
            cache.TryGet(uri).ShouldBe(Encoding.UTF8.GetBytes("body"));
            time.Advance(TimeSpan.FromHours(2));
            cache.TryGet(uri).ShouldBeNull();
            cache.TryGet(new Uri("https://www.szse.cn/x?txtDate=2026-08-04")).ShouldBeNull();
        }

        [Fact]
        public void Should_ignore_an_entry_it_cannot_read()
        {
            var cache = Of(FakeClock.Create());
            var uri = new Uri("https://www.szse.cn/x");
            Directory.CreateDirectory(cache.Folder);
            File.WriteAllText(cache.PathOf(uri), "{not json");
            cache.TryGet(uri).ShouldBeNull();
        }

        [Fact]
        public void Should_not_put_a_key_in_an_entry_s_name()
        {
            var cache = Of(FakeClock.Create());
            Path.GetFileName(cache.PathOf(new Uri("https://api.stlouisfed.org/fred/series/observations?series_id=SP500&api_key=0123456789abcdef0123456789abcdef")))
                .ShouldNotContain("0123456789abcdef");
        }
    }
}
