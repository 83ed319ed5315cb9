using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>high-below-low</c>: a bar whose high is below its low cannot be right, but which of the two is wrong
/// cannot be told, and the close (what most analytics use) may be fine: the bar is kept as written and
/// reported as an error. Yahoo's adjusted Hong Kong prices of 2009–2010 have a few such bars.
/// </summary>
internal static class HighBelowLowRule
{
    /// <summary>Applies the rule.</summary>
    public static void Apply(RowSet<DailyBar> set, SeriesCheck check)
    {
        for (var i = 0; i < set.Count; i++)
        {
            var b = set.Rows[i];
            if (b.High < b.Low)
            {
                check.Report(
                    QualityRuleIds.HighBelowLow,
                    IssueSeverity.Error,
                    IssueAction.Reported,
                    set.LineOf(i),
                    "High",
                    SeriesCheck.Number(b.High),
                    b.Date,
                    $"High {SeriesCheck.Number(b.High)} is below Low {SeriesCheck.Number(b.Low)} on {IsoDate.Format(b.Date)}; the bar is kept as written.");
            }
        }
    }
}
