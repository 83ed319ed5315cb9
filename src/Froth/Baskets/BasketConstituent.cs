namespace Froth.Baskets;

/// <summary>One constituent of a basket definition.</summary>
/// <param name="Symbol">Canonical symbol (aliases are resolved before a definition is built).</param>
/// <param name="Shares">Shares outstanding (a count, positive), for cap weighting and market value; <see langword="null"/> when unknown.</param>
/// <param name="Weight">Fixed weight (positive, any scale; renormalised), for <see cref="BasketWeighting.Fixed"/>; <see langword="null"/> otherwise.</param>
public sealed record BasketConstituent(string Symbol, double? Shares = null, double? Weight = null);
