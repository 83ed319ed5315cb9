namespace Froth.Baskets;

/// <summary>One market-cap observation turned into a share count.</summary>
/// <param name="Date">The market-cap date.</param>
/// <param name="MarketCap">Total market capitalisation, in the close's currency.</param>
/// <param name="CloseDate">The session of the close used: the date itself, or the last session before it (a quarter-end on a weekend).</param>
/// <param name="Close">That close.</param>
/// <param name="Shares">MarketCap ÷ Close.</param>
public sealed record ShareObservation(DateOnly Date, double MarketCap, DateOnly CloseDate, double Close, double Shares);
