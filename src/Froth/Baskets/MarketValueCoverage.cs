namespace Froth.Baskets;

/// <summary>How much of a basket its market value covers, by count of constituents.</summary>
/// <param name="WithMarketValue">Constituents with a market value over the period.</param>
/// <param name="Constituents">Constituents of the definition (included or left out).</param>
public sealed record MarketValueCoverage(int WithMarketValue, int Constituents)
{
    /// <summary>WithMarketValue ÷ Constituents, a fraction; <see langword="null"/> for no constituent.</summary>
    public double? Share => Constituents == 0 ? null : (double)WithMarketValue / Constituents;
}
