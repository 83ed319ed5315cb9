using Froth.Baskets;

namespace Froth.Analysis.Baskets;

/// <summary>
/// A basket over a period, as of a date: what <c>froth basket</c> prints and a report's basket section reads. The period
/// is measured on the basket's one index run (<see cref="BasketInputs.Inception"/>), so its return is the ratio of the
/// index's levels, the same the basket's facts give.
/// </summary>
/// <param name="Basket">The basket's name.</param>
/// <param name="Location">The file it was read from, or <c>preset:NAME</c>.</param>
/// <param name="Description">Its description.</param>
/// <param name="Method">How it is built.</param>
/// <param name="AsOf">The as-of decision.</param>
/// <param name="From">The period's base date asked for (the index's base session is the last on or before it).</param>
/// <param name="Period">The period's figures: return, index, breadth, leaders and laggards, contributions, exclusions.</param>
/// <param name="Benchmarks">Each benchmark over the same period.</param>
/// <param name="Notes">What a reader needs to know: constituents left out, held, entered; benchmarks that trail.</param>
public sealed record BasketAnalysis(
    string Basket,
    string Location,
    string Description,
    BasketMethod Method,
    AsOfDecision AsOf,
    DateOnly From,
    BasketResult Period,
    IReadOnlyList<BenchmarkComparison> Benchmarks,
    IReadOnlyList<string> Notes);
