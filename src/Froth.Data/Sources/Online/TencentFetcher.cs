using System.Globalization;
using System.Text.Json;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Online;

/// <summary>
/// Tencent's fqkline API: <c>https://web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh000300,day,2026-01-01,2026-12-31,640,qfq</c>
/// (code, period, first date, last date, row count, adjustment), read with the <c>tencent-fqkline-json</c> layout.
/// </summary>
/// <remarks>
/// <para>Codes are the exchange codes of <see cref="SymbolCatalog.ToExchangeCode"/>: <c>sh688256</c>,
/// <c>sz300308</c>, <c>bj430047</c>, <c>hk00700</c>. Stocks come forward-adjusted (<c>qfqday</c>), indices as
/// published (<c>day</c>).</para>
/// <para>One response holds at most <see cref="RowsPerRequest"/> rows, so a range is asked for one calendar
/// year at a time (a year has at most 262 weekdays), latest year first, each year a document of its own.
/// The walk stops at <c>from</c> (default 1990-01-01), at the first year without klines once later years had
/// some (the year before the listing), or after two years without klines from the start (a delisted or unknown
/// code, reported as unknown). A year that comes back with <see cref="RowsPerRequest"/> rows or more would be
/// truncated, and is refused.</para>
/// </remarks>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class TencentFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : OnlineFetcher(http, time, options)
{
    /// <summary>The host asked.</summary>
    public const string Host = "web.ifzq.gtimg.cn";

    /// <summary>The row count asked for per request (the most one response is relied on to hold).</summary>
    public const int RowsPerRequest = 640;

    /// <summary>First date asked for when a request names none.</summary>
    public static readonly DateOnly Earliest = new(1990, 1, 1);

    /// <inheritdoc />
    public override string Name => "tencent";

    /// <inheritdoc />
    protected override string LayoutName => "tencent-fqkline-json";

    /// <inheritdoc />
    public override string CodeOf(string symbol) =>
        SymbolCatalog.ToExchangeCode(symbol)
        ?? throw new FetchException(
            FetchFailure.Unsupported,
            Name,
            symbol,
            $"tencent has no code for {symbol}: its fqkline serves Shanghai, Shenzhen, Beijing and Hong Kong listings written like 688256.SS, 000300.SS, 300308.SZ or 0700.HK; "
            + "use --source eastmoney or yahoo for other indices, US stocks and currencies.");

    /// <summary>The URL of the request for the latest year of the range.</summary>
    public override Uri RequestUri(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (first, last) = Range(request);
        return YearUri(CodeOf(request.Symbol), last.Year, first, last);
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ImportBatch>> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var code = CodeOf(request.Symbol);
        var (first, last) = Range(request);
        var batches = new List<ImportBatch>();
        var emptyYears = 0;
        var checkedFrom = last;
        for (var year = last.Year; year >= first.Year; year--)
        {
            var uri = YearUri(code, year, first, last);
            var body = await GetAsync(uri, request.Symbol, cancellationToken).ConfigureAwait(false);
            checkedFrom = Max(first, new DateOnly(year, 1, 1));
            if (!HasKlines(body, code))
            {
                if (batches.Count > 0 || ++emptyYears == 2)
                {
                    break;
                }

                continue;
            }

            var batch = Read(uri, body, request.Symbol);
            if (batch.Bars.Any(s => s.Bars.Count >= RowsPerRequest))
            {
                throw new FetchException(
                    FetchFailure.BadResponse,
                    Name,
                    request.Symbol,
                    $"{request.Symbol}: {Shown(uri)} holds {RowsPerRequest} rows or more for one year, more than a year has sessions; the response may be cut short, so nothing was stored.");
            }

            batches.Add(batch);
        }

        if (batches.Count == 0)
        {
            throw new FetchException(
                FetchFailure.NotFound,
                Name,
                request.Symbol,
                $"{request.Symbol}: tencent has no daily klines for {code} from {IsoDate.Format(checkedFrom)} to {IsoDate.Format(last)}; check the symbol (a delisted or long-suspended listing has none), or try another --source.");
        }

        batches.Reverse();
        return batches;
    }

    /// <inheritdoc />
    protected override FetchFailure Classify(DataFormatException error)
    {
        ArgumentNullException.ThrowIfNull(error);
        return error.Column == "code" ? FetchFailure.ApiError : FetchFailure.BadResponse;
    }

    /// <summary>
    /// True when the body holds a non-empty kline array for <paramref name="code"/>. A body that is not
    /// readable JSON, or whose <c>code</c> is not 0, counts as holding klines, so that the layout reports it.
    /// </summary>
    private static bool HasKlines(byte[] body, string code)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object
                || !root.TryGetProperty("code", out var rc)
                || !(rc.ValueKind == JsonValueKind.Number && rc.TryGetInt64(out var n) && n == 0))
            {
                return true;
            }

            if (!root.TryGetProperty("data", out var data) || data.ValueKind != JsonValueKind.Object
                || !data.TryGetProperty(code, out var entry) || entry.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            foreach (var name in (string[])["qfqday", "day", "hfqday"])
            {
                if (entry.TryGetProperty(name, out var array) && array.ValueKind == JsonValueKind.Array && array.GetArrayLength() > 0)
                {
                    return true;
                }
            }

            return false;
        }
        catch (JsonException)
        {
            return true;
        }
    }

    private (DateOnly First, DateOnly Last) Range(FetchRequest request) => (request.From ?? Earliest, request.To ?? Today);

    private Uri YearUri(string code, int year, DateOnly first, DateOnly last)
    {
        var from = Max(first, new DateOnly(year, 1, 1));
        var to = Min(last, new DateOnly(year, 12, 31));
        return Url($"https://{Host}", string.Create(CultureInfo.InvariantCulture, $"/appstock/app/fqkline/get?param={code},day,{IsoDate.Format(from)},{IsoDate.Format(to)},{RowsPerRequest},qfq"));
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;

}
