using System.Globalization;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>series-break</c>: finds the change of source inside a valuation series that patches the new source's gaps with
/// the old source's last value. A daily multiple (unit <c>ratio</c>) that jumps by more than
/// <see cref="QualityOptions.SeriesBreakMinJump"/> and, within <see cref="QualityOptions.SeriesBreakReturnWindow"/>
/// observations, comes back to exactly the value before the jump is reported at the jump: the date, the values before
/// and after, the relative jump and the date of the return. The rows are kept.
/// </summary>
/// <remarks>
/// A P/E does move by 10 % and more: on earnings updates (the Nasdaq-100's trailing P/E steps at quarter-ends) and in
/// crashes. Those moves do not come back to the exact previous value a few days later; a fallback to a stored value
/// does. In the ERP monitor's Nasdaq-100 file the GuruFocus history ends on 2026-04-17 at 37.62; hand-collected values
/// start on 2026-04-20 at 31.06 (−17.4 %), and 37.62 is written again on 2026-04-21, -22 and -27 where the new
/// collection had nothing. Yields, flows and percentiles are not checked: at their levels a 10 % move is ordinary (a
/// yield of 0.75 % moving to 0.66 % and back).
/// </remarks>
internal static class SeriesBreakRule
{
    /// <summary>Applies the rule to a daily series of unit ratio; does nothing for others.</summary>
    public static void Apply(Instrument instrument, RowSet<ScalarPoint> set, QualityOptions options, SeriesCheck check)
    {
        if (instrument.Frequency != Frequency.Daily || instrument.Unit != "ratio")
        {
            return;
        }

        for (var i = 1; i < set.Count; i++)
        {
            var before = set.Rows[i - 1].Value;
            var after = set.Rows[i].Value;
            if (!(before > 0) || !(after > 0) || Math.Abs((after / before) - 1) <= options.SeriesBreakMinJump)
            {
                continue;
            }

            var end = Math.Min(set.Count, i + 1 + options.SeriesBreakReturnWindow);
            for (var k = i + 1; k < end; k++)
            {
                if (!set.Rows[k].Value.Equals(before))
                {
                    continue;
                }

                var from = set.DateOf(i - 1);
                var date = set.DateOf(i);
                var jump = (after / before) - 1;
                check.Report(
                    QualityRuleIds.SeriesBreak,
                    IssueSeverity.Warning,
                    IssueAction.Reported,
                    set.LineOf(i),
                    "Value",
                    SeriesCheck.Number(after),
                    date,
                    $"Series break on {IsoDate.Format(date)}: {SeriesCheck.Number(before)} on {IsoDate.Format(from)} ({SeriesCheck.LineText(set.LineOf(i - 1))}) to "
                    + $"{SeriesCheck.Number(after)} ({jump.ToString("+0.0%;-0.0%", CultureInfo.InvariantCulture)}), and back to exactly {SeriesCheck.Number(before)} on "
                    + $"{IsoDate.Format(set.DateOf(k))}: a change of source patched with the old source's last value. Kept as written; statistics across {IsoDate.Format(date)} mix two sources.");
                i = k;
                break;
            }
        }
    }
}
