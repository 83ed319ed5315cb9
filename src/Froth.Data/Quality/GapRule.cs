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
            var missing = TradingCalendar.WeekdaysBetween(before, after);
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
}
