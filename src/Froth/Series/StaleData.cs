namespace Froth.Series;

/// <summary>
/// The one stale-data policy of Froth: a value repeated unchanged on at least <see cref="RunLength"/> consecutive
/// observations is stale, a source that stopped updating and carried its last value forward. The import's
/// <c>stale-run</c> quality rule reports such runs, the store's preferred-source rule ranks a source whose tail is
/// such a run below one that kept observing (in C# and in the store's SQL, proven equal by a test), and valuation
/// statistics count a stale run once.
/// </summary>
/// <remarks>
/// Ten observations are two trading weeks without a single change. Real prices and valuations move every session;
/// shorter runs do occur (a thin trading day, a week-long holiday that a source fills with its last close, such as
/// Yahoo's Shanghai Composite over a Chinese New Year closure) and are not held against a source. In the snapshot
/// the runs this flags are the Hang Seng TECH P/E of the ERP monitor repeated from 2026-04-20 (53 observations) and
/// suspended stocks.
/// </remarks>
public static class StaleData
{
    /// <summary>Equal consecutive observations from which a value is stale: 10.</summary>
    public const int RunLength = 10;

    /// <summary>
    /// The trailing run of values equal to the last one: its first index and its length (0 and 0 for no values).
    /// Equality is exact (<see cref="double.Equals(double)"/>), as a forward-filled value repeats bit for bit.
    /// </summary>
    public static (int Start, int Length) TrailingRun(ReadOnlySpan<double> values)
    {
        if (values.IsEmpty)
        {
            return (0, 0);
        }

        var start = values.Length - 1;
        while (start > 0 && values[start - 1].Equals(values[^1]))
        {
            start--;
        }

        return (start, values.Length - start);
    }

    /// <summary>
    /// The first date of the series' stale tail (a trailing run of at least <see cref="RunLength"/> equal values),
    /// or <see langword="null"/> when the tail moves.
    /// </summary>
    /// <param name="dates">Dates, ascending.</param>
    /// <param name="values">Closes or values aligned with <paramref name="dates"/>.</param>
    /// <exception cref="ArgumentException">The lists differ in length.</exception>
    public static DateOnly? StaleSince(IReadOnlyList<DateOnly> dates, IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(values);
        if (dates.Count != values.Count)
        {
            throw new ArgumentException($"Expected as many values as dates; got {values.Count} values for {dates.Count} dates.", nameof(values));
        }

        var (start, length) = TrailingRun(Sessions.AsSpan(values));
        return length >= RunLength ? dates[start] : null;
    }
}
