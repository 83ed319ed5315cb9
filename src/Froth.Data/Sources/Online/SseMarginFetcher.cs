using System.Globalization;
using System.Text.Json;

namespace Froth.Data.Sources.Online;

/// <summary>
/// The Shanghai Stock Exchange's margin-trading summary: <c>https://query.sse.com.cn/marketdata/tradedata/queryMargin.do?isPagination=true&amp;beginDate={yyyyMMdd}&amp;endDate={yyyyMMdd}&amp;tabType=&amp;stockCode=&amp;pageHelp.pageSize=5000&amp;pageHelp.pageNo=1&amp;…</c>,
/// with a <c>Referer: https://www.sse.com.cn/</c> header (the service refuses requests without one), read with the
/// <c>sse-margin-json</c> layout into the <c>SH:</c> margin series.
/// </summary>
/// <remarks>
/// Without <c>--from</c> the whole history is asked for (begin and end dates empty, about 4,000 days, one page of at most
/// 5,000 rows); a longer answer is fetched page by page (<c>pageHelp.pageNo</c>, up to <c>pageHelp.pageCount</c> and until a
/// page comes back empty or repeats one already read, at most <see cref="MaxPages"/>), each page a document. A range SSE has not
/// published (a weekend, a holiday, today before the evening) comes back with empty data: the document is stored with an
/// Info issue saying so and no rows, never as zeros.
/// </remarks>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class SseMarginFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : OnlineFetcher(http, time, options)
{
    /// <summary>The host asked.</summary>
    public const string Host = "query.sse.com.cn";

    /// <summary>Rows asked for per page.</summary>
    public const int PageSize = 5000;

    /// <summary>Most pages fetched for one request (far more than the history has).</summary>
    public const int MaxPages = 20;

    /// <inheritdoc />
    public override string Name => "sse-margin";

    /// <inheritdoc />
    protected override string LayoutName => "sse-margin-json";

    /// <inheritdoc />
    public override string ResolveSymbol(string text) => MarginSymbols.Resolve(Name, text, "SH", "SSE", "SHANGHAI");

    /// <inheritdoc />
    public override string CodeOf(string symbol) => MarginSymbols.CodeOf(Name, symbol, "SH");

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request) => PageUri(request, 1);

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ImportBatch>> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CodeOf(request.Symbol);
        return await FetchPagesAsync(request, page => PageUri(request, page), PageCount, MaxPages, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc />
    protected override void Prepare(HttpRequestMessage request)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.Headers.Referrer = new Uri("https://www.sse.com.cn/");
    }

    /// <inheritdoc />
    protected override bool Holds(string symbol, IReadOnlyList<string> held) => MarginSymbols.Holds("SH", held);

    private Uri PageUri(FetchRequest request, int page)
    {
        CodeOf(request.Symbol);
        var begin = request.From is { } f ? f.ToString("yyyyMMdd", CultureInfo.InvariantCulture) : "";
        var end = request.From is null && request.To is null ? "" : (request.To ?? Today).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        return Url(
            $"https://{Host}",
            string.Create(CultureInfo.InvariantCulture, $"/marketdata/tradedata/queryMargin.do?isPagination=true&beginDate={begin}&endDate={end}&tabType=&stockCode=&pageHelp.pageSize={PageSize}&pageHelp.pageNo={page}&pageHelp.beginPage={page}&pageHelp.cacheSize=1&pageHelp.endPage={page}"));
    }

    /// <summary><c>pageHelp.pageCount</c> of a body the layout has read (1 when absent).</summary>
    private static long PageCount(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("pageHelp", out var page) && page.TryGetProperty("pageCount", out var count) && count.TryGetInt64(out var n) ? n : 1;
        }
        catch (JsonException)
        {
            return 1;
        }
    }
}
