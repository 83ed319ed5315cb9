using Froth.Analysis.Baskets;

namespace Froth.Analysis.Valuation;

/// <summary>A basket's valuation: each benchmark's multiple against its own history, as of the basket's date. A benchmark without one is named with why.</summary>
/// <param name="Basket">The basket's name.</param>
/// <param name="AsOf">The as-of decision (the basket's as-of policy).</param>
/// <param name="Benchmarks">The benchmarks with a P/E and enough history, in the definition's order.</param>
/// <param name="Skipped">The benchmarks left out, each with why.</param>
public sealed record BasketValuation(string Basket, AsOfDecision AsOf, IReadOnlyList<ValuationAnalysis> Benchmarks, IReadOnlyList<ValuationShortfall> Skipped)
{
    /// <summary>The mean of the benchmarks' percentiles, or <see langword="null"/> when none has a P/E: the verdict's valuation reading.</summary>
    public double? MeanPercentile => Benchmarks.Count == 0 ? null : Benchmarks.Average(b => b.Snapshot.History.Percentile);
}

/// <summary>Why a benchmark has no valuation in a basket's.</summary>
public enum ShortfallKind
{
    /// <summary>The store holds no P/E series of it.</summary>
    NoSeries,

    /// <summary>Its P/E history is shorter than the years asked for.</summary>
    ShortHistory,

    /// <summary>Its P/E has no usable observation by the as-of date.</summary>
    NoValue,
}

/// <summary>A benchmark left out of a basket's valuation, with why.</summary>
/// <param name="Symbol">The benchmark.</param>
/// <param name="Kind">Why, as a kind the report can state.</param>
/// <param name="Message">Why, in words.</param>
public sealed record ValuationShortfall(string Symbol, ShortfallKind Kind, string Message);
