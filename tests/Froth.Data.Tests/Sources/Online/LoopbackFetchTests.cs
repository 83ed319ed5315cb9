using System.Net;
using System.Text;
using Froth.Data.Sources;
using Froth.Data.Sources.Online;
using Froth.Data.Store;
using Froth.Data.Tests.Sources.Wire;
using Froth.Testing;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

/// <summary>
/// The fetchers end to end over real sockets: a <see cref="LoopbackServer"/> on 127.0.0.1 serves the recorded responses
/// of wire-samples (SSE, SZSE), the snapshot's DEXHKUS extract as FRED's CSV, and Eastmoney bodies in the documented
/// shape; the fetchers reach it through their base-URL override, with the real client setup and the network handler.
/// Then the batches go into a store, as <c>froth fetch</c> does. Nothing leaves the machine.
/// </summary>
public sealed class LoopbackFetchTests : IDisposable
{
    private readonly LoopbackServer _server = new();
    private readonly TempFolder _temp = new();

    public LoopbackFetchTests()
    {
        _server
            .When("/marketdata/tradedata/queryMargin.do", File.ReadAllBytes(SampleData.Path("wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json")))
            .When("txtDate=2026-08-03", File.ReadAllBytes(SampleData.Path("wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json")))
            .When("txtDate=", q => (HttpStatusCode.OK, Encoding.UTF8.GetBytes(MarginFetcherTests.SzseEmpty(q[(q.IndexOf("txtDate=", StringComparison.Ordinal) + 8)..]))))
            .When("/graph/fredgraph.csv?id=DEXHKUS", File.ReadAllBytes(SampleData.Path("prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv")))
            .When("reportName=RPTA_WEB_MARGIN_DAILYTRADE", Encoding.UTF8.GetBytes(MarginResponseLayoutTests.The_Eastmoney_report.Body()))
            .When("reportName=RPT_VALUEANALYSIS_DET", Encoding.UTF8.GetBytes(MarginResponseLayoutTests.The_Eastmoney_valuation_report.Body));
    }

    public void Dispose()
    {
        _server.Dispose();
        _temp.Dispose();
    }

    private async Task<IReadOnlyList<ImportBatch>> Fetch(string source, string symbol, DateOnly? from = null, DateOnly? to = null)
    {
        // The real network handler, but no rate-limit wait: the server is local.
        using var network = new SocketsHttpHandler();
        using var http = FetchHttp.CreateClient(new FetchHttpOptions { Handler = network, MinimumInterval = TimeSpan.Zero, MaxRetries = 0 });
        var fetcher = OnlineSources.Create(source, http, TimeProvider.System, options: new FetchSourceOptions { BaseUrl = _server.BaseUrl });
        var symbols = FetchPipeline.Resolve(fetcher, [symbol]);
        return await FetchPipeline.FetchAllAsync(fetcher, symbols, from, to, cancellationToken: TestContext.Current.CancellationToken);
    }

    [Fact]
    public async Task Should_fetch_the_SSE_summary_from_the_server_with_the_Referer_SSE_wants()
    {
        var batch = (await Fetch("sse-margin", "SH", new DateOnly(2026, 7, 28), new DateOnly(2026, 8, 3))).ShouldHaveSingleItem();

        batch.Series("SH:MARGIN_BALANCE").At(2026, 8, 3).ShouldBe(1_323_258_064_454d);
        batch.Document.Location.ShouldStartWith(_server.BaseUrl.AbsoluteUri + "marketdata/tradedata/queryMargin.do?isPagination=true&beginDate=20260728&endDate=20260803");
        var request = _server.Requests[0];
        request.Referer.ShouldBe("https://www.sse.com.cn/");
        request.UserAgent.ShouldNotBeNull().ShouldStartWith("Froth/");
    }

    [Fact]
    public async Task Should_fetch_SZSE_day_by_day_and_store_the_unpublished_day_as_nothing()
    {
        var batches = await Fetch("szse-margin", "SZ", new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 4));

        batches.Select(b => b.RowCount).ShouldBe([6, 0]);
        using var store = FrothStore.Open(_temp.File("s.duckdb"));
        var summary = store.Import(batches);
        summary.Documents.Select(d => d.RowsNew).ShouldBe([6, 0]);
        summary.Documents[1].Issues.ShouldBe(1);
        summary.Documents[1].ImportId.ShouldNotBeNull();
    }

    [Fact]
    public async Task Should_fetch_DEXHKUS_from_FRED_s_CSV_path_as_HKD_X()
    {
        var batch = (await Fetch("fred", "DEXHKUS")).ShouldHaveSingleItem();

        _server.Requests.ShouldHaveSingleItem().PathAndQuery.ShouldBe("/graph/fredgraph.csv?id=DEXHKUS");
        var bars = batch.Bars.ShouldHaveSingleItem();
        (bars.Instrument.Symbol, bars.Source, bars.Bars.Count).ShouldBe(("HKD=X", "fred", 658));
    }

    [Fact]
    public async Task Should_fetch_the_Eastmoney_reports()
    {
        var margin = (await Fetch("eastmoney-margin", "CN")).ShouldHaveSingleItem();
        margin.Series("CN:MARGIN_BALANCE").At(2026, 8, 13).ShouldBe(2_649_725_100_007d);

        var error = await Should.ThrowAsync<FetchException>(() => Fetch("eastmoney-valuation", "CAMBRICON"));
        error.Message.ShouldContain("holds 688256.SS:MARKET_CAP, 688256.SS:PE, 300308.SZ:MARKET_CAP, 300308.SZ:PE, not the 688256.SS asked for");
    }

    [Fact]
    public async Task Should_report_a_server_that_answers_404_as_an_unknown_symbol()
    {
        using var empty = new LoopbackServer();
        using var network = new SocketsHttpHandler();
        using var http = FetchHttp.CreateClient(new FetchHttpOptions { Handler = network, MinimumInterval = TimeSpan.Zero, MaxRetries = 0 });
        var fetcher = OnlineSources.Create("sse-margin", http, TimeProvider.System, options: new FetchSourceOptions { BaseUrl = empty.BaseUrl });

        var e = await Should.ThrowAsync<FetchException>(() => fetcher.FetchAsync(new FetchRequest("SH:MARGIN_BALANCE"), TestContext.Current.CancellationToken));

        e.Failure.ShouldBe(FetchFailure.NotFound);
        e.Message.ShouldContain("HTTP 404");
    }
}
