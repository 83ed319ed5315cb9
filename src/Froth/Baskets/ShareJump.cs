namespace Froth.Baskets;

/// <summary>A change of the share count between two consecutive observations larger than the jump threshold: a placement, a buyback, a split or bonus issue, or (with adjusted closes) a dividend.</summary>
/// <param name="From">The earlier observation.</param>
/// <param name="To">The later observation.</param>
/// <param name="SharesBefore">Count at <paramref name="From"/>.</param>
/// <param name="SharesAfter">Count at <paramref name="To"/>.</param>
/// <param name="Change">SharesAfter ÷ SharesBefore − 1, as a fraction.</param>
public sealed record ShareJump(DateOnly From, DateOnly To, double SharesBefore, double SharesAfter, double Change);
