using System.Globalization;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>gap</c>: reports two consecutive observations of a daily series more than
/// <see cref="QualityOptions.MaxGapWeekdays"/> weekdays apart (a suspension, a long closure, or missing data).
/// Nothing is changed: a gap is a fact about the series that analytics should know.
/// </summary>
internal static class GapRule
{
    /// <summary>Applies the rule to a daily series of any row type.</summary>
    public static void Apply<T>(RowSet<T> set, QualityOptions options, SeriesCheck check)
    {
        for (var i = 1; i < set.Count; i++)
        {
            var before = set.DateOf(i - 1);
            var after = set.DateOf(i);
            var missing = WeekdaysBetween(before, after);
            if (missing > options.MaxGapWeekdays)
            {
                check.Report(
                    QualityRuleIds.Gap,
                    IssueSeverity.Info,
                    IssueAction.Reported,
                    set.LineOf(i),
                    "Date",
                    IsoDate.Format(after),
                    after,
                    $"No observation on {missing.ToString(CultureInfo.InvariantCulture)} weekdays between {IsoDate.Format(before)} ({SeriesCheck.LineText(set.LineOf(i - 1))}) and {IsoDate.Format(after)}; more than the {options.MaxGapWeekdays.ToString(CultureInfo.InvariantCulture)} allowed.");
            }
        }
    }

    /// <summary>Number of Mondays to Fridays strictly between two dates (0 when <paramref name="after"/> is not later).</summary>
    internal static int WeekdaysBetween(DateOnly before, DateOnly after) =>
        after.DayNumber <= before.DayNumber + 1 ? 0 : WeekdaysBefore(after.DayNumber) - WeekdaysBefore(before.DayNumber + 1);

    /// <summary>Weekdays in day numbers [0, n); day number 0 (0001-01-01) is a Monday.</summary>
    private static int WeekdaysBefore(int dayNumber) => (5 * (dayNumber / 7)) + Math.Min(dayNumber % 7, 5);
}
