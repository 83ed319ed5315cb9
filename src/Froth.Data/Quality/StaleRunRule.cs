using System.Globalization;
using Froth.Data.Sources;

namespace Froth.Data.Quality;

/// <summary>
/// <c>stale-run</c>: reports a value repeated unchanged over at least <see cref="QualityOptions.StaleRunLength"/>
/// consecutive observations: the close of bars, the value of scalar points. Real prices and valuations move
/// every day; a long run of one value is a source that stopped updating and carried its last value forward
/// (the Hang Seng Tech P/E in <c>erp_HSTECH.csv</c> from 2026-04-20; Yahoo's Shanghai Composite over the
/// 1999 Chinese New Year closure) or a suspended stock. The rows are kept, because which of them are real
/// cannot be told from the series alone, and reported as an error so that a reader knows.
/// </summary>
internal static class StaleRunRule
{
    /// <summary>Applies the rule; <paramref name="valueOf"/> gives the value compared and <paramref name="column"/> names it.</summary>
    public static void Apply<T>(RowSet<T> set, QualityOptions options, SeriesCheck check, Func<T, double> valueOf, string column)
    {
        var start = 0;
        for (var i = 1; i <= set.Count; i++)
        {
            if (i < set.Count && valueOf(set.Rows[i]).Equals(valueOf(set.Rows[start])))
            {
                continue;
            }

            var length = i - start;
            if (length >= options.StaleRunLength)
            {
                var value = valueOf(set.Rows[start]);
                var first = set.DateOf(start);
                var last = set.DateOf(i - 1);
                check.Report(
                    QualityRuleIds.StaleRun,
                    IssueSeverity.Error,
                    IssueAction.Reported,
                    set.LineOf(start),
                    column,
                    SeriesCheck.Number(value),
                    first,
                    $"{column} {SeriesCheck.Number(value)} is unchanged over {length.ToString(CultureInfo.InvariantCulture)} consecutive observations ({SeriesCheck.Span(set.LineOf(start), set.LineOf(i - 1), first, last)}): a stale or forward-filled source; kept as written.");
            }

            start = i;
        }
    }
}
