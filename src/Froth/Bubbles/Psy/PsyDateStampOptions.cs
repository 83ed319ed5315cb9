using Froth.Series;

namespace Froth.Bubbles.Psy;

/// <summary>Options of <see cref="PsyDateStamp.Run"/>: what is tested, the test's design, the critical values' null and the minimum duration.</summary>
public sealed record PsyDateStampOptions
{
    /// <summary>
    /// What the test is run on: <see cref="ValueTransform.Log"/> for prices (as LPPLS, which always fits log
    /// prices), <see cref="ValueTransform.None"/> for a ratio. Required: PSY results differ between the two, so
    /// the choice is always named.
    /// </summary>
    public required ValueTransform Transform { get; init; }

    /// <summary>Window, convention and lag of the test. Default: the PSY minimum window, psymonitor's convention, lag 0.</summary>
    public PsyOptions Test { get; init; } = new();

    /// <summary>The Monte Carlo null used when no critical values are given. Default: 2,000 driftless random walks, seed 123, the BSADF null.</summary>
    public PsyMonteCarloOptions MonteCarlo { get; init; } = new();

    /// <summary>
    /// δ of Phillips, Shi &amp; Yu's (2015) minimum duration <c>δ·ln T</c>: completed episodes shorter than that many
    /// observations are dropped (and counted in <see cref="PsyDatedResult.ShortRuns"/>). Default 1; 0 keeps every run.
    /// </summary>
    public double MinimumDurationDelta { get; init; } = 1;

    /// <summary>Throws <see cref="FrothException"/> for a negative or non-finite δ.</summary>
    public void Validate()
    {
        if (!(MinimumDurationDelta >= 0) || !double.IsFinite(MinimumDurationDelta))
        {
            throw new FrothException($"The minimum-duration δ must be a finite number ≥ 0; got {MinimumDurationDelta}.");
        }
    }
}
