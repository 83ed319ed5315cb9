using Froth.Data.Sources.Online;
using Froth.Testing.Http;
using Microsoft.Extensions.Time.Testing;

namespace Froth.Data.Tests.Sources.Online;

/// <summary>
/// A fetcher over the real client setup (<see cref="FetchHttp.CreateClient"/>: retries, time-outs, rate limit)
/// whose innermost handler is a <see cref="ScriptedHttpHandler"/> and whose clock is fake, so that waits cost no
/// real time. Today is 2026-11-22 (<see cref="FakeClock.Start"/>).
/// </summary>
internal sealed class OnlineRig : IDisposable
{
    public OnlineRig(string source, Func<FetchHttpOptions, FetchHttpOptions>? configure = null, string? apiKey = null, FetchSourceOptions? sourceOptions = null)
    {
        Time = FakeClock.Create();
        Handler = new ScriptedHttpHandler(Time);
        var options = new FetchHttpOptions { Time = Time, Handler = Handler, OnRetry = r => Retries.Add(r) };
        Options = configure is null ? options : configure(options);
        Http = FetchHttp.CreateClient(Options);
        Fetcher = OnlineSources.Create(source, Http, Time, apiKey, sourceOptions);
    }

    public FakeTimeProvider Time { get; }

    public ScriptedHttpHandler Handler { get; }

    public FetchHttpOptions Options { get; }

    public HttpClient Http { get; }

    public OnlineFetcher Fetcher { get; }

    public List<FetchRetry> Retries { get; } = [];

    /// <summary>Fetches one symbol (as the user would type it) with the fake clock driven.</summary>
    public Task<IReadOnlyList<Froth.Data.Sources.ImportBatch>> Fetch(string symbol, DateOnly? from = null, DateOnly? to = null) =>
        Time.Drive(Fetcher.FetchAsync(new FetchRequest(Fetcher.ResolveSymbol(symbol), from, to), TestContext.Current.CancellationToken));

    /// <summary>The failure of fetching one symbol.</summary>
    public async Task<FetchException> Failure(string symbol, DateOnly? from = null, DateOnly? to = null) =>
        await Should.ThrowAsync<FetchException>(() => Fetch(symbol, from, to));

    public void Dispose() => Http.Dispose();
}
