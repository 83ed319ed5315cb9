using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Series;

namespace Froth.Data.Sources.Online;

/// <summary>
/// FRED, the St. Louis Fed's economic data: with an API key, the <c>series/observations</c> JSON API
/// (<c>https://api.stlouisfed.org/fred/series/observations?series_id=SP500&amp;api_key=…&amp;file_type=json</c>,
/// layout <c>fred-observations-json</c>); without one, the keyless CSV download
/// (<c>https://fred.stlouisfed.org/graph/fredgraph.csv?id=SP500</c>, layout <c>fred-csv</c>).
/// </summary>
/// <remarks>
/// <para>Symbols are series ids: <c>FRED:SP500</c> or plain <c>SP500</c> (any case) name the series
/// <c>SP500</c>, stored as <c>FRED:SP500</c>; catalogue aliases do not apply (<c>SPX</c> is the FRED series
/// <c>SPX</c>, not the S&amp;P 500 index), except that FRED's daily exchange rates per US dollar resolve to the currency
/// pair they are stored as (<c>DEXHKUS</c> → <c>HKD=X</c>, close-only bars; <c>froth fetch HKD=X --source fred</c> asks for
/// <c>DEXHKUS</c>). A range adds <c>observation_start</c>/<c>observation_end</c> (JSON)
/// or <c>cosd</c>/<c>coed</c> (CSV).</para>
/// <para>The key is never shown or stored: the document location (provenance) and every message carry
/// <c>api_key=REDACTED</c>, and any text a server or the network sends back has the key replaced.</para>
/// </remarks>
public sealed partial class FredFetcher : OnlineFetcher
{
    /// <summary>The host of the JSON API (with a key).</summary>
    public const string ApiHost = "api.stlouisfed.org";

    /// <summary>The host of the keyless CSV download.</summary>
    public const string CsvHost = "fred.stlouisfed.org";

    /// <summary>What replaces the key in everything shown or stored.</summary>
    public const string Redacted = "REDACTED";

    private readonly string? _apiKey;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
    /// <param name="time">The clock ("today").</param>
    /// <param name="apiKey">FRED API key (32 lower-case letters and digits), or <see langword="null"/> for the keyless CSV.</param>
    /// <param name="options">Base URL (it replaces both FRED hosts) and cache.</param>
    /// <exception cref="FetchException">The key is not 32 lower-case letters and digits (the message does not repeat it).</exception>
    public FredFetcher(HttpClient http, TimeProvider time, string? apiKey, FetchSourceOptions? options = null)
        : base(http, time, options)
    {
        var key = string.IsNullOrWhiteSpace(apiKey) ? null : apiKey.Trim();
        if (key is not null && !ApiKeyForm().IsMatch(key))
        {
            throw new FetchException(FetchFailure.Unsupported, Name, null, $"The FRED API key (--api-key or FRED_API_KEY) is not a FRED key; expected 32 lower-case letters and digits, got {key.Length} characters.");
        }

        _apiKey = key;
    }

    /// <inheritdoc />
    public override string Name => "fred";

    /// <summary>True when requests go to the JSON API with a key.</summary>
    public bool UsesApiKey => _apiKey is not null;

    /// <inheritdoc />
    protected override string LayoutName => UsesApiKey ? "fred-observations-json" : "fred-csv";

    /// <summary>
    /// The series symbol <c>FRED:&lt;ID&gt;</c> of <c>FRED:ID</c> or a plain <c>ID</c> (upper-cased); for FRED's exchange
    /// rates per US dollar the currency pair they are stored as (<c>DEXHKUS</c>, <c>FRED:DEXHKUS</c>, <c>HKD=X</c> and
    /// <c>USDHKD</c> all give <c>HKD=X</c>).
    /// </summary>
    /// <exception cref="FetchException">The text is not a FRED series id.</exception>
    public override string ResolveSymbol(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        var pair = Symbols.SymbolCatalog.Find(t)?.Symbol ?? t;
        if (Wire.FredSeries.FxId(pair) is not null)
        {
            return Wire.FredSeries.FxSymbol(Wire.FredSeries.FxId(pair)!)!;
        }

        var id = (t.StartsWith("FRED:", StringComparison.OrdinalIgnoreCase) ? t[5..] : t).ToUpperInvariant();
        if (Wire.FredSeries.FxSymbol(id) is { } fx)
        {
            return fx;
        }

        if (!SeriesId().IsMatch(id))
        {
            throw new FetchException(FetchFailure.Unsupported, Name, null, $"'{text}' is not a FRED series id; expected one like SP500 or FRED:DGS10 (upper-case letters, digits and underscores).");
        }

        return $"FRED:{id}";
    }

    /// <inheritdoc />
    public override string CodeOf(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (Wire.FredSeries.FxId(symbol) is { } fx)
        {
            return fx;
        }

        return symbol.StartsWith("FRED:", StringComparison.Ordinal) && SeriesId().IsMatch(symbol[5..])
            ? symbol[5..]
            : throw new FetchException(FetchFailure.Unsupported, Name, symbol, $"{symbol} is not a FRED series; expected FRED:<ID> such as FRED:SP500.");
    }

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var id = CodeOf(request.Symbol);
        if (_apiKey is { } key)
        {
            var range = (request.From is { } f ? $"&observation_start={IsoDate.Format(f)}" : "") + (request.To is { } t ? $"&observation_end={IsoDate.Format(t)}" : "");
            return Url($"https://{ApiHost}", $"/fred/series/observations?series_id={id}&api_key={key}&file_type=json{range}");
        }

        var csvRange = (request.From is { } from ? $"&cosd={IsoDate.Format(from)}" : "") + (request.To is { } to ? $"&coed={IsoDate.Format(to)}" : "");
        return Url($"https://{CsvHost}", $"/graph/fredgraph.csv?id={id}{csvRange}");
    }

    /// <inheritdoc />
    protected override string Shown(Uri uri)
    {
        ArgumentNullException.ThrowIfNull(uri);
        return Redact(uri.AbsoluteUri);
    }

    /// <inheritdoc />
    protected override string Redact(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return _apiKey is { } key ? text.Replace(key, Redacted, StringComparison.OrdinalIgnoreCase) : text;
    }

    /// <inheritdoc />
    protected override string? ErrorDetail(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.ValueKind == JsonValueKind.Object
                && doc.RootElement.TryGetProperty("error_message", out var message)
                && message.ValueKind == JsonValueKind.String
                    ? message.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>
    /// FRED's error body inside a 200 (<c>error_code</c>, <c>error_message</c>) is reported here rather than by the
    /// layout, so that the message is FRED's own with the key replaced (the layout would quote it cut short, and a
    /// key cut short escapes redaction).
    /// </summary>
    protected override void CheckBody(Uri uri, byte[] body, string symbol)
    {
        ArgumentNullException.ThrowIfNull(uri);
        if (ErrorDetail(body) is { } message)
        {
            throw new FetchException(FetchFailure.ApiError, Name, symbol, $"{symbol}: FRED answered {Shown(uri)} with an error: {Redact(message)}");
        }
    }

    /// <summary>FRED answers HTTP 400 "The series does not exist." for an unknown id, and the CSV download 404.</summary>
    protected override bool MeansUnknownSymbol(HttpStatusCode status, string? detail) =>
        status == HttpStatusCode.NotFound
        || (status == HttpStatusCode.BadRequest && detail is not null && detail.Contains("does not exist", StringComparison.OrdinalIgnoreCase));

    /// <inheritdoc />
    protected override FetchFailure Classify(DataFormatException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Column == "error_message" ? FetchFailure.ApiError : FetchFailure.BadResponse;
    }

    [GeneratedRegex("^(?=.*[A-Z])[A-Z0-9_]{1,40}$")]
    private static partial Regex SeriesId();

    [GeneratedRegex("^[a-z0-9]{32}$")]
    private static partial Regex ApiKeyForm();
}
