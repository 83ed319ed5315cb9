namespace Froth.Rally;

/// <summary>A session's close, as used by records ("the highest close since …").</summary>
/// <param name="Date">The session's date.</param>
/// <param name="Close">Its close.</param>
/// <param name="SessionsAgo">How many sessions before the as-of session it was (0 for the as-of session itself).</param>
public sealed record SessionClose(DateOnly Date, double Close, int SessionsAgo);
