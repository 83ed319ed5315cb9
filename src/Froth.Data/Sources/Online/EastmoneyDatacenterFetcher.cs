using System.Globalization;
using System.Text.Json;

namespace Froth.Data.Sources.Online;

/// <summary>
/// A report of Eastmoney's datacenter: <c>https://datacenter-web.eastmoney.com/api/data/v1/get?reportName={report}&amp;columns=ALL&amp;filter=…&amp;sortColumns=…&amp;sortTypes=-1&amp;pageSize=500&amp;pageNumber={n}&amp;source=WEB&amp;client=WEB</c>.
/// The answer is paged (<c>result.pages</c>): page 1 is asked for first, then every other page, each a document.
/// </summary>
/// <remarks>No recorded response of these reports exists; the requests and bodies follow the reports' documented shape (<c>docs/fetch.md</c>).</remarks>
public abstract class EastmoneyDatacenterFetcher : OnlineFetcher
{
    /// <summary>The host asked.</summary>
    public const string Host = "datacenter-web.eastmoney.com";

    /// <summary>Rows asked for per page (the most the datacenter serves).</summary>
    public const int PageSize = 500;

    /// <summary>Most pages fetched for one request.</summary>
    public const int MaxPages = 100;

    /// <summary>Creates the fetcher.</summary>
    /// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
    /// <param name="time">The clock ("today").</param>
    /// <param name="options">Base URL and cache.</param>
    protected EastmoneyDatacenterFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options)
        : base(http, time, options)
    {
    }

    /// <summary>The report name (<c>RPTA_WEB_MARGIN_DAILYTRADE</c>).</summary>
    protected abstract string Report { get; }

    /// <summary>The column the answer is sorted by, newest first (<c>STATISTICS_DATE</c>).</summary>
    protected abstract string DateColumn { get; }

    /// <summary>The filter of a request, without the date range (<c>(SECURITY_CODE="688256")</c>), or empty.</summary>
    protected abstract string Filter(FetchRequest request);

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request) => PageUri(request, 1);

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ImportBatch>> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        CodeOf(request.Symbol);
        return await FetchPagesAsync(request, page => PageUri(request, page), Pages, MaxPages, cancellationToken).ConfigureAwait(false);
    }

    private Uri PageUri(FetchRequest request, int page)
    {
        ArgumentNullException.ThrowIfNull(request);
        var filter = Filter(request)
            + (request.From is { } f ? $"({DateColumn}>='{IsoDate(f)}')" : "")
            + (request.To is { } t ? $"({DateColumn}<='{IsoDate(t)}')" : "");
        var query = string.Create(
            CultureInfo.InvariantCulture,
            $"/api/data/v1/get?reportName={Report}&columns=ALL{(filter.Length > 0 ? "&filter=" + Uri.EscapeDataString(filter) : "")}&sortColumns={DateColumn}&sortTypes=-1&pageSize={PageSize}&pageNumber={page}&source=WEB&client=WEB");
        return Url($"https://{Host}", query);
    }

    private static string IsoDate(DateOnly date) => Froth.Series.IsoDate.Format(date);

    /// <summary><c>result.pages</c> of a body the layout has read (1 when absent or when there is no data).</summary>
    private static long Pages(byte[] body)
    {
        try
        {
            using var doc = JsonDocument.Parse(body);
            return doc.RootElement.TryGetProperty("result", out var result) && result.ValueKind == JsonValueKind.Object
                && result.TryGetProperty("pages", out var pages) && pages.TryGetInt64(out var n) ? n : 1;
        }
        catch (JsonException)
        {
            return 1;
        }
    }
}
