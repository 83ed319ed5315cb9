namespace Froth.Data.Sources.Online;

/// <summary>
/// A fetch that failed for an expected reason (no network, an unknown symbol, rate limiting, a server error, a
/// time-out, a bad body). The message is one line that says which symbol, which host, what happened and what
/// to do; nothing of the fetch is stored.
/// </summary>
public sealed class FetchException : FrothException
{
    /// <summary>Creates the exception.</summary>
    /// <param name="failure">Why the fetch failed.</param>
    /// <param name="source">Short name of the source (<c>yahoo</c>).</param>
    /// <param name="symbol">Canonical symbol asked for, or <see langword="null"/> when the failure is not about one (no network).</param>
    /// <param name="message">The one-line message.</param>
    /// <param name="inner">The underlying exception, if any.</param>
    public FetchException(FetchFailure failure, string source, string? symbol, string message, Exception? inner = null)
        : base(message, inner!)
    {
        Failure = failure;
        SourceName = source;
        Symbol = symbol;
    }

    /// <summary>Why the fetch failed.</summary>
    public FetchFailure Failure { get; }

    /// <summary>Short name of the source (<c>yahoo</c>).</summary>
    public string SourceName { get; }

    /// <summary>Canonical symbol asked for, if the failure is about one.</summary>
    public string? Symbol { get; }
}
