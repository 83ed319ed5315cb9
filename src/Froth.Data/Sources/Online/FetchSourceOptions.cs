namespace Froth.Data.Sources.Online;

/// <summary>
/// Per-source settings of a fetcher: where it sends its requests and whether it keeps the responses it read.
/// </summary>
/// <remarks>
/// <see cref="BaseUrl"/> replaces the scheme, host and port of every request the source sends (its path and query are
/// kept), so that a mirror, a proxy or a loopback test server can stand in for the real service. <c>froth fetch</c>
/// takes it from <c>--base-url</c> or the variable <c>FROTH_&lt;SOURCE&gt;_URL</c> (<see cref="OnlineSources.BaseUrlVariable"/>).
/// </remarks>
public sealed record FetchSourceOptions
{
    /// <summary>No override and no cache.</summary>
    public static FetchSourceOptions Default { get; } = new();

    /// <summary>
    /// An absolute http(s) URL (<c>http://127.0.0.1:5180</c>, or with a path prefix <c>https://mirror.example/sse</c>)
    /// that replaces the source's own base URL; <see langword="null"/> for the source's.
    /// </summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Responses kept on disk and reused while fresh; <see langword="null"/> to ask the source every time.</summary>
    public ResponseCache? Cache { get; init; }

    /// <summary>
    /// The largest response accepted, in bytes after decompression; <see langword="null"/> for the source's own limit
    /// (<see cref="OnlineFetcher.MaxResponseBytes"/>).
    /// </summary>
    public long? MaxResponseBytes { get; init; }

    /// <summary>Checks <see cref="BaseUrl"/>.</summary>
    /// <exception cref="FrothException">It is not an absolute http(s) URL without a query or fragment.</exception>
    public void Validate()
    {
        if (BaseUrl is { } url && (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https") || url.Query.Length > 0 || url.Fragment.Length > 0))
        {
            throw new FrothException($"The base URL '{url.OriginalString}' is not usable; expected an absolute http or https URL without a query, like http://127.0.0.1:5180 or https://mirror.example/prefix.");
        }

        if (MaxResponseBytes is < 1)
        {
            throw new FrothException($"The response limit {MaxResponseBytes} bytes is not usable; expected at least 1 byte.");
        }
    }

    /// <summary>Parses a base URL the user gave.</summary>
    /// <exception cref="FrothException">The text is not an absolute http(s) URL without a query or fragment.</exception>
    public static Uri ParseBaseUrl(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!Uri.TryCreate(text.Trim(), UriKind.Absolute, out var url))
        {
            throw new FrothException($"The base URL '{text}' is not a URL; expected an absolute http or https URL like http://127.0.0.1:5180.");
        }

        new FetchSourceOptions { BaseUrl = url }.Validate();
        return url;
    }
}
