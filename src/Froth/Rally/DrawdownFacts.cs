namespace Froth.Rally;

/// <summary>How far the as-of close is below the highest close before it.</summary>
/// <param name="FromPeak">close ÷ peak close − 1, as a fraction: 0 at a new high, −0.25 for 25% below the peak; never positive.</param>
/// <param name="Peak">The highest close up to the as-of session (the latest such session on a tie).</param>
/// <param name="SessionsSincePeak">Sessions after the peak up to and including the as-of session (0 at the peak).</param>
public sealed record DrawdownFacts(double FromPeak, SessionClose Peak, int SessionsSincePeak);
