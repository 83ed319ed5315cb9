using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>non-finite-value</c>: a scalar point whose value is NaN or infinite is left out; a bar volume that is
/// NaN, infinite or negative becomes "no volume" (the bar's prices are still good).
/// </summary>
internal static class NonFiniteValueRule
{
    /// <summary>Applies the rule to bar volumes.</summary>
    public static void Apply(RowSet<DailyBar> set, SeriesCheck check)
    {
        for (var i = 0; i < set.Count; i++)
        {
            var b = set.Rows[i];
            if (b.Volume is { } v && (!double.IsFinite(v) || v < 0))
            {
                set.Rows[i] = b with { Volume = null };
                check.Report(
                    QualityRuleIds.NonFiniteValue,
                    IssueSeverity.Warning,
                    IssueAction.Corrected,
                    set.LineOf(i),
                    "Volume",
                    SeriesCheck.Number(v),
                    b.Date,
                    $"Volume {SeriesCheck.Number(v)} on {IsoDate.Format(b.Date)} is not a non-negative number; the bar is kept without volume.");
            }
        }
    }

    /// <summary>Applies the rule to scalar points.</summary>
    public static void Apply(RowSet<ScalarPoint> set, SeriesCheck check)
    {
        set.RemoveWhere(i =>
        {
            var p = set.Rows[i];
            if (double.IsFinite(p.Value))
            {
                return false;
            }

            check.Report(
                QualityRuleIds.NonFiniteValue,
                IssueSeverity.Warning,
                IssueAction.Skipped,
                set.LineOf(i),
                "Value",
                SeriesCheck.Number(p.Value),
                p.Date,
                $"Value {SeriesCheck.Number(p.Value)} on {IsoDate.Format(p.Date)} is not a finite number; the point was left out.");
            return true;
        });
    }
}
