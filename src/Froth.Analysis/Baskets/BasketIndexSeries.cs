using Froth.Analysis.Series;
using Froth.Baskets;
using Froth.Series;

namespace Froth.Analysis.Baskets;

/// <summary>
/// A basket's index as one dated series, from its inception to the as-of date: what its facts, bubble tests and
/// charts read, as an instrument's closes are. Its bars have the level as open, high, low and close, no volume.
/// </summary>
/// <param name="Series">The index: a pseudo-instrument <c>basket:NAME</c>, the basket's location as source, the levels.</param>
/// <param name="Run">The index run it comes from (constituents, resets, exclusions over the whole run).</param>
public sealed record BasketIndexSeries(SeriesRead<DailyBar> Series, BasketResult Run);
