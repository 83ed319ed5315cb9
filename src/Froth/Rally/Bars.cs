using System.Globalization;
using System.Runtime.InteropServices;
using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// Shared plumbing of the rally facts: a span over bars without copying, input checks, the as-of session,
/// and the calendar keys (ISO week, month, quarter) the period conventions use.
/// </summary>
internal static class Bars
{
    /// <summary>The bars as a span: no copy for arrays and lists, one copy otherwise.</summary>
    public static ReadOnlySpan<DailyBar> Span(IReadOnlyList<DailyBar> bars) => bars switch
    {
        DailyBar[] array => array,
        List<DailyBar> list => CollectionsMarshal.AsSpan(list),
        _ => bars.ToArray(),
    };

    /// <summary>
    /// Checks that dates strictly ascend and that every close is positive and finite, up to and including
    /// <paramref name="last"/> (bars after it are never read, so they are not checked: a result as of a date
    /// depends only on the bars up to it).
    /// </summary>
    /// <exception cref="FrothException">A date out of order or repeated, or a close that is not positive and finite.</exception>
    public static void Check(ReadOnlySpan<DailyBar> bars, int last, string what)
    {
        for (var i = 0; i <= last; i++)
        {
            var c = bars[i].Close;
            if (!(c > 0) || !double.IsFinite(c))
            {
                throw new FrothException($"{what}: the close of {IsoDate.Format(bars[i].Date)} is {c.ToString(CultureInfo.InvariantCulture)}; expected a positive, finite price.");
            }

            if (i > 0 && bars[i].Date <= bars[i - 1].Date)
            {
                throw new FrothException($"{what}: the bar of {IsoDate.Format(bars[i].Date)} follows the bar of {IsoDate.Format(bars[i - 1].Date)}; expected dates in strictly ascending order, one bar per date.");
            }
        }
    }

    /// <summary>Index of the last bar dated on or before <paramref name="date"/>, or -1 when every bar is later.</summary>
    public static int LastOnOrBefore(ReadOnlySpan<DailyBar> bars, DateOnly date)
    {
        int lo = 0, hi = bars.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (bars[mid].Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Same as <see cref="LastOnOrBefore(ReadOnlySpan{DailyBar}, DateOnly)"/>, searching only indices 0…<paramref name="last"/>.</summary>
    public static int LastOnOrBefore(ReadOnlySpan<DailyBar> bars, DateOnly date, int last) =>
        LastOnOrBefore(bars[..(last + 1)], date);

    /// <summary>
    /// Resolves the as-of session: the last bar on or before <paramref name="asOf"/> (the last bar when it is
    /// <see langword="null"/>).
    /// </summary>
    /// <exception cref="FrothException">No bars, or the as-of date is before the first bar.</exception>
    public static int AsOfIndex(ReadOnlySpan<DailyBar> bars, DateOnly? asOf, string what)
    {
        if (bars.IsEmpty)
        {
            throw new FrothException($"{what} has no bars; rally facts need at least one session.");
        }

        if (asOf is not { } date)
        {
            return bars.Length - 1;
        }

        var i = LastOnOrBefore(bars, date);
        return i >= 0
            ? i
            : throw new FrothException($"The as-of date {IsoDate.Format(date)} is before the first bar of {what} ({IsoDate.Format(bars[0].Date)}); expected a date on or after it.");
    }

    /// <summary>Monday-based week number: equal for two dates of the same ISO week (0001-01-01 was a Monday).</summary>
    public static int Week(DateOnly date) => date.DayNumber / 7;

    /// <summary>Month number: year × 12 + month − 1.</summary>
    public static int Month(DateOnly date) => (date.Year * 12) + date.Month - 1;

    /// <summary>The Monday that starts the ISO week of <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => DateOnly.FromDayNumber(date.DayNumber - (date.DayNumber % 7));

    /// <summary>The first day of the calendar quarter of <paramref name="date"/>.</summary>
    public static DateOnly QuarterStart(DateOnly date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);


    /// <summary>True when a weekday (Monday–Friday) falls strictly after <paramref name="date"/> and on or before <paramref name="end"/>.</summary>
    public static bool WeekdayAfter(DateOnly date, DateOnly end)
    {
        for (var d = date.AddDays(1); d <= end; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return true;
            }
        }

        return false;
    }
}
