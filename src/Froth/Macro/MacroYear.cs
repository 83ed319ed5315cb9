namespace Froth.Macro;

/// <summary>One year of the macro overlay. Rates are fractions; <see langword="null"/> where the source has no value.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="CpiInflation">Consumer-price inflation.</param>
/// <param name="GdpDeflatorInflation">GDP-deflator inflation: the change of the price level of everything produced; negative is deflation.</param>
/// <param name="RealGdpGrowth">Real GDP growth.</param>
/// <param name="NominalGdp">Nominal GDP, an amount in <see cref="MacroInputs.NominalGdpCurrency"/>.</param>
/// <param name="NominalGdpGrowth">
/// Growth of <paramref name="NominalGdp"/> from the year before: in current US dollars it mixes local nominal growth
/// with the exchange rate's change.
/// </param>
/// <param name="NominalGrowthLocal">
/// Local-currency nominal growth computed as (1 + real growth) × (1 + deflator inflation) − 1 (the deflator is
/// nominal over real GDP, so this is exact); <see langword="null"/> unless both exist.
/// </param>
public sealed record MacroYear(
    int Year,
    double? CpiInflation,
    double? GdpDeflatorInflation,
    double? RealGdpGrowth,
    double? NominalGdp,
    double? NominalGdpGrowth,
    double? NominalGrowthLocal);
