namespace Froth.Bubbles.Psy;

/// <summary>Which way the series moved during an episode.</summary>
public enum PsyEpisodeSign
{
    /// <summary>Exuberance: the series rose from just before the episode to its BSADF peak (a bubble phase).</summary>
    Explosive,

    /// <summary>Collapse: the series fell from just before the episode to its BSADF peak (an explosive fall, a crash or crisis).</summary>
    Collapse,
}
