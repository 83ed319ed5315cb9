namespace Froth.Bubbles.Psy;

/// <summary>A date-stamped episode: a run of consecutive dates on which BSADF exceeds its 95% critical value.</summary>
/// <remarks>
/// One definition of start and end, Phillips, Shi &amp; Yu's (2015, eq. 11): the episode <b>starts</b> on the first
/// date that rejects and <b>ends</b> on the first later date that no longer does (exuber's <c>datestamp</c> gives the
/// same end). psymonitor's <c>locate</c> reports instead the last date that rejects, one observation earlier.
/// </remarks>
/// <param name="Start">First date that rejects (origination).</param>
/// <param name="Peak">Date of the largest BSADF inside the episode (the first one on ties).</param>
/// <param name="End">First date after <paramref name="Start"/> that no longer rejects (termination); <see langword="null"/> while the episode is under way.</param>
/// <param name="Duration">Observations that reject.</param>
/// <param name="Ongoing">True when the last date still rejects.</param>
/// <param name="Sign">Whether the series rose (explosive) or fell (collapse) from just before the start to the peak.</param>
/// <param name="PeakBsadf">BSADF on <paramref name="Peak"/>.</param>
/// <param name="Observations">The same episode in 0-based observation indices of the tested sample.</param>
public sealed record PsyDatedEpisode(
    DateOnly Start,
    DateOnly Peak,
    DateOnly? End,
    int Duration,
    bool Ongoing,
    PsyEpisodeSign Sign,
    double PeakBsadf,
    PsyEpisode Observations);
