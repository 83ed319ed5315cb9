using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>weekend-bar</c>: leaves out a currency pair's bars dated on a Saturday or Sunday. The currency market is shut
/// from Friday evening to Sunday evening (New York time), so such a bar is Friday's session written again under
/// another date or a partial bar taken while the market was closed (Yahoo's HKD=X history ends with a Saturday bar,
/// 2024-12-07, whose close differs from Friday's). Stocks and indices are left alone: exchanges date their sessions
/// themselves, and the Stooq history's weekly observations before 1985 fall on Saturdays.
/// </summary>
internal static class WeekendBarRule
{
    /// <summary>Applies the rule to the bars of <paramref name="instrument"/> when it is a currency pair.</summary>
    public static void Apply(Instrument instrument, RowSet<DailyBar> set, SeriesCheck check)
    {
        if (instrument.Kind != InstrumentKind.Fx)
        {
            return;
        }

        set.RemoveWhere(i =>
        {
            var date = set.DateOf(i);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                return false;
            }

            var bar = set.Rows[i];
            check.Report(
                QualityRuleIds.WeekendBar,
                IssueSeverity.Warning,
                IssueAction.Skipped,
                set.LineOf(i),
                "Date",
                IsoDate.Format(date),
                date,
                $"{IsoDate.Format(date)} is a {date.DayOfWeek}, when the currency market is closed: this bar (close {SeriesCheck.Number(bar.Close)}) is a partial or repeated one, not a session; left out.");
            return true;
        });
    }
}
