namespace Froth.Narrative;

/// <summary>
/// How a fact is written in a sentence or table. Each form applies to some kinds only (<see cref="FactStyle"/>);
/// in an interpolated sentence it is the format string: <c>{fact:abs}</c>, <c>{fact:ordinal}</c>.
/// </summary>
public enum FactForm
{
    /// <summary>The kind's standard form: a signed percentage for a return, a level, a date as "22 November 2021".</summary>
    Default,

    /// <summary>The magnitude without a sign (<c>abs</c>): "rose 0.9%", the direction being in the verb.</summary>
    Magnitude,

    /// <summary>With an explicit sign (<c>signed</c>): "+0.9%", "−1.2%".</summary>
    Signed,

    /// <summary>A count in figures whatever its size (<c>digits</c>), for tables.</summary>
    Digits,

    /// <summary>A count spelt out from one to nine, in figures from 10 (<c>words</c>): "eight stocks", "12 stocks".</summary>
    Words,

    /// <summary>A count as an ordinal (<c>ordinal</c>): "eighth", "12th".</summary>
    Ordinal,

    /// <summary>A date as its weekday (<c>weekday</c>): "Thursday".</summary>
    Weekday,

    /// <summary>A date without the year (<c>daymonth</c>): "22 November".</summary>
    DayMonth,

    /// <summary>A date as month and year (<c>monthyear</c>): "November 2021".</summary>
    MonthYear,

    /// <summary>A date as its year (<c>year</c>): "2021".</summary>
    Year,

    /// <summary>A date as ISO-8601 (<c>iso</c>): "2021-11-22", for tables.</summary>
    Iso,
}
