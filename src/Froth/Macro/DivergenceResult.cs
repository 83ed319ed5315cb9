using Froth.Valuation;

namespace Froth.Macro;

/// <summary>
/// The momentum-versus-fundamentals divergence of an index over a span of whole calendar years: how much faster
/// its price grew than the nominal economy, and how much of its return came from re-rating.
/// </summary>
/// <param name="Measure">The nominal growth measure used.</param>
/// <param name="Years">Every year with an index close or a nominal growth, ascending.</param>
/// <param name="FirstYear">First year of the span.</param>
/// <param name="LastYear">Last year of the span.</param>
/// <param name="IndexGrowth">Compound index price return over the span, Π(1 + r) − 1.</param>
/// <param name="NominalGrowth">Compound nominal GDP growth over the span, Π(1 + g) − 1.</param>
/// <param name="IndexCagr">(1 + IndexGrowth)^(1/years) − 1: the index's annual rate.</param>
/// <param name="NominalCagr">(1 + NominalGrowth)^(1/years) − 1: the economy's annual nominal rate.</param>
/// <param name="Divergence">
/// IndexCagr − NominalCagr, a fraction per year: the divergence measure. Positive when prices outran the nominal
/// economy (momentum ahead of fundamentals), negative when they lagged it.
/// </param>
/// <param name="Decomposition">
/// The span's price return split into earnings growth and re-rating (from the last close before the span to its
/// last close), when a P/E covers both ends; its <see cref="DecompositionResult.ReRatingShare"/> is the second part
/// of the measure.
/// </param>
/// <param name="DecompositionNote">Why <paramref name="Decomposition"/> is missing, or <see langword="null"/>.</param>
public sealed record DivergenceResult(
    NominalGrowthMeasure Measure,
    IReadOnlyList<DivergenceYear> Years,
    int FirstYear,
    int LastYear,
    double IndexGrowth,
    double NominalGrowth,
    double IndexCagr,
    double NominalCagr,
    double Divergence,
    DecompositionResult? Decomposition,
    string? DecompositionNote)
{
    /// <summary>Number of years in the span.</summary>
    public int SpanYears => LastYear - FirstYear + 1;
}
