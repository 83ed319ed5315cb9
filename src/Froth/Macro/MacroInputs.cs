using Froth.Series;

namespace Froth.Macro;

/// <summary>
/// The annual macro series of one country for <see cref="MacroOverlay.Build"/>: each a list of points dated
/// 1 January of the year they describe (the <see cref="ScalarPoint"/> convention), ascending, unique years.
/// </summary>
/// <remarks>Rates are fractions (0.0523 = 5.23 %): convert a source's percent first (<see cref="MacroUnits.ToFraction"/>).</remarks>
public sealed record MacroInputs
{
    /// <summary>Consumer-price inflation, fraction per year (World Bank FP.CPI.TOTL.ZG / 100).</summary>
    public IReadOnlyList<ScalarPoint> CpiInflation { get; init; } = [];

    /// <summary>GDP-deflator inflation, fraction per year (World Bank NY.GDP.DEFL.KD.ZG / 100).</summary>
    public IReadOnlyList<ScalarPoint> GdpDeflatorInflation { get; init; } = [];

    /// <summary>Real GDP growth, fraction per year.</summary>
    public IReadOnlyList<ScalarPoint> RealGdpGrowth { get; init; } = [];

    /// <summary>Nominal GDP as an amount in <see cref="NominalGdpCurrency"/> (World Bank NY.GDP.MKTP.CD: current US dollars).</summary>
    public IReadOnlyList<ScalarPoint> NominalGdp { get; init; } = [];

    /// <summary>ISO currency of <see cref="NominalGdp"/>; default USD.</summary>
    public string NominalGdpCurrency { get; init; } = "USD";
}
