using Froth.Bubbles.Lppls;
using Froth.Bubbles.Psy;

namespace Froth.Analysis.Bubbles;

/// <summary>
/// The product's settings of the bubble tests, one set for every interface: <c>froth bubble psy|lppls|lppls-confidence</c>
/// on a stored instrument or a basket, the report and the scan all use these unless told otherwise, so that they date the
/// same episodes and print the same confidence (docs/psy.md and docs/lppls.md explain each choice).
/// </summary>
public sealed record BubbleSettings
{
    /// <summary>The defaults.</summary>
    public static BubbleSettings Default { get; } = new();

    /// <summary>
    /// PSY reads the last this many sessions up to the as-of date (log closes, lag 0, the PSY minimum window). Default
    /// 1,000, about four years: long enough to date an episode against calm years before it, and one fixed sample size, so
    /// one cached set of Monte Carlo critical values serves every subject and date.
    /// </summary>
    public int PsyObservations { get; init; } = 1000;

    /// <summary>Fewest sessions PSY is run on by default when a series is shorter than <see cref="PsyObservations"/>. Default 250.</summary>
    public int PsyMinimumObservations { get; init; } = 250;

    /// <summary>Monte Carlo critical values: default 2,000 replications, seed 123, driftless, BSADF null.</summary>
    public PsyMonteCarloOptions MonteCarlo { get; init; } = new();

    /// <summary>Completed episodes shorter than <c>δ·ln T</c> observations are dropped (PSY 2015's rule); default δ = 1.</summary>
    public double MinDurationDelta { get; init; } = 1;

    /// <summary>The LPPLS windows, calibration and filter: default the FCO's 126 windows of 750 down to 125 sessions.</summary>
    public LpplsIndicatorOptions Lppls { get; init; } = LpplsIndicatorOptions.Default;

    /// <summary>
    /// Number of end dates of a report's confidence series, the as-of session being the last. Default 13: with
    /// <see cref="LpplsEndStep"/> they span the past year at monthly steps. Each costs 126 fits (about 0.6 s of two cores).
    /// </summary>
    public int LpplsEndDates { get; init; } = 13;

    /// <summary>Sessions between end dates of a report's confidence series. Default 21, about a month.</summary>
    public int LpplsEndStep { get; init; } = 21;

    /// <summary>Span in sessions of the single LPPLS fit of a subject (the window ending on the as-of session). Default 250, a year.</summary>
    public int LpplsFitSpan { get; init; } = 250;
}
