using Froth.Bubbles.Psy;

namespace Froth.Reports.Building;

/// <summary>The bubble tests of one series as of one date.</summary>
/// <param name="Dates">Session dates of the PSY sample (the last <see cref="BubbleSettings.PsyObservations"/> sessions); empty when PSY was not run.</param>
/// <param name="Psy">PSY statistics of the log closes, or <see langword="null"/> when the series is too short.</param>
/// <param name="CriticalValues">Their Monte Carlo critical values, or <see langword="null"/>.</param>
/// <param name="Episodes">Dated episodes (BSADF above its 95% value, shorter completed runs than the minimum dropped).</param>
/// <param name="MinimumDuration">The minimum duration used, in observations (δ·ln T).</param>
/// <param name="Confidence">LPPLS confidence at each end date with enough history, oldest first (the as-of session last).</param>
/// <param name="Fit">The one-window LPPLS fit ending on the as-of session, or <see langword="null"/> when the history is too short.</param>
public sealed record BubbleDiagnosticsResult(
    IReadOnlyList<DateOnly> Dates,
    PsyResult? Psy,
    PsyCriticalValueTable? CriticalValues,
    IReadOnlyList<PsyEpisode> Episodes,
    double MinimumDuration,
    IReadOnlyList<LpplsConfidencePoint> Confidence,
    LpplsFitView? Fit)
{
    /// <summary>The LPPLS confidence at the as-of session, or <see langword="null"/> when it could not be computed.</summary>
    public LpplsConfidencePoint? AsOfConfidence(DateOnly asOf) => Confidence.Count > 0 && Confidence[^1].Date == asOf ? Confidence[^1] : null;

    /// <summary>The PSY reading at the last observation, or <see langword="null"/>.</summary>
    public (double Bsadf, CriticalValueSet CriticalValue)? LastBsadf =>
        Psy is { } p && CriticalValues is { } cv && p.Bsadf[^1] is { } b && cv.Bsadf[^1] is { } c ? (b, c) : null;
}
