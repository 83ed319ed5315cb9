using System.Globalization;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>repeated-cross-section</c>: compares the day files of one family of cross-sections (<see cref="CrossSection"/>)
/// read in one import, in date order. A day whose values equal the previous kept day's for at least
/// <see cref="QualityOptions.RepeatedCrossSectionShare"/> of the series both days hold was not updated — a back-filled
/// copy (the Hong Kong files of 2026-06-11 and 06-12 are identical for 2,732 of 2,734 stocks) or a day without a
/// session (the 2026-07-01 holiday file repeats 2026-06-30's market caps for 2,734 of 2,746 stocks) — and every value of
/// it is left out, one warning per series, so that no stale value is stored under that date. On an ordinary day about
/// a third of the stocks keep their value. Days are compared only within one import: a file imported on its own is
/// not checked against the store.
/// </summary>
public static class CrossSectionRule
{
    /// <summary>Fewest series two days must share to be compared.</summary>
    public const int MinCommonSeries = 10;

    /// <summary>The batches with every repeated day's series removed and its issues added; other batches unchanged.</summary>
    /// <exception cref="FrothException">An option is out of range.</exception>
    public static IReadOnlyList<ImportBatch> Apply(IReadOnlyList<ImportBatch> batches, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(batches);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        var result = batches.ToArray();
        foreach (var family in Enumerable.Range(0, batches.Count)
            .Where(i => batches[i].CrossSection is not null)
            .GroupBy(i => batches[i].CrossSection!.Family, StringComparer.Ordinal))
        {
            Dictionary<string, double>? kept = null;
            DateOnly keptDate = default;
            foreach (var i in family.OrderBy(i => batches[i].CrossSection!.Date))
            {
                var batch = batches[i];
                var values = Values(batch);
                if (kept is not null)
                {
                    var common = values.Keys.Count(kept.ContainsKey);
                    var equal = values.Count(v => kept.TryGetValue(v.Key, out var x) && x.Equals(v.Value));
                    if (common >= MinCommonSeries && equal >= options.RepeatedCrossSectionShare * common)
                    {
                        result[i] = Drop(batch, keptDate, equal, common);
                        continue;
                    }
                }

                kept = values;
                keptDate = batch.CrossSection!.Date;
            }
        }

        return result;
    }

    private static Dictionary<string, double> Values(ImportBatch batch)
    {
        var values = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var s in batch.Scalars)
        {
            if (s.Points.Count == 1)
            {
                values[s.Instrument.Symbol] = s.Points[0].Value;
            }
        }

        return values;
    }

    private static ImportBatch Drop(ImportBatch batch, DateOnly previous, int equal, int common)
    {
        var date = batch.CrossSection!.Date;
        var share = (double)equal / common;
        var issues = new List<DataIssue>(batch.Issues);
        foreach (var s in batch.Scalars)
        {
            foreach (var p in s.Points)
            {
                issues.Add(new DataIssue(
                    QualityRuleIds.RepeatedCrossSection,
                    IssueSeverity.Warning,
                    batch.Document.Location,
                    null,
                    null,
                    SeriesCheck.Number(p.Value),
                    $"The cross-section of {IsoDate.Format(date)} repeats {IsoDate.Format(previous)}'s values for {equal.ToString("N0", CultureInfo.InvariantCulture)} of the "
                    + $"{common.ToString("N0", CultureInfo.InvariantCulture)} series both days hold ({share.ToString("0.0%", CultureInfo.InvariantCulture)}): the source did not update that day "
                    + "(a back-filled copy, or a day without a session such as a holiday); this value was left out.",
                    IssueAction.Skipped)
                {
                    Symbol = s.Instrument.Symbol,
                    Date = p.Date,
                });
            }
        }

        return batch with { Scalars = [], ScalarLines = batch.ScalarLines is null ? null : [], Bars = [], BarLines = batch.BarLines is null ? null : [], Issues = issues };
    }
}
