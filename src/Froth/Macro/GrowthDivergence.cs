using System.Globalization;
using Froth.Series;
using Froth.Valuation;

namespace Froth.Macro;

/// <summary>
/// Sets an index's calendar-year price returns against nominal GDP growth and measures the divergence of momentum
/// from fundamentals over a span of whole years (<c>docs/valuation.md</c>).
/// </summary>
/// <remarks>
/// <para>The measure has two parts. (1) <see cref="DivergenceResult.Divergence"/>: the index's compound annual price
/// return minus the compound annual nominal GDP growth over the same years. Over long spans earnings grow roughly
/// with the nominal economy, so a persistent positive gap is a price level rising faster than what it is a claim
/// on. (2) The re-rating share of the span's return: the part of the log return explained by a higher multiple
/// rather than higher earnings (<see cref="ReturnDecomposition"/>).</para>
/// <para>Annual macro data stop a year or two before the present, so the span ends at the latest year with both
/// growths; the years after it are listed with their index return and no nominal growth.</para>
/// </remarks>
public static class GrowthDivergence
{
    /// <summary>Computes the divergence.</summary>
    /// <param name="closes">Daily closes of the index, ascending, unique dates; non-finite values are treated as missing.</param>
    /// <param name="macro">The macro overlay's years.</param>
    /// <param name="pe">The index's P/E for the re-rating share, or <see langword="null"/>.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="DivergenceOptions.Default"/>.</param>
    /// <exception cref="FrothException">No year has both an index return and a nominal growth, or a year asked for lacks one.</exception>
    public static DivergenceResult Compute(
        IReadOnlyList<ScalarPoint> closes, IReadOnlyList<MacroYear> macro, IReadOnlyList<ScalarPoint>? pe = null, DivergenceOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(closes);
        ArgumentNullException.ThrowIfNull(macro);
        options ??= DivergenceOptions.Default;
        ArgumentOutOfRangeException.ThrowIfNegative(options.YearEndToleranceDays);

        var yearEnd = YearEndCloses(closes);
        var growth = macro
            .Select(m => (m.Year, Growth: options.Measure == NominalGrowthMeasure.LocalCurrency ? m.NominalGrowthLocal : m.NominalGdpGrowth))
            .Where(x => x.Growth is not null)
            .ToDictionary(x => x.Year, x => x.Growth!.Value);

        bool Complete(int year) =>
            yearEnd.TryGetValue(year, out var c) && c.Date.DayNumber >= new DateOnly(year, 12, 31).DayNumber - options.YearEndToleranceDays;

        var rows = new List<DivergenceYear>();
        foreach (var y in yearEnd.Keys.Concat(growth.Keys).Distinct().Order())
        {
            double? ret = Complete(y) && Complete(y - 1) ? (yearEnd[y].Value / yearEnd[y - 1].Value) - 1 : null;
            double? g = growth.TryGetValue(y, out var gv) ? gv : null;
            var hasClose = yearEnd.TryGetValue(y, out var close);
            rows.Add(new DivergenceYear(y, hasClose ? close.Date : null, hasClose ? close.Value : null, ret, g, ret - g));
        }

        var both = rows.Where(r => r.Excess is not null).Select(r => r.Year).ToHashSet();
        if (both.Count == 0)
        {
            var indexYears = rows.Where(r => r.IndexReturn is not null).Select(r => r.Year).ToList();
            throw new FrothException(
                $"No calendar year has both a full-year index return ({Years(indexYears)}) and a nominal GDP growth ({Years([.. growth.Keys.Order()])}).");
        }

        var last = options.ToYear ?? both.Max();
        var first = options.FromYear ?? LatestRunStart(both, last);
        if (first > last)
        {
            throw new FrothException($"The first year ({first}) is after the last ({last}).");
        }

        var missing = Enumerable.Range(first, last - first + 1).Where(y => !both.Contains(y)).ToList();
        if (missing.Count > 0)
        {
            throw new FrothException(
                $"Years {first}–{last} asked for, but {Years(missing)} lack a full-year index return or a nominal GDP growth; years with both: {Years([.. both.Order()])}.");
        }

        var span = rows.Where(r => r.Year >= first && r.Year <= last).ToList();
        var indexGrowth = span.Aggregate(1.0, (acc, r) => acc * (1 + r.IndexReturn!.Value)) - 1;
        var nominalGrowth = span.Aggregate(1.0, (acc, r) => acc * (1 + r.NominalGrowth!.Value)) - 1;
        var n = span.Count;
        var indexCagr = Math.Pow(1 + indexGrowth, 1.0 / n) - 1;
        var nominalCagr = Math.Pow(1 + nominalGrowth, 1.0 / n) - 1;

        DecompositionResult? decomposition = null;
        string? note = pe is null ? "no P/E series was given" : null;
        if (pe is not null)
        {
            try
            {
                decomposition = ReturnDecomposition.Compute(closes, pe, yearEnd[first - 1].Date, yearEnd[last].Date);
            }
            catch (FrothException e)
            {
                note = e.Message;
            }
        }

        return new DivergenceResult(options.Measure, rows, first, last, indexGrowth, nominalGrowth, indexCagr, nominalCagr, indexCagr - nominalCagr, decomposition, note);
    }

    /// <summary>The last finite close of each calendar year.</summary>
    private static SortedDictionary<int, ScalarPoint> YearEndCloses(IReadOnlyList<ScalarPoint> closes)
    {
        var byYear = new SortedDictionary<int, ScalarPoint>();
        for (var i = 0; i < closes.Count; i++)
        {
            if (i > 0 && closes[i].Date <= closes[i - 1].Date)
            {
                throw new ArgumentException(
                    $"Expected closes ascending by date with unique dates; {closes[i].Date:yyyy-MM-dd} follows {closes[i - 1].Date:yyyy-MM-dd}.", nameof(closes));
            }

            if (double.IsFinite(closes[i].Value))
            {
                byYear[closes[i].Date.Year] = closes[i];
            }
        }

        return byYear;
    }

    private static int LatestRunStart(HashSet<int> years, int last)
    {
        var first = last;
        while (years.Contains(first - 1))
        {
            first--;
        }

        return first;
    }

    private static string Years(IReadOnlyList<int> years) =>
        years.Count == 0 ? "none" : string.Join(", ", years.Select(y => y.ToString(CultureInfo.InvariantCulture)));
}
