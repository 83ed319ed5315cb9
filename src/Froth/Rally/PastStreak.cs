namespace Froth.Rally;

/// <summary>An earlier streak: its length in periods and the session that closed its last period.</summary>
/// <param name="Length">Number of periods in the streak.</param>
/// <param name="End">Date of the session that closed the streak's last period.</param>
public sealed record PastStreak(int Length, DateOnly End);
