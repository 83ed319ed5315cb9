using Froth.Series;

namespace Froth.Analysis.Speculation;

/// <summary>A margin-financing reading with the balances it was computed from (<see cref="SpeculationQueries.MarginFor"/>).</summary>
/// <param name="Reading">The gauge.</param>
/// <param name="History">The balances up to the as-of date, ascending.</param>
public sealed record MarginSeries(MarginReading Reading, IReadOnlyList<ScalarPoint> History);
