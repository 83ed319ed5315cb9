namespace Froth.Baskets;

/// <summary>Market value of the constituents with shares, in one currency, at the start and end of the period.</summary>
/// <param name="Currency">The currency (the reporting currency, or a constituent currency of a local-currency basket).</param>
/// <param name="Constituents">How many constituents with shares it sums.</param>
/// <param name="Start">Σ shares × base price.</param>
/// <param name="End">Σ shares × end price.</param>
/// <param name="Added">End − Start: market value added over the period (negative when lost).</param>
public sealed record MarketValueTotal(string Currency, int Constituents, double Start, double End, double Added)
{
    /// <summary>The part of <see cref="Added"/> due to exchange rates (Σ of the constituents' <see cref="ConstituentResult.CurrencyEffect"/>); 0 for a local-currency total.</summary>
    public double CurrencyEffect { get; init; }

    /// <summary>The part of <see cref="Added"/> from the stocks' own prices and share counts: Added − CurrencyEffect.</summary>
    public double LocalEffect => Added - CurrencyEffect;
}
