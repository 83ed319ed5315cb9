namespace Froth.Verdict;

/// <summary>The bubble-risk scorecard of one subject on one date.</summary>
/// <param name="Score">Weighted mean of the available components' scores, in [0, 100]; <see langword="null"/> when none is available.</param>
/// <param name="Band">The band of <paramref name="Score"/>.</param>
/// <param name="Coverage">Sum of the nominal weights of the available components, in [0, 1].</param>
/// <param name="Components">Every component, in <see cref="VerdictComponentKind"/> order, missing ones included.</param>
public sealed record VerdictResult(double? Score, VerdictBand? Band, double Coverage, IReadOnlyList<VerdictComponent> Components);
