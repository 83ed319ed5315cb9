namespace Froth.Data.MarketData;

/// <summary>
/// Which of an instrument's sources is used when a command names none.
/// </summary>
/// <remarks>
/// <para>
/// The rule, in order: the series with the freshest data wins (the latest <see cref="SeriesSource.FreshUntil"/>:
/// its last date, or, when its tail is a stale run of at least <see cref="StaleTailLength"/> equal closes, the
/// first date of that run, so that a source padded forward with its last value does not beat one that kept
/// observing); then the one with volume; then the one with more rows (the longer history); then source name,
/// ordinal, so that the choice is always the same.
/// </para>
/// <para>
/// For the sample snapshot this prefers the Nasdaq 100 file that runs to 2026-07 over the two that stop in
/// 2026-02 and 2026-05, and the Sina Hang Seng Tech file (to 2026-07) over the investing.com export (to
/// 2024-11). Recency comes before history length on purpose: Froth's questions are about the current rally.
/// A command that needs a longer history from another source names it (<c>--source</c>).
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

    /// <summary>Orders sources, preferred first, by the documented rule.</summary>
    public static IReadOnlyList<SeriesSource> Order(IEnumerable<SeriesSource> sources) =>
        [.. sources
            .OrderByDescending(s => s.FreshUntil)
            .ThenByDescending(s => s.HasVolume)
            .ThenByDescending(s => s.Rows)
            .ThenBy(s => s.Source, StringComparer.Ordinal)];

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
