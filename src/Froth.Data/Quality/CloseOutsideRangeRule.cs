using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>close-outside-range</c>: a bar whose open or close lies outside [low, high] by more than rounding is
/// kept as written and reported as an error (bars whose high is below their low are left to
/// <see cref="HighBelowLowRule"/>).
/// </summary>
internal static class CloseOutsideRangeRule
{
    /// <summary>
    /// Relative slack before a price counts as outside the range. Yahoo stores prices as 32-bit floats
    /// (about 7 significant digits) and adjusts them by multiplying, so a close may exceed the high by a few
    /// parts in 10⁷ without anything being wrong; 10⁻⁶ is ten times that.
    /// </summary>
    public const double RelativeTolerance = 1e-6;

    /// <summary>Applies the rule.</summary>
    public static void Apply(RowSet<DailyBar> set, SeriesCheck check)
    {
        for (var i = 0; i < set.Count; i++)
        {
            var b = set.Rows[i];
            if (b.High < b.Low)
            {
                continue;
            }

            var low = b.Low * (1 - RelativeTolerance);
            var high = b.High * (1 + RelativeTolerance);
            var (column, value) =
                b.Close < low || b.Close > high ? ("Close", b.Close)
                : b.Open < low || b.Open > high ? ("Open", b.Open)
                : (null, 0.0);
            if (column is not null)
            {
                check.Report(
                    QualityRuleIds.CloseOutsideRange,
                    IssueSeverity.Error,
                    IssueAction.Reported,
                    set.LineOf(i),
                    column,
                    SeriesCheck.Number(value),
                    b.Date,
                    $"{column} {SeriesCheck.Number(value)} is outside the day's range [{SeriesCheck.Number(b.Low)}, {SeriesCheck.Number(b.High)}] on {IsoDate.Format(b.Date)}; the bar is kept as written.");
            }
        }
    }
}
