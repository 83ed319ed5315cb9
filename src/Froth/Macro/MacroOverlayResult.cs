namespace Froth.Macro;

/// <summary>The annual macro overlay: one row per year and the facts a reader asks for first.</summary>
/// <param name="Years">Every year any series covers, ascending.</param>
/// <param name="LatestCpiInflation">Latest year with CPI inflation.</param>
/// <param name="LatestGdpDeflatorInflation">Latest year with GDP-deflator inflation.</param>
/// <param name="LatestRealGdpGrowth">Latest year with real growth.</param>
/// <param name="LatestNominalGrowthLocal">Latest year with computed local-currency nominal growth.</param>
/// <param name="LatestNominalGdpGrowth">Latest year with growth of nominal GDP in its currency (USD).</param>
/// <param name="NegativeDeflatorYears">Years whose GDP-deflator inflation is below 0 (deflation), ascending.</param>
public sealed record MacroOverlayResult(
    IReadOnlyList<MacroYear> Years,
    YearValue? LatestCpiInflation,
    YearValue? LatestGdpDeflatorInflation,
    YearValue? LatestRealGdpGrowth,
    YearValue? LatestNominalGrowthLocal,
    YearValue? LatestNominalGdpGrowth,
    IReadOnlyList<int> NegativeDeflatorYears);
