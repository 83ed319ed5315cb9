using Froth.Data.MarketData;
using Froth.Valuation;

namespace Froth.Analysis.Valuation;

/// <summary>A valuation series on an as-of date against its own history: what <c>froth valuation</c> prints and a report's valuation section reads.</summary>
/// <param name="Subject">Canonical symbol of the subject (<c>HSTECH.HK</c>).</param>
/// <param name="Name">The subject's name.</param>
/// <param name="Series">The valuation series (<c>HSTECH.HK:PE</c>).</param>
/// <param name="Description">The series' name as stored (what kind of P/E it is).</param>
/// <param name="Metric">The metric code in lower case (<c>pe</c>).</param>
/// <param name="Unit">The series' unit (<c>ratio</c>).</param>
/// <param name="Source">The source read, with its provenance.</param>
/// <param name="Sources">Every source of the series, preferred first.</param>
/// <param name="ObservationsRead">Observations of the series read, up to the as-of date.</param>
/// <param name="Snapshot">The value, its history statistics, its staleness and the history window (the library's result, whole).</param>
/// <param name="Comparisons">Other instruments and given multiples compared with.</param>
/// <param name="Warnings">What a reader must know to read the figures right.</param>
public sealed record ValuationAnalysis(
    string Subject,
    string Name,
    string Series,
    string Description,
    string Metric,
    string? Unit,
    SeriesSource Source,
    IReadOnlyList<string> Sources,
    int ObservationsRead,
    ValuationSnapshot Snapshot,
    IReadOnlyList<ValuationComparisonItem> Comparisons,
    IReadOnlyList<string> Warnings)
{
    /// <summary>Dates of the series breaks (quality rule <c>series-break</c>) inside the history window: its statistics mix two sources across each.</summary>
    public IReadOnlyList<DateOnly> Breaks { get; init; } = [];
}

/// <summary>One comparison of a valuation with another instrument's (then its series, source, value and percentile are given) or with a given multiple.</summary>
/// <param name="Label">The other instrument's subject, or the given multiple's label.</param>
/// <param name="Series">The other's valuation series, or <see langword="null"/> for a given multiple.</param>
/// <param name="Source">The other's source, or <see langword="null"/>.</param>
/// <param name="Value">The other's value, or the given multiple.</param>
/// <param name="ValueDate">The other's value date, or <see langword="null"/>.</param>
/// <param name="StaleSince">When the other's value was really observed, when it is stale; otherwise <see langword="null"/>.</param>
/// <param name="Percentile">The other's percentile in its own history, or <see langword="null"/>.</param>
/// <param name="Pair">The comparison with another instrument, or <see langword="null"/>.</param>
/// <param name="Multiple">The comparison with a given multiple, or <see langword="null"/>.</param>
public sealed record ValuationComparisonItem(
    string Label,
    string? Series,
    string? Source,
    double Value,
    DateOnly? ValueDate,
    DateOnly? StaleSince,
    double? Percentile,
    PairComparison? Pair,
    MultipleComparison? Multiple);
