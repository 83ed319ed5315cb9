using System.Net;
using Froth.Data.Symbols;
using Polly.Timeout;

namespace Froth.Data.Sources.Online;

/// <summary>
/// A fetcher of one online source: maps a canonical symbol to the source's code, builds the request URL for a
/// date range, sends it through the shared client (<see cref="FetchHttp"/>) and reads the body with the
/// source's existing layout through <see cref="SourceReader.Read"/> (the URL, with any key redacted, is the
/// document's location and so its provenance). Every expected failure is a <see cref="FetchException"/>.
/// </summary>
/// <remarks>
/// Each source's base URL can be replaced (<see cref="FetchSourceOptions.BaseUrl"/>: a mirror, or a loopback server
/// in tests), and bodies that were read and held rows can be kept and reused (<see cref="FetchSourceOptions.Cache"/>).
/// </remarks>
public abstract class OnlineFetcher
{
    private readonly HashSet<string> _fromCache = new(StringComparer.Ordinal);
    private readonly Lock _gate = new();

    /// <summary>Creates the fetcher over a client made by <see cref="FetchHttp.CreateClient"/>.</summary>
    /// <param name="http">The client; the caller owns it.</param>
    /// <param name="time">The clock that says what "today" is (the default end of a range).</param>
    /// <param name="options">Base URL and cache; <see langword="null"/> for <see cref="FetchSourceOptions.Default"/>.</param>
    /// <exception cref="FrothException">The base URL is not an absolute http(s) URL without a query.</exception>
    protected OnlineFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(http);
        ArgumentNullException.ThrowIfNull(time);
        Http = http;
        Time = time;
        Options = options ?? FetchSourceOptions.Default;
        Options.Validate();
    }

    /// <summary>
    /// The largest response this source accepts, in bytes after decompression (docs/fetch.md lists each source's):
    /// <see cref="FetchSourceOptions.MaxResponseBytes"/> when set, else <see cref="DefaultMaxResponseBytes"/>.
    /// </summary>
    public long MaxResponseBytes => Options.MaxResponseBytes ?? DefaultMaxResponseBytes;

    /// <summary>The source's own response limit: 64 MB unless a source overrides it.</summary>
    protected virtual long DefaultMaxResponseBytes => 64L << 20;

    /// <summary>The base URL and cache settings.</summary>
    protected FetchSourceOptions Options { get; }

    /// <summary>Short name, also the source name of the series stored (<c>yahoo</c>).</summary>
    public abstract string Name { get; }

    /// <summary>The layout the bodies are read with (<see cref="ISourceLayout.Name"/>).</summary>
    protected abstract string LayoutName { get; }

    /// <summary>The shared client.</summary>
    protected HttpClient Http { get; }

    /// <summary>The clock.</summary>
    protected TimeProvider Time { get; }

    /// <summary>Today, as a UTC date: the end of a range that names none.</summary>
    protected DateOnly Today => DateOnly.FromDateTime(Time.GetUtcNow().UtcDateTime);

    /// <summary>
    /// The canonical symbol of what the user typed: a catalogue symbol or alias (<c>HSTECH</c> →
    /// <c>HSTECH.HK</c>, <c>CAMBRICON</c> → <c>688256.SS</c>), an exchange code (<c>sh688256</c>), else the text
    /// upper-cased as a Yahoo-style symbol.
    /// </summary>
    /// <exception cref="FetchException">The text is empty or names a valuation or macro series (<c>X:Y</c>) this source does not serve.</exception>
    public virtual string ResolveSymbol(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        if (t.Length == 0)
        {
            throw new FetchException(FetchFailure.Unsupported, Name, null, "An empty symbol; expected a symbol such as 0700.HK or an alias such as HSTECH.");
        }

        var symbol = SymbolCatalog.Find(t)?.Symbol ?? SymbolCatalog.FromExchangeCode(t) ?? t.ToUpperInvariant();
        if (symbol.Contains(':', StringComparison.Ordinal))
        {
            throw new FetchException(
                FetchFailure.Unsupported,
                Name,
                symbol,
                $"{symbol} is a valuation or macro series, which {Name} does not serve; {(symbol.StartsWith("FRED:", StringComparison.OrdinalIgnoreCase) ? "use --source fred" : "import it from a file")}.");
        }

        return symbol;
    }

    /// <summary>The source's code for a canonical symbol (Yahoo <c>^NDX</c>, Eastmoney <c>100.NDX100</c>, Stooq <c>^ndx</c>…).</summary>
    /// <exception cref="FetchException">The source has no code for the symbol (<see cref="FetchFailure.Unsupported"/>); the message says which symbols it serves.</exception>
    public abstract string CodeOf(string symbol);

    /// <summary>The URL of the (first) request for <paramref name="request"/>, exactly as it is sent.</summary>
    /// <exception cref="FetchException">The source has no code for the symbol.</exception>
    public abstract Uri RequestUri(FetchRequest request);

    /// <summary>
    /// Fetches <paramref name="request"/>: one request per document (most sources need one), each read into an
    /// <see cref="ImportBatch"/> whose location is the URL, with any API key redacted.
    /// </summary>
    /// <exception cref="FetchException">The fetch failed; the message says why and what to do.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="cancellationToken"/> was cancelled.</exception>
    public virtual async Task<IReadOnlyList<ImportBatch>> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var uri = RequestUri(request);
        var body = await GetAsync(uri, request.Symbol, cancellationToken).ConfigureAwait(false);
        return [Read(uri, body, request.Symbol)];
    }

    /// <summary>
    /// A request URL: <paramref name="pathAndQuery"/> (starting with <c>/</c>) on the source's base URL
    /// <paramref name="defaultBase"/> (<c>https://query1.finance.yahoo.com</c>), or on <see cref="FetchSourceOptions.BaseUrl"/>
    /// when one is set (its path, if any, is kept as a prefix).
    /// </summary>
    protected Uri Url(string defaultBase, string pathAndQuery)
    {
        ArgumentNullException.ThrowIfNull(defaultBase);
        ArgumentNullException.ThrowIfNull(pathAndQuery);
        var root = (Options.BaseUrl?.AbsoluteUri ?? defaultBase).TrimEnd('/');
        return new Uri(root + pathAndQuery);
    }

    /// <summary>Adds what the source needs to a request before it is sent (a <c>Referer</c> header); nothing by default.</summary>
    protected virtual void Prepare(HttpRequestMessage request)
    {
    }

    /// <summary>
    /// Whether a batch read for <paramref name="symbol"/> holds only what was asked for: by default every series'
    /// symbol is <paramref name="symbol"/>; sources whose one answer holds several series of a subject override it.
    /// </summary>
    protected virtual bool Holds(string symbol, IReadOnlyList<string> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return held.All(s => string.Equals(s, symbol, StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>The URL as stored and shown: the request URL with secrets (an API key) replaced.</summary>
    protected virtual string Shown(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return uri.AbsoluteUri;
    }

    /// <summary>Text with secrets replaced, for any message built from what a server or the network said.</summary>
    protected virtual string Redact(string text) => text;

    /// <summary>
    /// The source's own explanation inside an error body (Yahoo's <c>chart.error.description</c>, FRED's
    /// <c>error_message</c>), or <see langword="null"/>.
    /// </summary>
    protected virtual string? ErrorDetail(byte[] body) => null;

    /// <summary>
    /// Whether an error status (with the source's explanation, if any) means that the source does not know the
    /// symbol: HTTP 404 by default.
    /// </summary>
    protected virtual bool MeansUnknownSymbol(HttpStatusCode status, string? detail) => status == HttpStatusCode.NotFound;

    /// <summary>
    /// Checks a 200 body before it is parsed (Stooq answers <c>No data</c> for a symbol it does not know);
    /// throws a <see cref="FetchException"/> for a body that is an answer in words rather than data.
    /// </summary>
    protected virtual void CheckBody(Uri uri, byte[] body, string symbol)
    {
    }

    /// <summary>
    /// Maps an error the layout found in a 200 body to the failure it means: by default an API-level error
    /// stays a <see cref="FetchFailure.BadResponse"/>; sources whose body says "unknown symbol" override it.
    /// </summary>
    protected virtual FetchFailure Classify(DataFormatException error) => FetchFailure.BadResponse;

    /// <summary>
    /// Fetches a paged report, one document per page: pages 1, 2, … until the last page the body announces
    /// (<paramref name="pageCount"/>), a page past the last one (empty), the same page again (a server that ignores the
    /// page number: the same content hash), or <paramref name="maxPages"/>.
    /// </summary>
    private protected async Task<IReadOnlyList<ImportBatch>> FetchPagesAsync(
        FetchRequest request, Func<int, Uri> pageUri, Func<byte[], long> pageCount, int maxPages, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(pageUri);
        ArgumentNullException.ThrowIfNull(pageCount);
        var batches = new List<ImportBatch>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var page = 1; page <= maxPages; page++)
        {
            var uri = pageUri(page);
            var body = await GetAsync(uri, request.Symbol, cancellationToken).ConfigureAwait(false);
            var batch = Read(uri, body, request.Symbol);
            if (!seen.Add(batch.Document.ContentHash) || (page > 1 && batch.RowCount == 0))
            {
                break;
            }

            batches.Add(batch);
            if (page >= pageCount(body))
            {
                break;
            }
        }

        return batches;
    }

    /// <summary>Sends a GET and returns the body of a 2xx answer; maps every failure to a <see cref="FetchException"/>.</summary>
    /// <remarks>With a cache (<see cref="FetchSourceOptions.Cache"/>), a fresh entry for the URL is returned instead.</remarks>
    protected async Task<byte[]> GetAsync(Uri uri, string symbol, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (Options.Cache?.TryGet(uri) is { } cached)
        {
            lock (_gate)
            {
                _fromCache.Add(uri.AbsoluteUri);
            }

            return cached;
        }

        var host = uri.Host;
        using var message = new HttpRequestMessage(HttpMethod.Get, uri);
        Prepare(message);
        message.Options.Set(FetchHttp.MaxResponseBytesKey, MaxResponseBytes);
        HttpResponseMessage response;
        try
        {
            response = await Http.SendAsync(message, HttpCompletionOption.ResponseContentRead, cancellationToken).ConfigureAwait(false);
        }
        catch (ResponseLimitException e)
        {
            throw new FetchException(FetchFailure.BadResponse, Name, symbol, $"{symbol}: {e.Message}; not retried, nothing was stored.", e);
        }
        catch (HttpRequestException e) when (FetchHttp.IsOffline(e))
        {
            throw new FetchException(FetchFailure.Offline, Name, null, $"cannot reach {host}: no network connection ({Redact(FetchHttp.Describe(e))}); nothing was fetched.", e);
        }
        catch (HttpRequestException e)
        {
            throw new FetchException(FetchFailure.Network, Name, symbol, $"{symbol}: cannot reach {host}: {Redact(FetchHttp.Describe(e))} ({Tries(message)}); try again later.", e);
        }
        catch (TimeoutRejectedException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(FetchFailure.Timeout, Name, symbol, $"{symbol}: {host} did not answer within {FetchHttp.Seconds(e.Timeout)} ({Tries(message)}); try again later.", e);
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new FetchException(FetchFailure.Timeout, Name, symbol, $"{symbol}: {host} did not answer ({Tries(message)}, the request was cancelled by a time-out); try again later.", e);
        }

        using (response)
        {
            var body = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return body;
            }

            throw StatusFailure(uri, symbol, response, body, message);
        }
    }

    /// <summary>
    /// Reads a 2xx body with the layout; maps a layout error to a <see cref="FetchException"/> and checks that the body
    /// holds <paramref name="symbol"/> (<see cref="Holds"/>). With a cache, a body that was read and holds rows is kept.
    /// </summary>
    protected ImportBatch Read(Uri uri, byte[] body, string symbol)
    {
        ArgumentNullException.ThrowIfNull(uri);
        ArgumentNullException.ThrowIfNull(body);
        CheckBody(uri, body, symbol);
        ImportBatch batch;
        try
        {
            batch = SourceReader.Read(new SourceInput(Shown(uri), body), LayoutName);
        }
        catch (DataFormatException e)
        {
            throw new FetchException(Classify(e), Name, symbol, $"{symbol}: {Redact(e.Message)}", e);
        }

        var held = batch.Bars.Select(s => s.Instrument.Symbol).Concat(batch.Scalars.Select(s => s.Instrument.Symbol)).Distinct(StringComparer.Ordinal).ToList();
        if (!Holds(symbol, held))
        {
            throw new FetchException(
                FetchFailure.BadResponse,
                Name,
                symbol,
                $"{symbol}: {Shown(uri)} holds {string.Join(", ", held)}, not the {symbol} asked for; nothing was stored.");
        }

        if (Options.Cache is { } cache && batch.RowCount > 0)
        {
            bool cached;
            lock (_gate)
            {
                cached = _fromCache.Remove(uri.AbsoluteUri);
            }

            if (!cached)
            {
                cache.Put(uri, Shown(uri), body);
            }
        }

        return batch;
    }

    private FetchException StatusFailure(Uri uri, string symbol, HttpResponseMessage response, byte[] body, HttpRequestMessage message)
    {
        var host = uri.Host;
        var status = (int)response.StatusCode;
        var http = $"HTTP {status} {response.ReasonPhrase}".TrimEnd();
        var detail = ErrorDetail(body) is { Length: > 0 } d ? $" ({Redact(d)})" : "";
        if (MeansUnknownSymbol(response.StatusCode, ErrorDetail(body)))
        {
            return new FetchException(
                FetchFailure.NotFound,
                Name,
                symbol,
                $"{symbol}: {Name} does not know this symbol (asked for {CodeOf(symbol)}; {http} from {host}{detail}); check the symbol, or try another --source.");
        }

        if (response.StatusCode == HttpStatusCode.TooManyRequests)
        {
            var wait = FetchHttp.RetryAfter(response, Time.GetUtcNow());
            var when = wait is { } w
                ? $"after {(Time.GetUtcNow() + w).UtcDateTime:yyyy-MM-dd HH:mm:ss} UTC (the server's Retry-After, {FetchHttp.Seconds(w)} from now)"
                : "in a few minutes";
            return new FetchException(FetchFailure.RateLimited, Name, symbol, $"{symbol}: {host} is rate-limiting these requests ({http}, {Tries(message)}){detail}; try again {when}.");
        }

        if (status >= 500)
        {
            return new FetchException(FetchFailure.ServerError, Name, symbol, $"{symbol}: {host} failed with {http} ({Tries(message)}){detail}; the service is having trouble, try again later.");
        }

        return new FetchException(FetchFailure.Refused, Name, symbol, $"{symbol}: {host} refused the request for {CodeOf(symbol)} with {http}{detail}.");
    }

    private static string Tries(HttpRequestMessage message)
    {
        var n = message.Options.TryGetValue(FetchHttp.Attempts, out var attempts) ? attempts : 1;
        return n == 1 ? "1 attempt" : $"{n} attempts";
    }
}
