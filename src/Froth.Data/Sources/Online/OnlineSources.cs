namespace Froth.Data.Sources.Online;

/// <summary>The online sources <c>froth fetch --source</c> knows, by short name.</summary>
public static class OnlineSources
{
    /// <summary>The short names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["yahoo", "eastmoney", "tencent", "stooq", "fred", "sse-margin", "szse-margin", "eastmoney-margin", "eastmoney-valuation"];

    /// <summary>
    /// The environment variable that replaces a source's base URL in <c>froth fetch</c>:
    /// <c>FROTH_&lt;SOURCE&gt;_URL</c>, upper case, dashes as underscores (<c>FROTH_SSE_MARGIN_URL</c>, <c>FROTH_FRED_URL</c>).
    /// </summary>
    public static string BaseUrlVariable(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return $"FROTH_{name.Trim().ToUpperInvariant().Replace('-', '_')}_URL";
    }

    /// <summary>Creates the fetcher of a source.</summary>
    /// <param name="name">Short name (case-insensitive), one of <see cref="Names"/>.</param>
    /// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>; the caller owns it.</param>
    /// <param name="time">The clock ("today").</param>
    /// <param name="apiKey">An API key, used by <c>fred</c> only.</param>
    /// <param name="options">Base URL and cache of the source; <see langword="null"/> for neither.</param>
    /// <exception cref="FrothException">The name is unknown, an API key was given to a source that takes none, or the base URL is not usable.</exception>
    public static OnlineFetcher Create(string name, HttpClient http, TimeProvider time, string? apiKey = null, FetchSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var source = name.Trim().ToLowerInvariant();
        if (apiKey is not null && source != "fred" && Names.Contains(source))
        {
            throw new FrothException($"--api-key is used by --source fred only; {source} takes no key.");
        }

        return source switch
        {
            "yahoo" => new YahooFetcher(http, time, options),
            "eastmoney" => new EastmoneyFetcher(http, time, options),
            "tencent" => new TencentFetcher(http, time, options),
            "stooq" => new StooqFetcher(http, time, options),
            "fred" => new FredFetcher(http, time, apiKey, options),
            "sse-margin" => new SseMarginFetcher(http, time, options),
            "szse-margin" => new SzseMarginFetcher(http, time, options),
            "eastmoney-margin" => new EastmoneyMarginFetcher(http, time, options),
            "eastmoney-valuation" => new EastmoneyValuationFetcher(http, time, options),
            _ => throw new FrothException($"Unknown source '{name}'; expected one of: {string.Join(", ", Names)}."),
        };
    }
}
