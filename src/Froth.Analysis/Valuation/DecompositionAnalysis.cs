using Froth.Data.MarketData;
using Froth.Valuation;

namespace Froth.Analysis.Valuation;

/// <summary>A price return split into earnings growth and re-rating: what <c>froth decompose</c> prints.</summary>
/// <param name="Subject">The index's canonical symbol.</param>
/// <param name="Name">Its name.</param>
/// <param name="Prices">The price source read.</param>
/// <param name="PeSeries">The P/E series.</param>
/// <param name="Pe">The P/E source read.</param>
/// <param name="From">The start asked for.</param>
/// <param name="To">The end asked for.</param>
/// <param name="Result">The decomposition (the library's result, whole).</param>
/// <param name="Warnings">Dates far from those asked for, a stale P/E.</param>
public sealed record DecompositionAnalysis(string Subject, string Name, SeriesSource Prices, string PeSeries, SeriesSource Pe, DateOnly From, DateOnly To, DecompositionResult Result, IReadOnlyList<string> Warnings);
