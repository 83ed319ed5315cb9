using System.Globalization;
using System.Text;
using Froth.Data.Symbols;

namespace Froth.Data.Sources.Online;

/// <summary>
/// Stooq's daily CSV download: <c>https://stooq.com/q/d/l/?s=%5Endx&amp;i=d</c> (the whole history), or with
/// <c>&amp;d1=YYYYMMDD&amp;d2=YYYYMMDD</c> for a range, read with the <c>stooq</c> layout.
/// </summary>
/// <remarks>
/// Codes by <see cref="StooqCodes"/>: <c>^ndx</c>, <c>^ndq</c>, <c>^spx</c>, <c>^dji</c>, <c>^hsi</c>, <c>^shc</c>;
/// US stocks and ETFs <c>aapl.us</c>; Hong Kong <c>700.hk</c>; currencies <c>usdcny</c>. Stooq answers HTTP 200
/// with the body <c>No data</c> for a symbol it does not know (or a range without sessions), and
/// <c>Exceeded the daily hits limit</c> when the day's quota of downloads is used up; both are reported as
/// such, not parsed.
/// </remarks>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class StooqFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : OnlineFetcher(http, time, options)
{
    /// <summary>The host asked.</summary>
    public const string Host = "stooq.com";

    /// <summary>First date asked for when a request names an end date but no start.</summary>
    public static readonly DateOnly Earliest = new(1800, 1, 1);

    /// <inheritdoc />
    public override string Name => "stooq";

    /// <inheritdoc />
    protected override string LayoutName => "stooq";

    /// <inheritdoc />
    public override string CodeOf(string symbol) =>
        StooqCodes.ToCode(symbol)
        ?? throw new FetchException(
            FetchFailure.Unsupported,
            Name,
            symbol,
            $"stooq has no code for {symbol}: Froth maps US stocks and ETFs (QQQ), the indices ^NDX, ^IXIC, ^GSPC, ^DJI, ^HSI and 000001.SS, currencies (CNY=X) and Hong Kong stocks (0700.HK); "
            + "use --source eastmoney or tencent for Shanghai and Shenzhen stocks.");

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = Uri.EscapeDataString(CodeOf(request.Symbol));
        if (request.From is null && request.To is null)
        {
            return Url($"https://{Host}", $"/q/d/l/?s={code}&i=d");
        }

        var d1 = (request.From ?? Earliest).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var d2 = (request.To ?? Today).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return Url($"https://{Host}", $"/q/d/l/?s={code}&d1={d1}&d2={d2}&i=d");
    }

    /// <inheritdoc />
    protected override void CheckBody(Uri uri, byte[] body, string symbol)
    {
        ArgumentNullException.ThrowIfNull(body);
        var head = Encoding.UTF8.GetString(body, 0, Math.Min(body.Length, 200)).Trim();
        if (head.StartsWith("No data", StringComparison.OrdinalIgnoreCase))
        {
            throw new FetchException(
                FetchFailure.NotFound,
                Name,
                symbol,
                $"{symbol}: stooq has no data for {CodeOf(symbol)} (it answered 'No data' to {Shown(uri)}); check the symbol and the dates, or try another --source.");
        }

        if (head.Contains("Exceeded the daily hits limit", StringComparison.OrdinalIgnoreCase))
        {
            throw new FetchException(
                FetchFailure.RateLimited,
                Name,
                symbol,
                $"{symbol}: stooq's daily quota of downloads is used up (it answered 'Exceeded the daily hits limit'); try again tomorrow, or use another --source.");
        }
    }
}
