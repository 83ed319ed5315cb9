using Froth.Data.MarketData;
using Froth.Macro;

namespace Froth.Analysis.Macro;

/// <summary>An index's calendar-year growth against nominal GDP growth: the momentum-versus-fundamentals divergence.</summary>
/// <param name="Symbol">The index.</param>
/// <param name="Name">Its name.</param>
/// <param name="Prices">The price source read.</param>
/// <param name="Currency">The index's currency.</param>
/// <param name="MeasureReason">Why this nominal growth was used.</param>
/// <param name="PeSeries">The P/E series read for the re-rating share, or <see langword="null"/>.</param>
/// <param name="Pe">Its source, or <see langword="null"/>.</param>
/// <param name="Result">The divergence (the library's result, whole).</param>
/// <param name="Summary">The result in one paragraph.</param>
/// <param name="Notes">What is missing.</param>
public sealed record DivergenceAnalysis(string Symbol, string Name, SeriesSource Prices, string? Currency, string MeasureReason, string? PeSeries, SeriesSource? Pe, DivergenceResult Result, string Summary, IReadOnlyList<string> Notes);
