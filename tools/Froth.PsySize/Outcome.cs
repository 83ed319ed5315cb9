namespace Froth.PsySize;

/// <summary>What one critical-value method said about one series; NaN where a measure does not apply.</summary>
/// <param name="Adf">1 when ADF exceeds its 95% value, else 0.</param>
/// <param name="Sadf">1 when SADF exceeds its 95% value, else 0.</param>
/// <param name="Gsadf">1 when GSADF exceeds its 95% value, else 0.</param>
/// <param name="BubbleFlagged">Share of the bubble observations whose BSADF exceeds its 95% value (bubble processes).</param>
/// <param name="NullFlagged">Share of the no-bubble observations flagged: all of them for a null process, those before the first bubble otherwise.</param>
/// <param name="FalseEpisode">1 when an episode of at least ln T observations lies wholly in the no-bubble observations, else 0.</param>
internal readonly record struct Outcome(double Adf, double Sadf, double Gsadf, double BubbleFlagged, double NullFlagged, double FalseEpisode);
