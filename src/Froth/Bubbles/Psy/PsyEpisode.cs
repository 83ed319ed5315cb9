namespace Froth.Bubbles.Psy;

/// <summary>One date-stamped episode: a run of consecutive observations where BSADF exceeds its critical value.</summary>
/// <param name="Start">0-based index of the first observation that rejects (origination).</param>
/// <param name="Peak">0-based index of the largest BSADF inside the episode (the first one on ties).</param>
/// <param name="End">
/// 0-based index of the first observation after <paramref name="Start"/> that no longer rejects (termination);
/// <see langword="null"/> when the episode runs to the last observation.
/// </param>
/// <param name="Duration">Observations that reject: <c>End − Start</c>, or <c>T − Start</c> when ongoing.</param>
/// <param name="Ongoing">True when the last observation still rejects.</param>
/// <param name="Sign">Whether the series rose (explosive) or fell (collapse) from just before <paramref name="Start"/> to <paramref name="Peak"/>.</param>
/// <param name="PeakValue">BSADF at <paramref name="Peak"/>.</param>
public sealed record PsyEpisode(int Start, int Peak, int? End, int Duration, bool Ongoing, PsyEpisodeSign Sign, double PeakValue);
