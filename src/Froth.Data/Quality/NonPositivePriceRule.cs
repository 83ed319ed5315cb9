using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>non-positive-price</c>: a bar whose open, high, low or close is zero, negative or not a finite number
/// is left out. A price of zero is a placeholder, never a trade, and every return computed across it would be
/// infinite or meaningless.
/// </summary>
internal static class NonPositivePriceRule
{
    /// <summary>Applies the rule.</summary>
    public static void Apply(RowSet<DailyBar> set, SeriesCheck check)
    {
        set.RemoveWhere(i =>
        {
            var b = set.Rows[i];
            var (column, value) =
                !Valid(b.Open) ? ("Open", b.Open)
                : !Valid(b.High) ? ("High", b.High)
                : !Valid(b.Low) ? ("Low", b.Low)
                : !Valid(b.Close) ? ("Close", b.Close)
                : (null, 0.0);
            if (column is null)
            {
                return false;
            }

            check.Report(
                QualityRuleIds.NonPositivePrice,
                IssueSeverity.Warning,
                IssueAction.Skipped,
                set.LineOf(i),
                column,
                SeriesCheck.Number(value),
                b.Date,
                $"{column} {SeriesCheck.Number(value)} on {IsoDate.Format(b.Date)} is not a positive price; the bar was left out.");
            return true;
        });
    }

    private static bool Valid(double price) => double.IsFinite(price) && price > 0;
}
