namespace Froth.Claims.Grammar;

/// <summary>The kinds of period a claim can name (docs/claims.md, "Periods").</summary>
public enum PeriodKind
{
    /// <summary>One session: a weekday name ("on Friday") or "on the day".</summary>
    Session,

    /// <summary>The session before the one the sentence is about ("a day after", "the day before").</summary>
    PreviousSession,

    /// <summary>This week to date ("this week", "for the week").</summary>
    WeekToDate,

    /// <summary>This month to date ("this month", "so far this month", "over the month").</summary>
    MonthToDate,

    /// <summary>This quarter to date.</summary>
    QuarterToDate,

    /// <summary>This year to date ("this year", "year to date", "since the start of the year").</summary>
    YearToDate,

    /// <summary>The trailing year ("over the past 12 months", "in a year", "from a year earlier").</summary>
    OneYear,

    /// <summary>A calendar month ("in October"): to date when it is the month of the publication date.</summary>
    CalendarMonth,

    /// <summary>A calendar quarter ("in the fourth quarter").</summary>
    CalendarQuarter,

    /// <summary>A calendar year ("in 2023"): to date when it is the year of the publication date.</summary>
    CalendarYear,

    /// <summary>From a date to date ("since March").</summary>
    Since,

    /// <summary>The period of the claim before ("that year", "over the same period").</summary>
    Same,

    /// <summary>A period after the publication date ("next year").</summary>
    Future,

    /// <summary>"since" with nothing after it: the period is missing.</summary>
    Missing,
}
