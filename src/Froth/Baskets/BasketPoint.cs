namespace Froth.Baskets;

/// <summary>One session of a basket index.</summary>
/// <param name="Date">The basket session (a date on which at least one constituent traded).</param>
/// <param name="Level">Index level; 100 at the base session.</param>
/// <param name="Members">Constituents in the basket at that close (after any entry that day).</param>
public sealed record BasketPoint(DateOnly Date, double Level, int Members);
