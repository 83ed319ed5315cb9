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
/// <item>The freshest data wins: the latest <see cref="SeriesSource.FreshUntil"/>, which is the last date, or,
/// when the tail is a stale run of at least <see cref="StaleTailLength"/> equal closes, the first date of that
/// run, so that a source padded forward with its last value does not beat one that kept observing.</item>
/// <item>Then the one with volume; then the one with more rows (the longer history); then the source name,
/// ordinal, so that the choice is always the same.</item>
/// </list>
/// <para>
/// For the sample snapshot this prefers the Nasdaq 100 file that runs to 2026-07 over the two that stop in
/// 2026-02 and 2026-05 (and over Stooq's 11-line excerpt, which also ends in 2026-05); the Sina Hang Seng Tech
/// file (to 2026-07) over the investing.com export (to 2024-11); the Tencent CSI 300 history (3,060 rows to
/// 2026-08-05) over the two three-day API responses that end in 2026-09; and, for the Hang Seng Tech P/E, treats
/// the ERP monitor's series as fresh only until 2026-04-20, where its value stops moving (the lixinger file it
/// derives from ends that day). Recency comes before history length on purpose: Froth's questions are about the
/// current rally. A command that needs a longer history from another source names it (<c>--source</c>).
/// </para>
/// </remarks>
public static class SourcePreference
{
    /// <summary>
    /// A tail of this many equal closes (or values) marks a series as stale from the run's first date. Five
    /// observations is a trading week without a single price change: a traded instrument's close does not stay
    /// put that long, while a source that forward-fills its last value does. Shorter runs (two or three equal
    /// closes) do happen on thin trading days, and are not held against a source.
    /// </summary>
    public const int StaleTailLength = 5;

    /// <summary>
    /// A source with fewer rows than this share of the instrument's longest source (1%) is an excerpt. In the
    /// snapshot the excerpts (three- and five-day API responses, an 11-line Stooq excerpt) hold 0.05% to 0.09% of
    /// their instrument's longest source, and the shortest genuine second history (the 1994–2000 Nasdaq file of the
    /// LPPLS reference, 1,563 rows against 14,003) holds 11%: 1% is an order of magnitude from both.
    /// </summary>
    public const double ExcerptShare = 0.01;

    /// <summary>Orders the sources of one instrument, preferred first, by the documented rule.</summary>
    public static IReadOnlyList<SeriesSource> Order(IEnumerable<SeriesSource> sources)
    {
        ArgumentNullException.ThrowIfNull(sources);
        var all = sources.ToList();
        var longest = all.Count == 0 ? 0 : all.Max(s => s.Rows);
        return [.. all
            .OrderBy(s => IsExcerpt(s, longest))
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

    /// <summary>
    /// The first date of the series' stale tail (a trailing run of at least <see cref="StaleTailLength"/> equal
    /// values), or <see langword="null"/> when there is none.
    /// </summary>
    /// <param name="dates">Dates, ascending.</param>
    /// <param name="values">Closes or values aligned with <paramref name="dates"/>.</param>
    public static DateOnly? StaleSince(IReadOnlyList<DateOnly> dates, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        if (dates.Count != values.Count)
        {
            throw new ArgumentException($"Expected as many values as dates; got {values.Count} values for {dates.Count} dates.", nameof(values));
        }

        if (values.Count == 0)
        {
            return null;
        }

        var start = values.Count - 1;
        while (start > 0 && values[start - 1].Equals(values[^1]))
        {
            start--;
        }

        return values.Count - start >= StaleTailLength ? dates[start] : null;
    }
}
