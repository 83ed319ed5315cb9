using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>duplicate-date</c>: keeps one row per date by a documented rule and reports every row of the group.
/// </summary>
/// <remarks>
/// Identical rows: the first is kept. Bars that differ: the one with the larger volume is kept, because a
/// row written during the session (an intraday snapshot, as in the STAR 50 file's 2025-04-18 rows with
/// volumes 3,000,960 and 18,674,226) has less volume than the full day; with equal or no volumes, the row
/// later in the file, which was written last. Scalar points that differ: the later row.
/// </remarks>
internal static class DuplicateDateRule
{
    /// <summary>Applies the rule to bars.</summary>
    public static void Apply(RowSet<DailyBar> set, SeriesCheck check) =>
        Apply(set, check, (a, b) => Better(a, b), b => b.Volume is { } v ? $"volume {SeriesCheck.Number(v)}" : "no volume", "the row with the larger volume is the full session; a smaller one is usually an intraday snapshot");

    /// <summary>Applies the rule to scalar points.</summary>
    public static void Apply(RowSet<ScalarPoint> set, SeriesCheck check) =>
        Apply(set, check, (_, _) => 0, p => $"value {SeriesCheck.Number(p.Value)}", "the later row was written last");

    private static int Better(DailyBar a, DailyBar b) => (a.Volume ?? -1).CompareTo(b.Volume ?? -1);

    private static void Apply<T>(RowSet<T> set, SeriesCheck check, Func<T, T, int> compare, Func<T, string> describe, string reason)
        where T : struct, IEquatable<T>
    {
        var drop = new HashSet<int>();
        var start = 0;
        while (start < set.Count)
        {
            var end = start + 1;
            while (end < set.Count && set.DateOf(end) == set.DateOf(start))
            {
                end++;
            }

            if (end - start > 1)
            {
                Settle(set, check, start, end, compare, describe, reason, drop);
            }

            start = end;
        }

        if (drop.Count > 0)
        {
            set.RemoveWhere(drop.Contains);
        }
    }

    private static void Settle<T>(RowSet<T> set, SeriesCheck check, int start, int end, Func<T, T, int> compare, Func<T, string> describe, string reason, HashSet<int> drop)
        where T : struct, IEquatable<T>
    {
        var identical = Enumerable.Range(start + 1, end - start - 1).All(i => set.Rows[i].Equals(set.Rows[start]));
        var keep = start;
        if (!identical)
        {
            // Later rows win ties: iterate forward and take a row when it is at least as good.
            for (var i = start + 1; i < end; i++)
            {
                if (compare(set.Rows[i], set.Rows[keep]) >= 0)
                {
                    keep = i;
                }
            }
        }

        var date = set.DateOf(start);
        var lines = string.Join(", ", Enumerable.Range(start, end - start).Select(i => SeriesCheck.LineText(set.LineOf(i))));
        var why = identical ? "the rows are identical, so the first is kept" : reason;
        for (var i = start; i < end; i++)
        {
            if (i == keep)
            {
                check.Report(
                    QualityRuleIds.DuplicateDate,
                    IssueSeverity.Info,
                    IssueAction.Reported,
                    set.LineOf(i),
                    "Date",
                    IsoDate.Format(date),
                    date,
                    $"{IsoDate.Format(date)} appears {end - start} times ({lines}); this row ({describe(set.Rows[i])}) was kept: {why}.");
            }
            else
            {
                drop.Add(i);
                check.Report(
                    QualityRuleIds.DuplicateDate,
                    IssueSeverity.Warning,
                    IssueAction.Skipped,
                    set.LineOf(i),
                    "Date",
                    IsoDate.Format(date),
                    date,
                    $"{IsoDate.Format(date)} appears {end - start} times ({lines}); this row ({describe(set.Rows[i])}) was left out and {SeriesCheck.LineText(set.LineOf(keep))} kept: {why}.");
            }
        }
    }
}
