using System.Buffers;
using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// Up and down streaks of sessions, ISO weeks and calendar months: the current streak, the longest in the
/// history, the longest since a date, and the last earlier streak at least as long.
/// </summary>
/// <remarks>
/// <para>A week ends on the last session of its ISO week (Monday–Sunday) on the series' own calendar, a
/// month on the last session of its calendar month. As of a date inside a week (a weekday of the week remains
/// after it), the week so far counts provisionally: its move is the as-of close against the previous week's
/// last close, and <see cref="StreakFacts.IncludesCurrentPeriod"/> says so. With seven completed up weeks and
/// an up week to date as of a Thursday, the current weekly streak is 8. Months likewise.</para>
/// <para>Point in time: the facts as of a date read only the bars up to it, so they equal the facts computed
/// on the bars truncated at that date.</para>
/// </remarks>
public static class Streaks
{
    /// <summary>The streak facts of one frequency as of a date.</summary>
    /// <param name="bars">Daily bars, ascending, one per date, closes positive and finite (checked up to the as-of session).</param>
    /// <param name="frequency">Sessions, weeks or months.</param>
    /// <param name="asOf">As-of date (the last session on or before it is used; it also decides whether the last week or month is still in progress), or <see langword="null"/> for the last bar's date.</param>
    /// <param name="since">Date for <see cref="StreakFacts.LongestSince"/>, or <see langword="null"/>.</param>
    /// <returns>The facts, or <see langword="null"/> when there are fewer than two periods (no move yet).</returns>
    /// <exception cref="FrothException">No bars, an as-of date before the first bar, or bad bars.</exception>
    public static StreakFacts? Compute(IReadOnlyList<DailyBar> bars, StreakFrequency frequency, DateOnly? asOf = null, DateOnly? since = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        var last = Bars.AsOfIndex(span, asOf, "the series");
        Bars.Check(span, last, "the series");
        return Compute(span, last, frequency, asOf ?? span[last].Date, since);
    }

    /// <summary>
    /// The signed length of the daily streak on each session, aligned to <paramref name="bars"/>: +n on the
    /// n-th consecutive up session, −n on the n-th down session, 0 on a flat one, <see langword="null"/> on the
    /// first bar (no previous close).
    /// </summary>
    /// <exception cref="FrothException">Bad bars.</exception>
    public static IReadOnlyList<int?> DailySeries(IReadOnlyList<DailyBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        Bars.Check(span, span.Length - 1, "the series");
        var result = new int?[span.Length];
        var run = 0;
        for (var i = 1; i < span.Length; i++)
        {
            var s = Sign(span[i].Close, span[i - 1].Close);
            run = s == 0 ? 0 : Math.Sign(run) == s ? run + s : s;
            result[i] = run;
        }

        return result;
    }

    internal static StreakFacts? Compute(ReadOnlySpan<DailyBar> bars, int last, StreakFrequency frequency, DateOnly asOfDate, DateOnly? since)
    {
        var closes = ArrayPool<double>.Shared.Rent(last + 1);
        var ends = ArrayPool<DateOnly>.Shared.Rent(last + 1);
        try
        {
            var m = 0;
            if (frequency == StreakFrequency.Daily)
            {
                for (var i = 0; i <= last; i++)
                {
                    closes[i] = bars[i].Close;
                    ends[i] = bars[i].Date;
                }

                m = last + 1;
            }
            else
            {
                var key = int.MinValue;
                for (var i = 0; i <= last; i++)
                {
                    var k = frequency == StreakFrequency.Weekly ? TradingCalendar.Week(bars[i].Date) : TradingCalendar.Month(bars[i].Date);
                    if (k != key)
                    {
                        key = k;
                        m++;
                    }

                    closes[m - 1] = bars[i].Close;
                    ends[m - 1] = bars[i].Date;
                }
            }

            var inProgress = frequency switch
            {
                StreakFrequency.Weekly => TradingCalendar.Week(bars[last].Date) == TradingCalendar.Week(asOfDate)
                    && TradingCalendar.WeekdayAfter(asOfDate, TradingCalendar.WeekStart(asOfDate).AddDays(6)),
                StreakFrequency.Monthly => TradingCalendar.Month(bars[last].Date) == TradingCalendar.Month(asOfDate)
                    && TradingCalendar.WeekdayAfter(asOfDate, TradingCalendar.MonthStart(asOfDate).AddMonths(1).AddDays(-1)),
                _ => false,
            };
            return Core(closes.AsSpan(0, m), ends.AsSpan(0, m), frequency, since, inProgress);
        }
        finally
        {
            ArrayPool<double>.Shared.Return(closes);
            ArrayPool<DateOnly>.Shared.Return(ends);
        }
    }

    private static int Sign(double close, double previous) => close > previous ? 1 : close < previous ? -1 : 0;

    private static StreakDirection Direction(int sign) => sign switch
    {
        > 0 => StreakDirection.Up,
        < 0 => StreakDirection.Down,
        _ => StreakDirection.Flat,
    };

    /// <summary>The facts over period closes <paramref name="closes"/> whose last sessions are <paramref name="ends"/>.</summary>
    private static StreakFacts? Core(ReadOnlySpan<double> closes, ReadOnlySpan<DateOnly> ends, StreakFrequency frequency, DateOnly? since, bool inProgress)
    {
        var m = closes.Length;
        if (m < 2)
        {
            return null;
        }

        // Forward: runs of equal signs over the moves 1..m−1; longest per direction overall and since the date.
        Span<int> longest = stackalloc int[3];
        Span<int> longestSince = stackalloc int[3];
        var runSign = Sign(closes[1], closes[0]);
        var runStart = 1;
        for (var j = 2; j <= m; j++)
        {
            var s = j < m ? Sign(closes[j], closes[j - 1]) : int.MinValue;
            if (s == runSign)
            {
                continue;
            }

            var length = j - runStart;
            var slot = runSign + 1;
            longest[slot] = Math.Max(longest[slot], length);
            if (since is { } d && ends[j - 1] >= d)
            {
                longestSince[slot] = Math.Max(longestSince[slot], length);
            }

            if (j < m)
            {
                runSign = s;
                runStart = j;
            }
        }

        var current = m - runStart;

        // Backward from the current run: the most recent earlier run in its direction at least as long.
        PastStreak? previous = null;
        var end = runStart - 1;
        while (end >= 1 && previous is null)
        {
            var s = Sign(closes[end], closes[end - 1]);
            var start = end;
            while (start - 1 >= 1 && Sign(closes[start - 1], closes[start - 2]) == s)
            {
                start--;
            }

            if (s == runSign && end - start + 1 >= current)
            {
                previous = new PastStreak(end - start + 1, ends[end]);
            }

            end = start - 1;
        }

        return new StreakFacts(
            frequency,
            Direction(runSign),
            current,
            ends[runStart],
            longest[runSign + 1],
            longest[2],
            longest[0],
            previous,
            since is null ? null : longestSince[runSign + 1],
            inProgress);
    }
}
