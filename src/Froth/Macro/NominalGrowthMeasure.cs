namespace Froth.Macro;

/// <summary>Which nominal GDP growth an index's growth is set against.</summary>
public enum NominalGrowthMeasure
{
    /// <summary>Local-currency growth, (1 + real)(1 + deflator) − 1 (<see cref="MacroYear.NominalGrowthLocal"/>): the default for an index quoted in the country's currency.</summary>
    LocalCurrency,

    /// <summary>Growth of nominal GDP in current US dollars (<see cref="MacroYear.NominalGdpGrowth"/>): includes the exchange rate; for an index quoted in a dollar-pegged currency.</summary>
    UsDollars,
}
