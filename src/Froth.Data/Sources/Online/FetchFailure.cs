namespace Froth.Data.Sources.Online;

/// <summary>Why a fetch failed; each kind has its own message (see <c>docs/fetch.md</c>).</summary>
public enum FetchFailure
{
    /// <summary>The host's name could not be resolved or the network is unreachable: no network connection.</summary>
    Offline,

    /// <summary>Another network error (connection refused or reset) persisted through the retries.</summary>
    Network,

    /// <summary>Every attempt, or the request as a whole, ran out of time.</summary>
    Timeout,

    /// <summary>The source does not know the symbol (HTTP 404, or an API answer that says so).</summary>
    NotFound,

    /// <summary>HTTP 429 (or a body saying a quota is used up) persisted through the retries, or the server asked for a longer wait than Froth waits.</summary>
    RateLimited,

    /// <summary>HTTP 5xx persisted through the retries.</summary>
    ServerError,

    /// <summary>Another HTTP status the source refused the request with (400, 401, 403…).</summary>
    Refused,

    /// <summary>The body says the request failed (Yahoo <c>chart.error</c>, Eastmoney <c>rc</c>, FRED <c>error_message</c>).</summary>
    ApiError,

    /// <summary>The body is truncated, malformed or not what was asked for.</summary>
    BadResponse,

    /// <summary>The symbol has no code at this source (checked before any request).</summary>
    Unsupported,
}
