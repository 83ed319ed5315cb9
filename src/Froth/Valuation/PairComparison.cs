namespace Froth.Valuation;

/// <summary>One valuation series against another's on the same as-of date (the STAR 50 P/E against the Hang Seng TECH P/E).</summary>
/// <param name="Ratio">
/// Subject value / other value (21.5 against 18 is 1.19); <see langword="null"/> when either is a loss (≤ 0) for
/// an earnings multiple, or the other value is 0.
/// </param>
/// <param name="Premium"><paramref name="Ratio"/> − 1: how much dearer the subject is, as a fraction (0.19 = 19 % dearer).</param>
/// <param name="PercentileDifference">
/// Subject's percentile in its own history minus the other's in its own history: positive when the subject is
/// the more stretched against its own past, whatever the levels.
/// </param>
/// <param name="ValueDateGapDays">
/// Subject value date − other value date, in calendar days: how far apart the two observations really are
/// (0 when both were observed on the same day).
/// </param>
public sealed record PairComparison(double? Ratio, double? Premium, double PercentileDifference, int ValueDateGapDays);
