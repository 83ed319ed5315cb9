namespace Froth.Analysis.Bubbles;

/// <summary>How the observations a PSY test reads were chosen.</summary>
public enum PsySampleRule
{
    /// <summary>The last N sessions up to the as-of date (the default for a stored series or a basket: <see cref="BubbleSettings.PsyObservations"/>).</summary>
    LastSessions,

    /// <summary>Every observation from the date asked for to the as-of date.</summary>
    FromDate,

    /// <summary>The whole series up to the as-of date (the default for a file).</summary>
    Whole,
}
