namespace Froth.Analysis.Macro;

/// <summary>What <c>froth macro</c> prints: a country's overlay from a year on, its facts in words, and an index against nominal growth.</summary>
/// <param name="Macro">The overlay and its series.</param>
/// <param name="SinceYear">The first year listed.</param>
/// <param name="Facts">The latest figures in sentences.</param>
/// <param name="Index">The index against nominal growth, when one was asked for.</param>
public sealed record MacroOverview(MacroAnalysis Macro, int SinceYear, IReadOnlyList<string> Facts, DivergenceAnalysis? Index);
