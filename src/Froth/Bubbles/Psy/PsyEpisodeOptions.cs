namespace Froth.Bubbles.Psy;

/// <summary>Options of <see cref="PsyEpisodes.Find"/>.</summary>
public sealed record PsyEpisodeOptions
{
    /// <summary>
    /// Completed episodes shorter than this many observations are dropped; <see langword="null"/> keeps all.
    /// Phillips, Shi &amp; Yu (2015) use <c>δ·ln T</c> (<see cref="PsyEpisodes.LogDuration"/>). An ongoing episode is
    /// always kept: in real-time monitoring it may still grow past the minimum.
    /// </summary>
    public double? MinimumDuration { get; init; }
}
