namespace Froth.Bubbles.Lppls;

/// <summary>
/// The two qualification filters of Sornette, Demos, Zhang, Cauwels, Filimonov and Zhang (2015), "Real-time
/// prediction and post-mortem analysis of the Shanghai 2015 stock market bubble and crash", Journal of
/// Investment Strategies 4(4), 77–95, Table 1: filtering condition 1 for the LPPLS confidence indicator and
/// the stricter filtering condition 2 for the trust indicator.
/// </summary>
/// <remarks>
/// The values are those of the paper's Table 1 as implemented in D. Fantazzini's R package <c>bubble</c>
/// (<c>lppl.confidence.A</c> and <c>lppl.confidence.trust.A</c>, which cite that table); the table itself
/// was not available to us to read. Both use <c>tc ∈ [t2 − 0.05·dt, t2 + 0.1·dt]</c> and at least 2.5
/// oscillations.
/// </remarks>
public static class LpplsFilters
{
    /// <summary>
    /// Filtering condition 1 (the "confidence" filter): m ∈ [0.01, 1.2], ω ∈ [2, 25],
    /// tc ∈ [t2 − 0.05·dt, t2 + 0.1·dt], oscillations ≥ 2.5, damping ≥ 0.8, relative error ≤ 0.05.
    /// </summary>
    public static LpplsFilter Confidence { get; } = new("confidence")
    {
        MinM = 0.01,
        MaxM = 1.2,
        MinOmega = 2,
        MaxOmega = 25,
        MinTcFraction = -0.05,
        MaxTcFraction = 0.1,
        MinOscillations = 2.5,
        MinDamping = 0.8,
        MaxRelativeError = 0.05,
    };

    /// <summary>
    /// Filtering condition 2 (the stricter "trust" filter): m ∈ [0.01, 0.99], ω ∈ [2, 25],
    /// tc ∈ [t2 − 0.05·dt, t2 + 0.1·dt], oscillations ≥ 2.5, damping ≥ 1, relative error ≤ 0.2.
    /// </summary>
    public static LpplsFilter Trust { get; } = new("trust")
    {
        MinM = 0.01,
        MaxM = 0.99,
        MinOmega = 2,
        MaxOmega = 25,
        MinTcFraction = -0.05,
        MaxTcFraction = 0.1,
        MinOscillations = 2.5,
        MinDamping = 1,
        MaxRelativeError = 0.2,
    };
}
