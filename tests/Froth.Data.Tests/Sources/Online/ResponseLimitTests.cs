using System.IO.Compression;
using System.Net;
using Froth.Data.Sources.Online;
using Froth.Testing;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

/// <summary>
/// Hostile answers over real sockets (<see cref="LoopbackServer"/>): a body over the source's limit, a gzip bomb that
/// is small on the wire and huge decompressed, and a redirect loop. Each fails at once with one request (retries are
/// on, so a retry would show as a second request) and a message that says what limit was hit.
/// </summary>
public sealed class ResponseLimitTests : IDisposable
{
    private const string Fred = "/graph/fredgraph.csv?id=DEXHKUS";
    private const long Limit = 1 << 20;

    private readonly LoopbackServer _server = new();

    public void Dispose() => _server.Dispose();

    private async Task<FetchException> Failure()
    {
        using var network = new SocketsHttpHandler { AllowAutoRedirect = false, AutomaticDecompression = DecompressionMethods.All };
        using var http = FetchHttp.CreateClient(new FetchHttpOptions
        {
            Handler = network,
            MinimumInterval = TimeSpan.Zero,
            MaxRetries = 3,
            BaseDelay = TimeSpan.FromMilliseconds(1),
            MaxDelay = TimeSpan.FromMilliseconds(1),
        });
        var fetcher = OnlineSources.Create("fred", http, TimeProvider.System, options: new FetchSourceOptions { BaseUrl = _server.BaseUrl, MaxResponseBytes = Limit });
        return await Should.ThrowAsync<FetchException>(() => FetchPipeline.FetchAllAsync(fetcher, FetchPipeline.Resolve(fetcher, ["DEXHKUS"]), null, null, cancellationToken: TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task Should_refuse_a_body_over_the_limit_at_once()
    {
        var body = new byte[2 * Limit];
        body.AsSpan().Fill((byte)'1');
        _server.When(Fred, body);

        var e = await Failure();

        e.Message.ShouldContain("response larger than 1 MB from 127.0.0.1");
        e.Message.ShouldContain("not retried");
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_refuse_a_gzip_bomb_by_its_decompressed_size()
    {
        // 64 MB of zeros compress to about 64 KB: under the limit on the wire, 64 times over it decompressed.
        using var packed = new MemoryStream();
        using (var gzip = new GZipStream(packed, CompressionLevel.SmallestSize, leaveOpen: true))
        {
            var zeros = new byte[1 << 20];
            for (var i = 0; i < 64; i++)
            {
                gzip.Write(zeros);
            }
        }

        packed.Length.ShouldBeLessThan(Limit);
        _server.When(Fred, _ => (HttpStatusCode.OK, packed.ToArray(), new Dictionary<string, string> { ["Content-Encoding"] = "gzip" }));

        var e = await Failure();

        e.Message.ShouldContain("response larger than 1 MB from 127.0.0.1");
        _server.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_stop_a_redirect_loop_after_the_redirects_allowed()
    {
        var n = 0;
        _server.When(Fred, _ => (HttpStatusCode.Found, [], new Dictionary<string, string> { ["Location"] = $"{Fred}&hop={Interlocked.Increment(ref n)}" }));

        var e = await Failure();

        e.Message.ShouldContain("redirected more than 5 times");
        // The first request and five redirects followed; the sixth is refused, and nothing is retried.
        _server.Requests.Count.ShouldBe(1 + FetchHttpOptions.Default.MaxRedirects);
    }

    [Fact]
    public async Task Should_follow_a_redirect_within_the_limit()
    {
        _server
            .When(Fred, _ => (HttpStatusCode.MovedPermanently, [], new Dictionary<string, string> { ["Location"] = "/mirror/DEXHKUS.csv" }))
            .When("/mirror/DEXHKUS.csv", File.ReadAllBytes(SampleData.Path("prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv")));
        using var network = new SocketsHttpHandler { AllowAutoRedirect = false };
        using var http = FetchHttp.CreateClient(new FetchHttpOptions { Handler = network, MinimumInterval = TimeSpan.Zero, MaxRetries = 0 });
        var fetcher = OnlineSources.Create("fred", http, TimeProvider.System, options: new FetchSourceOptions { BaseUrl = _server.BaseUrl });

        var batches = await FetchPipeline.FetchAllAsync(fetcher, FetchPipeline.Resolve(fetcher, ["DEXHKUS"]), null, null, cancellationToken: TestContext.Current.CancellationToken);

        batches.ShouldHaveSingleItem().RowCount.ShouldBeGreaterThan(0);
        _server.Requests.Select(r => r.PathAndQuery).ShouldBe([Fred, "/mirror/DEXHKUS.csv"]);
    }
}
