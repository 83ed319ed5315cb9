using System.Globalization;
using System.Text.Json;

namespace Froth.Data.Sources.Online;

/// <summary>
/// Yahoo Finance's v8 chart API: <c>https://query1.finance.yahoo.com/v8/finance/chart/{symbol}?period1=…&amp;period2=…&amp;interval=1d&amp;events=div%2Csplits&amp;includeAdjustedClose=true</c>,
/// read with the <c>yahoo-chart-json</c> layout (two series: <c>yahoo</c>, prices as traded and split-adjusted,
/// and <c>yahoo-adj</c>, adjusted for dividends too, from <c>adjclose</c>).
/// </summary>
/// <remarks>
/// Froth's canonical symbols are Yahoo's, so the code is the symbol itself (<c>0700.HK</c>, <c>^NDX</c>,
/// <c>CNY=X</c>, <c>HKD=X</c>); the Hang Seng TECH index is <c>HSTECH.HK</c> at Yahoo (there is no
/// <c>^HSTECH</c>). <c>period1</c> is the first date at 00:00 UTC (default 1900-01-01, the whole history),
/// <c>period2</c> the day after the last date at 00:00 UTC, so that every session of the last date is inside.
/// </remarks>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class YahooFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : OnlineFetcher(http, time, options)
{
    /// <summary>The host asked.</summary>
    public const string Host = "query1.finance.yahoo.com";

    /// <summary>First date asked for when a request names none.</summary>
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    /// <inheritdoc />
    public override string Name => "yahoo";

    /// <inheritdoc />
    protected override string LayoutName => "yahoo-chart-json";

    /// <inheritdoc />
    public override string CodeOf(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        if (symbol.Length == 0 || symbol.Any(c => char.IsWhiteSpace(c) || c == ':' || c == '/'))
        {
            throw new FetchException(FetchFailure.Unsupported, Name, symbol, $"'{symbol}' is not a Yahoo symbol; expected one like 0700.HK, ^NDX or CNY=X.");
        }

        return symbol;
    }

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = CodeOf(request.Symbol);
        var period1 = UnixSeconds(request.From ?? Earliest);
        var period2 = UnixSeconds((request.To ?? Today).AddDays(1));
        return Url($"https://{Host}", string.Create(
            CultureInfo.InvariantCulture,
            $"/v8/finance/chart/{Uri.EscapeDataString(code)}?period1={period1}&period2={period2}&interval=1d&events=div%2Csplits&includeAdjustedClose=true"));
    }

    /// <inheritdoc />
    protected override string? ErrorDetail(byte[] body)
    {
        ArgumentNullException.ThrowIfNull(body);
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("chart", out var chart)
                && chart.ValueKind == JsonValueKind.Object
                && chart.TryGetProperty("error", out var error)
                && error.ValueKind == JsonValueKind.Object
                && error.TryGetProperty("description", out var description)
                && description.ValueKind == JsonValueKind.String
                    ? description.GetString()
                    : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <inheritdoc />
    protected override FetchFailure Classify(DataFormatException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Column == "chart.error" ? FetchFailure.ApiError : FetchFailure.BadResponse;
    }

    private static long UnixSeconds(DateOnly date) =>
        new DateTimeOffset(date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).ToUnixTimeSeconds();
}
