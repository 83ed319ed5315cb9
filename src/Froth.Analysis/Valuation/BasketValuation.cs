using Froth.Analysis.Baskets;

namespace Froth.Analysis.Valuation;

/// <summary>A basket's valuation: each benchmark's multiple against its own history, as of the basket's date. A benchmark without one is named with why.</summary>
/// <param name="Basket">The basket's name.</param>
/// <param name="AsOf">The as-of decision (the basket's as-of policy).</param>
/// <param name="Benchmarks">The benchmarks with a P/E and enough history, in the definition's order.</param>
/// <param name="Skipped">The benchmarks left out, each with why ("no P/E series in the store").</param>
public sealed record BasketValuation(string Basket, AsOfDecision AsOf, IReadOnlyList<ValuationAnalysis> Benchmarks, IReadOnlyList<string> Skipped)
{
    /// <summary>The mean of the benchmarks' percentiles, or <see langword="null"/> when none has a P/E: the verdict's valuation reading.</summary>
    public double? MeanPercentile => Benchmarks.Count == 0 ? null : Benchmarks.Average(b => b.Snapshot.History.Percentile);
}
