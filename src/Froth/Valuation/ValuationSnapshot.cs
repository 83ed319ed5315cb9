using Froth.Series;

namespace Froth.Valuation;

/// <summary>A valuation series on an as-of date: its latest value, that value against its own history, and whether it is stale.</summary>
/// <param name="AsOf">The as-of date asked for.</param>
/// <param name="Value">The latest observation on or before <paramref name="AsOf"/>, in the series' unit (a P/E is a ratio).</param>
/// <param name="ValueDate">Date of that observation; earlier than <paramref name="AsOf"/> on a day without one.</param>
/// <param name="History">The value against its history.</param>
/// <param name="Stale">Whether the value has stopped moving, and since when.</param>
/// <param name="Window">The observations of the history window, ascending (stale repeats excluded), for ranking other values.</param>
/// <param name="Options">The options used.</param>
public sealed record ValuationSnapshot(
    DateOnly AsOf,
    double Value,
    DateOnly ValueDate,
    HistoryStatistics History,
    StaleStatus Stale,
    IReadOnlyList<ScalarPoint> Window,
    ValuationOptions Options);
