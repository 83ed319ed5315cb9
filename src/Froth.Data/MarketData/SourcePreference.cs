using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>
/// Which of an instrument's sources is used when a command names none.
/// </summary>
/// <remarks>
/// <para>
/// The rule, in order:
/// </para>
/// <list type="number">
/// <item>A source with less than <see cref="ExcerptShare"/> of the rows of the instrument's longest source is an
/// excerpt (a recorded API response of a few days, the first and last lines of a file), not a history: it comes
/// after every source that is not.</item>
/// <item>Current data wins. A source is current when its <see cref="SeriesSource.FreshUntil"/> is within
/// <see cref="RecencyWindowDays"/> days of the freshest source's. <c>FreshUntil</c> is the last date, or, when the
/// tail is a stale run of at least <see cref="StaleData.RunLength"/> equal closes, the first date of that run, so
/// that a source padded forward with its last value does not beat one that kept observing.</item>
/// <item>Among current sources, one without a stale tail comes before one with (its last values are observed,
/// not padded); then the longer history (more rows) wins; then the one with volume; then the later
/// <c>FreshUntil</c>; then the source name, ordinal, so that the choice is always the same.</item>
/// <item>Sources that are not current follow, freshest first, by the same keys.</item>
/// </list>
/// <para>
/// For the sample snapshot this prefers the Nasdaq 100 file that runs to 2026-07-13 over the Stooq history that
/// stops 73 days earlier (and over Stooq's 11-line excerpt); the Sina Shanghai Composite history (1990 to
/// 2026-07-24) over Yahoo's 2020–2026 file, which ends only 14 days later, so that <c>SSEC</c> covers the 2007
/// and 2015 bubbles; the Sina Hang Seng Tech file (to 2026-07) over the investing.com export (to 2024-11); the
/// Sina CSI 300 history (2002 to 2026-07-24) over the Tencent one (2014 to 2026-08-05) and over the two
/// three-day API responses that end in 2026-09; and, for the Hang Seng Tech P/E, treats the ERP monitor's series
/// as fresh only until 2026-04-20, where its value stops moving, and prefers the lixinger file it derives from,
/// which ends that day without padding. Recency comes first because Froth's questions are about the current rally; within a month of the
/// freshest data, history length decides, because the bubble tests need it. A command names another source
/// with <c>--source</c>.
/// </para>
/// </remarks>
public static class SourcePreference
{
    /// <summary>
    /// A source with fewer rows than this share of the instrument's longest source (1%) is an excerpt. In the
    /// snapshot the excerpts (three- and five-day API responses, an 11-line Stooq excerpt) hold 0.05% to 0.09% of
    /// their instrument's longest source, and the shortest genuine second history (the 1994–2000 Nasdaq file of the
    /// LPPLS reference, 1,563 rows against 14,003) holds 11%: 1% is an order of magnitude from both.
    /// </summary>
    public const double ExcerptShare = 0.01;

    /// <summary>
    /// Sources whose fresh data end within this many calendar days (31) of the freshest source's are equally
    /// current, and history length decides between them. A month is short enough that the preferred series is
    /// never more than about twenty sessions behind the freshest one, and long enough to absorb the usual lag
    /// between a history file and a more recent snapshot of the same index (14 days for the Shanghai
    /// Composite's Sina and Yahoo files in the sample snapshot).
    /// </summary>
    public const int RecencyWindowDays = 31;

    /// <summary>Orders the sources of one instrument, preferred first, by the documented rule.</summary>
    public static IReadOnlyList<SeriesSource> Order(IEnumerable<SeriesSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var all = sources.ToList();
        var longest = all.Count == 0 ? 0 : all.Max(s => s.Rows);
        var freshest = all.Where(s => !IsExcerpt(s, longest)).Select(s => (DateOnly?)s.FreshUntil).Max();
        bool IsCurrent(SeriesSource s) => freshest is { } f && s.FreshUntil.DayNumber >= f.DayNumber - RecencyWindowDays;
        return [.. all
            .OrderBy(s => IsExcerpt(s, longest))
            .ThenByDescending(IsCurrent)
            .ThenBy(s => IsCurrent(s) && s.StaleSince is not null)
            .ThenByDescending(s => IsCurrent(s) ? s.Rows : 0)
            .ThenByDescending(s => IsCurrent(s) && s.HasVolume)
            .ThenByDescending(s => s.FreshUntil)
            .ThenByDescending(s => s.HasVolume)
            .ThenByDescending(s => s.Rows)
            .ThenBy(s => s.Source, StringComparer.Ordinal)];
    }

    /// <summary>True when <paramref name="source"/> has fewer than <see cref="ExcerptShare"/> of <paramref name="longestRows"/> rows.</summary>
    public static bool IsExcerpt(SeriesSource source, int longestRows)
    {
        ArgumentNullException.ThrowIfNull(source);
        return source.Rows < ExcerptShare * longestRows;
    }
}
