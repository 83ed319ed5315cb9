using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Http.Resilience;
using Polly;
using Polly.Retry;
using Polly.Timeout;

namespace Froth.Data.Sources.Online;

/// <summary>
/// The one HTTP client setup of the online fetchers: per-attempt and total time-outs, retries with exponential
/// backoff and jitter that honour <c>Retry-After</c>, a per-host rate limit and a descriptive User-Agent, built
/// with Microsoft.Extensions.Http.Resilience (Polly) around an injectable innermost handler.
/// </summary>
/// <remarks>
/// <para>Handlers, outermost first: the resilience handler (total time-out → retry → attempt time-out), then
/// the transport handler (waits for the host's rate-limit slot, sends, follows at most
/// <see cref="FetchHttpOptions.MaxRedirects"/> redirects, each through its host's slot, and reads the whole body, at most
/// the request's <see cref="MaxResponseBytesKey"/> after decompression, so that a body cut off mid-way is a failed
/// attempt and an oversized one fails at once), then <see cref="FetchHttpOptions.Handler"/> or the network.</para>
/// <para>Retried: HTTP 408, 429 and 5xx; an attempt that timed out; a <see cref="HttpRequestException"/> other
/// than "no network" (see <see cref="IsOffline"/>), which fails at once because retrying cannot help. A 429 or
/// 503 whose <c>Retry-After</c> is longer than <see cref="FetchHttpOptions.MaxRetryAfter"/> is not retried.</para>
/// <para>No network in tests: when the AppContext switch <see cref="DisableNetworkSwitch"/> is on (the test
/// projects set it in their runtime configuration), a client without a handler throws instead of opening a
/// socket.</para>
/// </remarks>
public static class FetchHttp
{
    /// <summary>The AppContext switch that forbids the network handler (set by every test project).</summary>
    public const string DisableNetworkSwitch = "Froth.Data.Online.DisableNetwork";

    /// <summary>The largest body, in bytes after decompression, a request accepts (<see cref="FetchHttpOptions.MaxResponseBytes"/> when unset).</summary>
    public static readonly HttpRequestOptionsKey<long> MaxResponseBytesKey = new("Froth.MaxResponseBytes");

    /// <summary>The number of attempts a request took, written by the retry strategy on the request.</summary>
    internal static readonly HttpRequestOptionsKey<int> Attempts = new("Froth.Attempts");

    /// <summary>Creates the client. Dispose it when done (a handler given in the options is not disposed).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A time-out, delay or retry count is out of range.</exception>
    /// <exception cref="InvalidOperationException">No handler was given and <see cref="DisableNetworkSwitch"/> is on.</exception>
    public static HttpClient CreateClient(FetchHttpOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(options.AttemptTimeout, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.TotalTimeout, options.AttemptTimeout);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRetries);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.BaseDelay, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxDelay, options.BaseDelay);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxRetryAfter, TimeSpan.Zero);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MinimumInterval, TimeSpan.Zero);
        ArgumentException.ThrowIfNullOrWhiteSpace(options.UserAgent);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.MaxResponseBytes, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(options.MaxRedirects);

        var inner = options.Handler ?? NetworkHandler(options);
        var transport = new FetchTransportHandler(options.Time, options.MinimumInterval, options.MaxResponseBytes, options.MaxRedirects, ownsInner: options.Handler is null) { InnerHandler = inner };
        var resilience = new ResilienceHandler(Pipeline(options)) { InnerHandler = transport };
        var client = new HttpClient(resilience, disposeHandler: true) { Timeout = Timeout.InfiniteTimeSpan };
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
        return client;
    }

    /// <summary>
    /// True when a request failed because there is no network: the host name could not be resolved, or the
    /// network or host is unreachable. Such a failure is not retried.
    /// </summary>
    public static bool IsOffline(HttpRequestException exception)
    {
        ArgumentNullException.ThrowIfNull(exception);
        if (exception.HttpRequestError == HttpRequestError.NameResolutionError)
        {
            return true;
        }

        for (Exception? e = exception; e is not null; e = e.InnerException)
        {
            if (e is SocketException { SocketErrorCode: SocketError.HostNotFound or SocketError.TryAgain or SocketError.NoData or SocketError.NetworkDown or SocketError.NetworkUnreachable or SocketError.HostUnreachable })
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The wait a response asks for in its <c>Retry-After</c> header, from <paramref name="now"/>; <see langword="null"/> when it has none.</summary>
    public static TimeSpan? RetryAfter(HttpResponseMessage response, DateTimeOffset now)
    {
        ArgumentNullException.ThrowIfNull(response);
        return response.Headers.RetryAfter switch
        {
            { Delta: { } delta } => delta < TimeSpan.Zero ? TimeSpan.Zero : delta,
            { Date: { } date } => date > now ? date - now : TimeSpan.Zero,
            _ => null,
        };
    }

    /// <summary>Whether an HTTP status is worth another attempt: 408, 429 and 5xx.</summary>
    public static bool IsTransient(HttpStatusCode status) =>
        status is HttpStatusCode.RequestTimeout or HttpStatusCode.TooManyRequests || (int)status >= 500;

    private static ResiliencePipeline<HttpResponseMessage> Pipeline(FetchHttpOptions options)
    {
        var time = options.Time;
        var builder = new ResiliencePipelineBuilder<HttpResponseMessage> { TimeProvider = time };
        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "total", Timeout = options.TotalTimeout });
        if (options.MaxRetries > 0)
        {
            builder.AddRetry(new HttpRetryStrategyOptions
            {
                MaxRetryAttempts = options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = options.BaseDelay,
                MaxDelay = options.MaxDelay,
                ShouldRetryAfterHeader = false,
                ShouldHandle = args => ValueTask.FromResult(ShouldRetry(args.Outcome, options)),
                DelayGenerator = args => ValueTask.FromResult(args.Outcome.Result is { } r ? RetryAfter(r, time.GetUtcNow()) : null),
                OnRetry = args => OnRetry(args, options),
            });
        }

        builder.AddTimeout(new HttpTimeoutStrategyOptions { Name = "attempt", Timeout = options.AttemptTimeout });
        return builder.Build();
    }

    private static bool ShouldRetry(Outcome<HttpResponseMessage> outcome, FetchHttpOptions options) => outcome switch
    {
        { Exception: HttpRequestException e } => !IsOffline(e),
        { Exception: TimeoutRejectedException } => true,
        { Exception: not null } => false,
        { Result: { } response } when IsTransient(response.StatusCode) =>
            RetryAfter(response, options.Time.GetUtcNow()) is not { } wait || wait <= options.MaxRetryAfter,
        _ => false,
    };

    private static ValueTask OnRetry(OnRetryArguments<HttpResponseMessage> args, FetchHttpOptions options)
    {
        var request = args.Context.GetRequestMessage();
        request?.Options.Set(Attempts, args.AttemptNumber + 2);
        if (options.OnRetry is { } callback)
        {
            var reason = args.Outcome switch
            {
                { Result: { } r } => $"HTTP {(int)r.StatusCode} {r.ReasonPhrase}".TrimEnd(),
                { Exception: TimeoutRejectedException } => $"no answer within {Seconds(options.AttemptTimeout)}",
                { Exception: { } e } => Describe(e),
                _ => "failed",
            };
            var fromHeader = args.Outcome.Result is { } response && RetryAfter(response, options.Time.GetUtcNow()) is not null;
            callback(new FetchRetry(request?.RequestUri?.Host ?? "?", args.AttemptNumber + 1, reason, args.RetryDelay, fromHeader));
        }

        return default;
    }

    /// <summary>What a network failure says, from its innermost exception ("Connection reset by peer").</summary>
    internal static string Describe(Exception exception)
    {
        var inner = exception;
        while (inner.InnerException is not null)
        {
            inner = inner.InnerException;
        }

        return string.IsNullOrWhiteSpace(inner.Message) ? exception.Message : inner.Message;
    }

    /// <summary>A duration for messages: "30 s", "1.5 s", "2 min".</summary>
    internal static string Seconds(TimeSpan span) =>
        span.TotalSeconds >= 120 && span.TotalSeconds % 60 == 0
            ? $"{span.TotalMinutes:0} min"
            : $"{span.TotalSeconds:0.#} s";

    private static SocketsHttpHandler NetworkHandler(FetchHttpOptions options)
    {
        if (AppContext.TryGetSwitch(DisableNetworkSwitch, out var disabled) && disabled)
        {
            throw new InvalidOperationException(
                $"The network is disabled in this process (AppContext switch {DisableNetworkSwitch}, set by the test projects); give the fetchers an HttpMessageHandler.");
        }

        return new SocketsHttpHandler
        {
            AutomaticDecompression = DecompressionMethods.All,
            // Redirects are followed by the transport handler, which counts them and rate-limits each hop.
            AllowAutoRedirect = false,
            ConnectTimeout = options.AttemptTimeout,
            PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        };
    }
}
