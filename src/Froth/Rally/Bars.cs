using System.Globalization;
using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// Shared plumbing of the rally facts: a span over bars without copying, input checks and the as-of session.
/// Searches by date are <see cref="Sessions"/>'s and calendar keys <see cref="TradingCalendar"/>'s.
/// </summary>
internal static class Bars
{
    /// <summary>The bars as a span: no copy for arrays and lists, one copy otherwise.</summary>
    public static ReadOnlySpan<DailyBar> Span(IReadOnlyList<DailyBar> bars) => Sessions.AsSpan(bars);

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

        var i = Sessions.LastOnOrBefore(bars, date);
        return i >= 0
            ? i
            : throw new FrothException($"The as-of date {IsoDate.Format(date)} is before the first bar of {what} ({IsoDate.Format(bars[0].Date)}); expected a date on or after it.");
    }
}
