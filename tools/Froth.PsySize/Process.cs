namespace Froth.PsySize;

/// <summary>The data-generating processes of the study; every one draws from a <see cref="Random"/> seeded per series.</summary>
internal enum Process
{
    /// <summary><c>y_t = y_{t−1} + ε_t</c>, <c>ε_t ~ N(0, 1)</c>, <c>y_0 = 0</c>: the null the Monte Carlo values are made for.</summary>
    GaussianWalk,

    /// <summary>A random walk with GARCH(1,1) errors: <c>σ²_t = 0.05 + 0.10·ε²_{t−1} + 0.85·σ²_{t−1}</c> (unconditional variance 1), 200 burn-in draws.</summary>
    GarchWalk,

    /// <summary>A random walk whose error standard deviation triples (1 → 3) at observation ⌊T/2⌋.</summary>
    VarianceBreak,

    /// <summary>
    /// One PSY (2015, eq. 16 form) bubble: a random walk from <c>y_0 = 100</c> with <c>σ = 6.79</c>, explosive
    /// <c>y_t = δ_T·y_{t−1} + ε_t</c>, <c>δ_T = 1 + T^{−0.6}</c>, from ⌊0.4T⌋ to ⌊0.55T⌋, then a collapse to the level
    /// at origination plus an N(0, σ²) draw, and a random walk again.
    /// </summary>
    OneBubble,

    /// <summary>Two such bubbles: ⌊0.2T⌋ to ⌊0.4T⌋ and ⌊0.6T⌋ to ⌊0.7T⌋.</summary>
    TwoBubbles,

    /// <summary>
    /// Evans (1991) periodically collapsing bubble on a random-walk-with-drift fundamental: <c>P_t = P^f_t + 20·B_t</c>,
    /// <c>P^f_t = μ(1+r)/r² + D_t/r</c>, <c>D_t = μ + D_{t−1} + N(0, 0.1574)</c>, <c>μ = 0.0373</c>, <c>D_0 = 1.3</c>,
    /// <c>r = 0.05</c>; the bubble with exuber's <c>sim_evans</c> defaults (α = 1, δ = 0.5, τ = 0.05, π = 0.7, B_0 = δ).
    /// </summary>
    Evans,
}
