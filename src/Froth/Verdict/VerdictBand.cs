namespace Froth.Verdict;

/// <summary>The band a bubble-risk score falls in (<see cref="Scorecard.BandOf"/>).</summary>
public enum VerdictBand
{
    /// <summary>Score below 25: nothing bubble-like.</summary>
    Low,

    /// <summary>Score from 25 to below 50: some signs, not a pattern.</summary>
    Moderate,

    /// <summary>Score from 50 to below 75: several signs at once.</summary>
    Elevated,

    /// <summary>Score 75 or more: the pattern of the dated bubbles at their peaks.</summary>
    High,
}
