namespace Froth.Rally;

/// <summary>The periods a return is reported over. Each has a base date; see <see cref="Returns.BaseDate"/>.</summary>
public enum RallyPeriod
{
    /// <summary>The as-of session against the session before it.</summary>
    Day,

    /// <summary>Week to date: against the last close of the previous ISO week (Monday–Sunday).</summary>
    WeekToDate,

    /// <summary>Month to date: against the last close of the previous calendar month.</summary>
    MonthToDate,

    /// <summary>Quarter to date: against the last close of the previous calendar quarter.</summary>
    QuarterToDate,

    /// <summary>Year to date: against the last close of the previous calendar year.</summary>
    YearToDate,

    /// <summary>One year: against the last close on or before the same calendar date a year earlier.</summary>
    OneYear,

    /// <summary>A range given by the caller: against the last close on or before its first date.</summary>
    Range,
}
