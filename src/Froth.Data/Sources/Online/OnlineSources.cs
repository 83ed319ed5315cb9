namespace Froth.Data.Sources.Online;

/// <summary>The online sources <c>froth fetch --source</c> knows, by short name.</summary>
public static class OnlineSources
{
    /// <summary>The short names, in the order help lists them.</summary>
    public static IReadOnlyList<string> Names { get; } = ["yahoo", "eastmoney", "tencent", "stooq", "fred"];

    /// <summary>Creates the fetcher of a source.</summary>
    /// <param name="name">Short name (case-insensitive), one of <see cref="Names"/>.</param>
    /// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>; the caller owns it.</param>
    /// <param name="time">The clock ("today").</param>
    /// <param name="apiKey">An API key, used by <c>fred</c> only.</param>
    /// <exception cref="FrothException">The name is unknown, or an API key was given to a source that takes none.</exception>
    public static OnlineFetcher Create(string name, HttpClient http, TimeProvider time, string? apiKey = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        var source = name.Trim().ToLowerInvariant();
        if (apiKey is not null && source != "fred" && Names.Contains(source))
        {
            throw new FrothException($"--api-key is used by --source fred only; {source} takes no key.");
        }

        return source switch
        {
            "yahoo" => new YahooFetcher(http, time),
            "eastmoney" => new EastmoneyFetcher(http, time),
            "tencent" => new TencentFetcher(http, time),
            "stooq" => new StooqFetcher(http, time),
            "fred" => new FredFetcher(http, time, apiKey),
            _ => throw new FrothException($"Unknown source '{name}'; expected one of: {string.Join(", ", Names)}."),
        };
    }
}
