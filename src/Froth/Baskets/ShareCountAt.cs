namespace Froth.Baskets;

/// <summary>A share count on one date and how far it is from the observation it rests on.</summary>
/// <param name="Shares">The count, in the units of the close series it was derived with (<see cref="ShareCountSeries"/>).</param>
/// <param name="Basis">Observed, carried forward or held back.</param>
/// <param name="ObservedOn">The date of the market-cap observation used.</param>
/// <param name="DaysAway">Calendar days between the date and <paramref name="ObservedOn"/> (0 when observed).</param>
public sealed record ShareCountAt(double Shares, ShareBasis Basis, DateOnly ObservedOn, int DaysAway);
