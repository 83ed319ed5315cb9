using Froth.Series;

namespace Froth.Rally;

/// <summary>Record closes ("highest since"), 52-week highs and lows, and drawdown from the peak.</summary>
/// <remarks>
/// Closes only; the window of 52-week figures is the 364 calendar days ending on the as-of session, and it
/// counts as covered when the series' first bar is on or before the window's first weekday. Point in time:
/// only bars up to the as-of session are read.
/// </remarks>
public static class Records
{
    /// <summary>Calendar days in the 52-week window (52 × 7).</summary>
    public const int Window52WeekDays = 364;

    /// <summary>The record facts as of a date.</summary>
    /// <param name="bars">Daily bars, ascending, one per date, closes positive and finite (checked up to the as-of session).</param>
    /// <param name="asOf">As-of date (the last session on or before it), or <see langword="null"/> for the last bar.</param>
    /// <exception cref="FrothException">No bars, an as-of date before the first bar, or bad bars.</exception>
    public static RecordFacts Compute(IReadOnlyList<DailyBar> bars, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        var last = Bars.AsOfIndex(span, asOf, "the series");
        Bars.Check(span, last, "the series");
        return Compute(span, last);
    }

    /// <summary>Drawdown from the peak as of a date.</summary>
    /// <param name="bars">Daily bars, ascending, one per date, closes positive and finite (checked up to the as-of session).</param>
    /// <param name="asOf">As-of date (the last session on or before it), or <see langword="null"/> for the last bar.</param>
    /// <exception cref="FrothException">No bars, an as-of date before the first bar, or bad bars.</exception>
    public static DrawdownFacts Drawdown(IReadOnlyList<DailyBar> bars, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        var last = Bars.AsOfIndex(span, asOf, "the series");
        Bars.Check(span, last, "the series");
        return Drawdown(Compute(span, last), span[last].Close);
    }

    /// <summary>
    /// "Highest since" on every session, aligned to <paramref name="bars"/>: the date of the most recent earlier
    /// session whose close was at or above that session's close, <see langword="null"/> at an all-time high.
    /// Linear time (a stack of earlier closes, each pushed and popped once).
    /// </summary>
    /// <exception cref="FrothException">Bad bars.</exception>
    public static IReadOnlyList<DateOnly?> HighestSinceSeries(IReadOnlyList<DailyBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        Bars.Check(span, span.Length - 1, "the series");
        var result = new DateOnly?[span.Length];
        var stack = new int[span.Length];
        var top = 0;
        for (var i = 0; i < span.Length; i++)
        {
            // Earlier closes below this one can never be the answer for a later session either: this one is
            // more recent and higher.
            while (top > 0 && span[stack[top - 1]].Close < span[i].Close)
            {
                top--;
            }

            result[i] = top > 0 ? span[stack[top - 1]].Date : null;
            stack[top++] = i;
        }

        return result;
    }

    /// <summary>
    /// Drawdown on every session, aligned to <paramref name="bars"/>: close ÷ highest close up to that session − 1
    /// (0 at a new high, never positive).
    /// </summary>
    /// <exception cref="FrothException">Bad bars.</exception>
    public static IReadOnlyList<double> DrawdownSeries(IReadOnlyList<DailyBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        Bars.Check(span, span.Length - 1, "the series");
        var result = new double[span.Length];
        var peak = 0.0;
        for (var i = 0; i < span.Length; i++)
        {
            peak = Math.Max(peak, span[i].Close);
            result[i] = (span[i].Close / peak) - 1;
        }

        return result;
    }

    internal static RecordFacts Compute(ReadOnlySpan<DailyBar> bars, int last)
    {
        var close = bars[last].Close;
        int? highestSince = null, lowestSince = null;
        for (var i = last - 1; i >= 0 && (highestSince is null || lowestSince is null); i--)
        {
            var c = bars[i].Close;
            if (highestSince is null && c >= close)
            {
                highestSince = i;
            }

            if (lowestSince is null && c <= close)
            {
                lowestSince = i;
            }
        }

        var asOf = bars[last].Date;
        var windowStart = asOf.AddDays(-(Window52WeekDays - 1));
        var covered = bars[0].Date <= FirstWeekday(windowStart);
        int hi = 0, lo = 0, hi52 = -1, lo52 = -1;
        for (var i = 0; i <= last; i++)
        {
            var c = bars[i].Close;
            if (c >= bars[hi].Close)
            {
                hi = i;
            }

            if (c <= bars[lo].Close)
            {
                lo = i;
            }

            if (bars[i].Date >= windowStart)
            {
                if (hi52 < 0 || c >= bars[hi52].Close)
                {
                    hi52 = i;
                }

                if (lo52 < 0 || c <= bars[lo52].Close)
                {
                    lo52 = i;
                }
            }
        }

        return new RecordFacts(
            highestSince is { } h ? At(bars, h, last) : null,
            lowestSince is { } l ? At(bars, l, last) : null,
            At(bars, hi, last),
            At(bars, lo, last),
            hi == last,
            lo == last,
            windowStart,
            covered ? At(bars, hi52, last) : null,
            covered ? At(bars, lo52, last) : null,
            covered ? hi52 == last : null,
            covered ? lo52 == last : null);
    }

    internal static DrawdownFacts Drawdown(RecordFacts records, double close) =>
        new((close / records.AllTimeHigh.Close) - 1, records.AllTimeHigh, records.AllTimeHigh.SessionsAgo);

    private static SessionClose At(ReadOnlySpan<DailyBar> bars, int i, int last) => new(bars[i].Date, bars[i].Close, last - i);

    private static DateOnly FirstWeekday(DateOnly date) => date.DayOfWeek switch
    {
        DayOfWeek.Saturday => date.AddDays(2),
        DayOfWeek.Sunday => date.AddDays(1),
        _ => date,
    };
}
