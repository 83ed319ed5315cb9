using System.Net;
using Froth.Data.Sources;
using Froth.Data.Sources.Wire;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Wire;

/// <summary>
/// The wire layouts as a fetcher will use them: a response body from an <see cref="HttpClient"/> (here a fake
/// handler that serves the recordings in wire-samples), read with the URL as its location.
/// </summary>
public sealed class RecordedResponsesOverHttpTests
{
    private static async Task<ImportBatch> FetchAsync(string url, string recording, ISourceLayout layout)
    {
        using var client = new HttpClient(new RecordingHandler(recording));
        using var response = await client.GetAsync(new Uri(url), TestContext.Current.CancellationToken);
        var body = await response.Content.ReadAsByteArrayAsync(TestContext.Current.CancellationToken);
        return SourceReader.Read(new SourceInput(url, body), layout.Name);
    }

    [Fact]
    public async Task Should_name_a_FRED_series_from_the_request_and_the_source_fred()
    {
        var b = await FetchAsync(
            "https://api.stlouisfed.org/fred/series/observations?series_id=HQMCB10YR&api_key=MOCK_API_KEY&file_type=json&observation_start=2023-01-01",
            "wire-samples/fred_series_observations_HQMCB10YR_2024-06-27.json",
            new FredObservationsLayout());
        var s = b.Scalars.ShouldHaveSingleItem();
        (s.Instrument.Symbol, s.Source, s.Points.Count).ShouldBe(("FRED:HQMCB10YR", "fred", 6));
        b.Document.Location.ShouldStartWith("https://api.stlouisfed.org/");
        b.Document.Layout.ShouldBe("fred-observations-json");
    }

    [Fact]
    public async Task Should_read_Yahoo_Eastmoney_and_Tencent_history_with_their_fetcher_names()
    {
        var yahoo = await FetchAsync("https://query1.finance.yahoo.com/v8/finance/chart/0700.HK?interval=1d&range=5d", "wire-samples/yahoo_v8_chart_0700.HK_range5d_2026-08-07.json", new YahooChartLayout());
        var eastmoney = await FetchAsync("https://push2his.eastmoney.com/api/qt/stock/kline/get?secid=1.000300&fields1=f1,f2,f3&fields2=f51,f52,f53,f54,f55,f56,f57,f58&klt=101&fqt=1&lmt=3", "wire-samples/eastmoney_push2his_kline_1.000300_klt101_fqt1_lmt3_2026-09-30.json", new EastmoneyKlineLayout());
        var tencent = await FetchAsync("https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh000300,day,,,3,qfq", "wire-samples/tencent_fqkline_sh000300_day_2026-09-30.json", new TencentKlineLayout());
        yahoo.Bars[0].Source.ShouldBe("yahoo");
        eastmoney.Bars[0].Source.ShouldBe("eastmoney");
        tencent.Bars[0].Source.ShouldBe("tencent");
        eastmoney.Bars[0].Bars.ShouldBe(tencent.Bars[0].Bars);
    }

    private sealed class RecordingHandler(string recording) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(HttpStatusCode.OK)
            {
                RequestMessage = request,
                Content = new ByteArrayContent(File.ReadAllBytes(SampleData.Path(recording))),
            });
    }
}
