using System.Globalization;
using Froth.Series;

namespace Froth.Data.Sources.Online;

/// <summary>
/// The Shenzhen Stock Exchange's margin-trading totals, one request per weekday:
/// <c>https://www.szse.cn/api/report/ShowReport/data?SHOWTYPE=JSON&amp;CATALOGID=1837_xxpl&amp;TABKEY=tab1&amp;txtDate={yyyy-MM-dd}</c>,
/// read with the <c>szse-margin-json</c> layout into the <c>SZ:</c> margin series.
/// </summary>
/// <remarks>
/// The report gives one day, so a range is one request per Monday to Friday, oldest first, each a document (with
/// <c>--cache</c>, days already fetched are not asked again). Without <c>--from</c> the range is the 31 days up to
/// <c>--to</c> (default today); at most <see cref="MaxDays"/> days are asked for at once. A day SZSE has not published
/// (a holiday, today before the evening) comes back with empty data: its document is stored with an Info issue and no
/// rows — empty is not zero.
/// </remarks>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class SzseMarginFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : OnlineFetcher(http, time, options)
{
    /// <summary>The host asked.</summary>
    public const string Host = "www.szse.cn";

    /// <summary>Days before <c>--to</c> asked for when no <c>--from</c> is given.</summary>
    public const int DefaultDays = 31;

    /// <summary>Longest range asked for at once, in calendar days (a year of weekdays is about 260 requests).</summary>
    public const int MaxDays = 366;

    /// <inheritdoc />
    public override string Name => "szse-margin";

    /// <inheritdoc />
    protected override string LayoutName => "szse-margin-json";

    /// <inheritdoc />
    public override string ResolveSymbol(string text) => MarginSymbols.Resolve(Name, text, "SZ", "SZSE", "SHENZHEN");

    /// <inheritdoc />
    public override string CodeOf(string symbol) => MarginSymbols.CodeOf(Name, symbol, "SZ");

    /// <inheritdoc />
    public override Uri RequestUri(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (first, _) = Range(request);
        return DayUri(first);
    }

    /// <inheritdoc />
    public override async Task<IReadOnlyList<ImportBatch>> FetchAsync(FetchRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (first, last) = Range(request);
        var batches = new List<ImportBatch>();
        for (var day = first; day <= last; day = day.AddDays(1))
        {
            if (day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                continue;
            }

            var uri = DayUri(day);
            var body = await GetAsync(uri, request.Symbol, cancellationToken).ConfigureAwait(false);
            batches.Add(Read(uri, body, request.Symbol));
        }

        return batches;
    }

    /// <inheritdoc />
    protected override bool Holds(string symbol, IReadOnlyList<string> held) => MarginSymbols.Holds("SZ", held);

    private (DateOnly First, DateOnly Last) Range(FetchRequest request)
    {
        CodeOf(request.Symbol);
        var last = request.To ?? Today;
        var first = request.From ?? last.AddDays(-DefaultDays);
        if (last.DayNumber - first.DayNumber + 1 > MaxDays)
        {
            throw new FetchException(
                FetchFailure.Unsupported,
                Name,
                request.Symbol,
                $"{request.Symbol}: szse-margin asks for one day per request; {IsoDate.Format(first)} to {IsoDate.Format(last)} is more than {MaxDays} days, so ask for at most a year at a time (--from, --to).");
        }

        return (first, last);
    }

    private Uri DayUri(DateOnly day) =>
        Url($"https://{Host}", string.Create(CultureInfo.InvariantCulture, $"/api/report/ShowReport/data?SHOWTYPE=JSON&CATALOGID=1837_xxpl&TABKEY=tab1&txtDate={IsoDate.Format(day)}"));
}
