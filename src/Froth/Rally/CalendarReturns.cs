namespace Froth.Rally;

/// <summary>
/// The calendar-period returns of one series as of one session. A return is <see langword="null"/> when the
/// series has no session on or before the period's base date (it started trading inside the period).
/// </summary>
/// <param name="Day">The as-of session against the previous session.</param>
/// <param name="WeekToDate">Against the last close of the previous ISO week.</param>
/// <param name="MonthToDate">Against the last close of the previous month.</param>
/// <param name="QuarterToDate">Against the last close of the previous quarter.</param>
/// <param name="YearToDate">Against the last close of the previous year.</param>
/// <param name="OneYear">Against the last close on or before the same date one year earlier.</param>
public sealed record CalendarReturns(
    PeriodReturn? Day,
    PeriodReturn? WeekToDate,
    PeriodReturn? MonthToDate,
    PeriodReturn? QuarterToDate,
    PeriodReturn? YearToDate,
    PeriodReturn? OneYear)
{
    /// <summary>The returns in <see cref="RallyPeriod"/> order (day, week, month, quarter, year, one year).</summary>
    public IEnumerable<(RallyPeriod Period, PeriodReturn? Return)> All()
    {
        yield return (RallyPeriod.Day, Day);
        yield return (RallyPeriod.WeekToDate, WeekToDate);
        yield return (RallyPeriod.MonthToDate, MonthToDate);
        yield return (RallyPeriod.QuarterToDate, QuarterToDate);
        yield return (RallyPeriod.YearToDate, YearToDate);
        yield return (RallyPeriod.OneYear, OneYear);
    }
}
