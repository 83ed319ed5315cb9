using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// The data quality rules applied to every batch before it is stored. Each rule reports what it finds as a
/// <see cref="DataIssue"/> and handles it by a documented rule; nothing is dropped silently.
/// </summary>
/// <remarks>
/// <para>Bars, in this order: <see cref="QualityRuleIds.DuplicateDate"/> (one row per date),
/// <see cref="QualityRuleIds.NonFiniteValue"/> (volumes), <see cref="QualityRuleIds.NonPositivePrice"/>,
/// <see cref="QualityRuleIds.HighBelowLow"/>, <see cref="QualityRuleIds.CloseOutsideRange"/>,
/// <see cref="QualityRuleIds.WeekendBar"/> (currency pairs), <see cref="QualityRuleIds.VolumeScaleBreak"/>,
/// <see cref="QualityRuleIds.Gap"/> and <see cref="QualityRuleIds.StaleRun"/> (on the close). Scalar points:
/// duplicate dates, non-finite values, gaps (daily series only), stale runs (on the value) and
/// <see cref="QualityRuleIds.SeriesBreak"/> (daily multiples). Across the documents of one import,
/// <see cref="CrossSectionRule"/> compares daily cross-sections (run by <c>ImportPipeline</c>).</para>
/// <para>Series a layout did not sort are sorted by date first. A series left with no rows is dropped from the
/// batch (every row it lost has its own issue). Line numbers come from <see cref="ImportBatch.BarLines"/> and
/// <see cref="ImportBatch.ScalarLines"/> and stay aligned with the rows that remain.</para>
/// </remarks>
public static class QualityRules
{
    /// <summary>Applies every rule and returns the batch with its series corrected and the issues added.</summary>
    /// <exception cref="FrothException">An option is out of range.</exception>
    public static ImportBatch Apply(ImportBatch batch, QualityOptions options)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();

        var location = batch.Document.Location;
        var issues = new List<DataIssue>(batch.Issues);
        var bars = new List<BarSeries>(batch.Bars.Count);
        var barLines = new List<IReadOnlyList<int>>(batch.Bars.Count);
        for (var i = 0; i < batch.Bars.Count; i++)
        {
            var series = batch.Bars[i];
            var set = new RowSet<DailyBar>(series.Bars, Lines(batch.BarLines, i, series.Bars.Count, "BarLines"), b => b.Date);
            var check = new SeriesCheck(location, series.Instrument.Symbol, issues);
            set.SortByDate();
            DuplicateDateRule.Apply(set, check);
            NonFiniteValueRule.Apply(set, check);
            NonPositivePriceRule.Apply(set, check);
            HighBelowLowRule.Apply(set, check);
            CloseOutsideRangeRule.Apply(set, check);
            WeekendBarRule.Apply(series.Instrument, set, check);
            VolumeScaleBreakRule.Apply(series.Instrument, set, options, check);
            GapRule.Apply(set, options, check);
            StaleRunRule.Apply(set, options, check, b => b.Close, "Close");
            if (set.Count > 0)
            {
                bars.Add(series with { Bars = set.Rows });
                barLines.Add(set.Lines ?? []);
            }
        }

        var scalars = new List<ScalarSeries>(batch.Scalars.Count);
        var scalarLines = new List<IReadOnlyList<int>>(batch.Scalars.Count);
        for (var i = 0; i < batch.Scalars.Count; i++)
        {
            var series = batch.Scalars[i];
            if (series.Points.Count == 1 && double.IsFinite(series.Points[0].Value))
            {
                // One finite point: no rule can find anything (a daily cross-section holds thousands of these).
                scalars.Add(series);
                scalarLines.Add(Lines(batch.ScalarLines, i, 1, "ScalarLines") ?? []);
                continue;
            }

            var set = new RowSet<ScalarPoint>(series.Points, Lines(batch.ScalarLines, i, series.Points.Count, "ScalarLines"), p => p.Date);
            var check = new SeriesCheck(location, series.Instrument.Symbol, issues);
            set.SortByDate();
            DuplicateDateRule.Apply(set, check);
            NonFiniteValueRule.Apply(set, check);
            if (series.Instrument.Frequency == Frequency.Daily)
            {
                GapRule.Apply(set, options, check);
            }

            StaleRunRule.Apply(set, options, check, p => p.Value, "Value");
            SeriesBreakRule.Apply(series.Instrument, set, options, check);
            if (set.Count > 0)
            {
                scalars.Add(series with { Points = set.Rows });
                scalarLines.Add(set.Lines ?? []);
            }
        }

        return batch with
        {
            Bars = bars,
            Scalars = scalars,
            Issues = issues,
            BarLines = batch.BarLines is null ? null : barLines,
            ScalarLines = batch.ScalarLines is null ? null : scalarLines,
        };
    }

    private static IReadOnlyList<int>? Lines(IReadOnlyList<IReadOnlyList<int>>? all, int index, int count, string name)
    {
        if (all is null)
        {
            return null;
        }

        if (index >= all.Count || all[index].Count != count)
        {
            throw new ArgumentException($"ImportBatch.{name}[{index}] must have one line per row ({count}).", name);
        }

        return all[index];
    }
}
