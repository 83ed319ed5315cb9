namespace Froth.Bubbles.Lppls;

/// <summary>Maps critical times, counted in sessions after a window's last date, onto calendar dates.</summary>
/// <remarks>
/// The rule: a critical time <c>τ &gt; 0</c> sessions after the last date falls in the <c>⌈τ⌉</c>-th business
/// day (Monday to Friday) after it; τ = 0.4 is the next business day, τ = 5 a week later. No holiday calendar
/// is applied, because the model's clock is the trading session and future closures are not in the data: around
/// a long closure (Chinese New Year, Golden Week) the date shown is earlier than the session it stands for.
/// A τ of zero or less maps onto the last date itself, or business days before it.
/// </remarks>
public static class LpplsDates
{
    /// <summary>The business day in which a critical time <paramref name="sessionsAfterEnd"/> after <paramref name="lastDate"/> falls.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="sessionsAfterEnd"/> is not finite or exceeds a million sessions.</exception>
    public static DateOnly CriticalDate(DateOnly lastDate, double sessionsAfterEnd)
    {
        if (!double.IsFinite(sessionsAfterEnd) || Math.Abs(sessionsAfterEnd) > 1e6)
        {
            throw new ArgumentOutOfRangeException(nameof(sessionsAfterEnd), sessionsAfterEnd, "Expected a finite number of sessions.");
        }

        var steps = (int)Math.Ceiling(sessionsAfterEnd);
        var date = lastDate;
        var direction = Math.Sign(steps);
        for (var moved = 0; moved != steps;)
        {
            date = date.AddDays(direction);
            if (Series.TradingCalendar.IsWeekday(date))
            {
                moved += direction;
            }
        }

        return date;
    }
}
