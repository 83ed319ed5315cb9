namespace Froth.Series;

/// <summary>
/// The calendar keys of Froth's period conventions (docs/rally.md): Monday-based weeks, calendar months and
/// quarters, and weekdays. A series' own sessions decide which days trade; this only says which week, month or
/// quarter a date belongs to and counts weekdays (no holiday calendar: a market's holidays are simply absent
/// from its bars).
/// </summary>
public static class TradingCalendar
{
    /// <summary>Monday-based week number: equal for two dates of the same ISO week (0001-01-01 was a Monday).</summary>
    public static int Week(DateOnly date) => date.DayNumber / 7;

    /// <summary>Month number: year × 12 + month − 1, equal for two dates of the same calendar month.</summary>
    public static int Month(DateOnly date) => (date.Year * 12) + date.Month - 1;

    /// <summary>Quarter number: year × 4 + quarter − 1, equal for two dates of the same calendar quarter.</summary>
    public static int Quarter(DateOnly date) => (date.Year * 4) + ((date.Month - 1) / 3);

    /// <summary>The Monday that starts the ISO week of <paramref name="date"/>.</summary>
    public static DateOnly WeekStart(DateOnly date) => DateOnly.FromDayNumber(date.DayNumber - (date.DayNumber % 7));

    /// <summary>The first day of the calendar month of <paramref name="date"/>.</summary>
    public static DateOnly MonthStart(DateOnly date) => new(date.Year, date.Month, 1);

    /// <summary>The first day of the calendar quarter of <paramref name="date"/>.</summary>
    public static DateOnly QuarterStart(DateOnly date) => new(date.Year, (((date.Month - 1) / 3) * 3) + 1, 1);

    /// <summary>True for Monday to Friday.</summary>
    public static bool IsWeekday(DateOnly date) => date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>Weekdays strictly between <paramref name="before"/> and <paramref name="after"/> (neither end counted); 0 when they are adjacent or out of order.</summary>
    public static int WeekdaysBetween(DateOnly before, DateOnly after) =>
        after.DayNumber <= before.DayNumber + 1 ? 0 : WeekdaysBefore(after.DayNumber) - WeekdaysBefore(before.DayNumber + 1);

    /// <summary>True when a weekday falls strictly after <paramref name="date"/> and on or before <paramref name="end"/>.</summary>
    public static bool WeekdayAfter(DateOnly date, DateOnly end) =>
        end > date && WeekdaysBetween(date, end.AddDays(1)) > 0;

    /// <summary>Weekdays on day numbers 0 … <paramref name="dayNumber"/> − 1 (day 0, 0001-01-01, was a Monday).</summary>
    private static int WeekdaysBefore(int dayNumber) => (5 * (dayNumber / 7)) + Math.Min(dayNumber % 7, 5);
}
