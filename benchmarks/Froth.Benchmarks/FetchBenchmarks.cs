using System.Globalization;
using System.Text;
using BenchmarkDotNet.Attributes;
using Froth.Data.Sources;
using Froth.Data.Sources.Online;

namespace Froth.Benchmarks;

/// <summary>
/// What a fetch costs on this side of the wire: one Yahoo chart request through the whole client setup
/// (resilience handler, rate-limit transport, body buffering) to an in-memory handler, then read with the layout
/// and the quality rules — against reading the same body alone. The difference is the HTTP pipeline's overhead.
/// </summary>
[MemoryDiagnoser]
public class FetchBenchmarks
{
    private byte[] _body = null!;
    private HttpClient _http = null!;
    private YahooFetcher _fetcher = null!;
    private FetchRequest _request = null!;

    /// <summary>Sessions in the response (250 ≈ one year, 10,000 ≈ forty years).</summary>
    [Params(250, 2_500, 10_000)]
    public int Rows { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var t0 = 631_171_800L; // 1990-01-01 14:30Z
        var ts = string.Join(',', Enumerable.Range(0, Rows).Select(i => (t0 + (86_400L * i)).ToString(CultureInfo.InvariantCulture)));
        string Column(double offset) => string.Join(',', Enumerable.Range(0, Rows).Select(i => (100 + offset + Math.Sin(i / 30.0)).ToString("R", CultureInfo.InvariantCulture)));
        var volume = string.Join(',', Enumerable.Range(0, Rows).Select(i => (1_000_000 + i).ToString(CultureInfo.InvariantCulture)));
        var json = "{\"chart\":{\"result\":[{\"meta\":{\"symbol\":\"^NDX\",\"currency\":\"USD\",\"gmtoffset\":-18000,\"exchangeTimezoneName\":\"America/New_York\"},"
            + $"\"timestamp\":[{ts}],\"indicators\":{{\"quote\":[{{\"open\":[{Column(0)}],\"high\":[{Column(1)}],\"low\":[{Column(-1)}],\"close\":[{Column(0.5)}],\"volume\":[{volume}]}}],"
            + $"\"adjclose\":[{{\"adjclose\":[{Column(0.4)}]}}]}}}}],\"error\":null}}}}";
        _body = Encoding.UTF8.GetBytes(json);

        // No rate-limit spacing: the benchmark repeats the same request back to back.
        _http = FetchHttp.CreateClient(new FetchHttpOptions { Handler = new MemoryHandler(_body), MinimumInterval = TimeSpan.Zero });
        _fetcher = new YahooFetcher(_http, TimeProvider.System);
        _request = new FetchRequest("^NDX", new DateOnly(1990, 1, 1), new DateOnly(2026, 11, 22));
    }

    [GlobalCleanup]
    public void Cleanup() => _http.Dispose();

    /// <summary>Request through the client, body read with the layout and the quality rules.</summary>
    [Benchmark]
    public async Task<IReadOnlyList<ImportBatch>> FetchYahoo() => await _fetcher.FetchAsync(_request);

    /// <summary>The same body read with the layout and the quality rules, no HTTP.</summary>
    [Benchmark(Baseline = true)]
    public ImportBatch ReadOnly() => SourceReader.Read(new SourceInput(_fetcher.RequestUri(_request).AbsoluteUri, _body), "yahoo-chart-json");

    private sealed class MemoryHandler(byte[] body) : HttpMessageHandler
    {
        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(new HttpResponseMessage(System.Net.HttpStatusCode.OK) { RequestMessage = request, Content = new ByteArrayContent(body) });
    }
}
