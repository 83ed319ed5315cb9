namespace Froth.Baskets;

/// <summary>A constituent left out of the index, with the reason in words.</summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Reason">Why.</param>
/// <param name="Message">The reason as a sentence, with the dates involved.</param>
public sealed record BasketExclusion(string Symbol, ExclusionReason Reason, string Message);
