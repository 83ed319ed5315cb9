namespace Froth.Data.Sources.Online;

/// <summary>A retry about to happen: which host, which attempt failed and why, and how long the wait before the next one is.</summary>
/// <param name="Host">The host the request went to (never the URL, which may carry an API key).</param>
/// <param name="FailedAttempt">The 1-based attempt that failed.</param>
/// <param name="Reason">What failed, for people ("HTTP 429 Too Many Requests", "no answer within 30 s").</param>
/// <param name="Delay">The wait before the next attempt.</param>
/// <param name="FromRetryAfter">True when <paramref name="Delay"/> is the server's <c>Retry-After</c>.</param>
public sealed record FetchRetry(string Host, int FailedAttempt, string Reason, TimeSpan Delay, bool FromRetryAfter);
