namespace Froth.Data.Sources.Online;

/// <summary>
/// Settings of the one HTTP client every online fetcher uses (<see cref="FetchHttp.CreateClient"/>): time-outs,
/// retries, the per-host rate limit, the User-Agent, the clock and the innermost handler.
/// </summary>
/// <remarks>
/// The defaults are the policy documented in <c>docs/fetch.md</c>: each attempt may take 30 s and a request 120 s
/// in all; up to 3 retries on HTTP 408, 429 and 5xx, on a timed-out attempt and on a network error other than
/// "no network" (name resolution failed, network unreachable), after 1 s, 2 s, 4 s (exponential, with jitter,
/// at most 30 s) or after the server's <c>Retry-After</c> when it sends one; a <c>Retry-After</c> longer than
/// 60 s is not waited for (the request fails at once and says when to try again); requests to one host start
/// at least 0.5 s apart. Tests pass a fake <see cref="Time"/> and <see cref="Handler"/>, so that waits cost no
/// real time and nothing touches the network.
/// </remarks>
public sealed record FetchHttpOptions
{
    /// <summary>The documented defaults, on the system clock and the network.</summary>
    public static FetchHttpOptions Default { get; } = new();

    /// <summary>Longest one attempt may take, from sending the request to the last byte of the body. Default 30 s.</summary>
    public TimeSpan AttemptTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>Longest a request may take in all, retries and their waits included. Default 120 s.</summary>
    public TimeSpan TotalTimeout { get; init; } = TimeSpan.FromSeconds(120);

    /// <summary>Retries after the first attempt (0 for none). Default 3, so at most 4 attempts.</summary>
    public int MaxRetries { get; init; } = 3;

    /// <summary>Wait before the first retry when the server says nothing; doubled for each next one, with jitter. Default 1 s.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Longest computed wait between attempts (a server's <c>Retry-After</c> is not capped by it). Default 30 s.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// Longest <c>Retry-After</c> that is waited for. A server that asks for a longer wait gets no retry: the
    /// request fails at once, and the error says when to try again. Default 60 s.
    /// </summary>
    public TimeSpan MaxRetryAfter { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Shortest time between the starts of two requests to the same host (0 for no limit). Default 0.5 s.</summary>
    public TimeSpan MinimumInterval { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>
    /// Largest body read from one response, after decompression, unless the request sets its own limit
    /// (<see cref="FetchHttp.MaxResponseBytesKey"/>, which each source does: <see cref="OnlineFetcher.MaxResponseBytes"/>).
    /// A larger body fails the request at once with "response larger than N MB", without a retry. Default 64 MB.
    /// </summary>
    public long MaxResponseBytes { get; init; } = 64L << 20;

    /// <summary>
    /// Most redirects followed for one request, to any host (each hop waits for its host's rate-limit slot). One more
    /// fails the request at once, without a retry. Default 5.
    /// </summary>
    public int MaxRedirects { get; init; } = 5;

    /// <summary>The User-Agent header of every request.</summary>
    public string UserAgent { get; init; } = $"Froth/{typeof(FetchHttpOptions).Assembly.GetName().Version?.ToString(3) ?? "0"} (open-source market-data workbench; .NET)";

    /// <summary>The clock of every wait and time-out.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>
    /// The innermost handler, which sends the request; <see langword="null"/> for the network (a
    /// <see cref="System.Net.Http.SocketsHttpHandler"/>). The client does not dispose a handler given here.
    /// </summary>
    public HttpMessageHandler? Handler { get; init; }

    /// <summary>Called before each retry, with what failed and how long the wait is (for a progress display).</summary>
    public Action<FetchRetry>? OnRetry { get; init; }
}
