namespace Froth.Verdict;

/// <summary>One line of the scorecard: what was read, the score it maps to, and its weight.</summary>
/// <param name="Kind">Which component.</param>
/// <param name="Input">The value read (see <see cref="VerdictInputs"/> for units), or <see langword="null"/> when missing.</param>
/// <param name="Score">The component's score in [0, 100], or <see langword="null"/> when missing.</param>
/// <param name="Weight">Its nominal weight (the weights of all components sum to 1).</param>
/// <param name="EffectiveWeight">Its weight after the missing components' weights are shared out: Weight ÷ coverage, 0 when missing.</param>
/// <param name="Rule">The mapping from input to score, in words with its thresholds.</param>
/// <param name="Note">Why it is missing or was set to 0, or <see langword="null"/>.</param>
public sealed record VerdictComponent(
    VerdictComponentKind Kind,
    double? Input,
    double? Score,
    double Weight,
    double EffectiveWeight,
    string Rule,
    string? Note);
