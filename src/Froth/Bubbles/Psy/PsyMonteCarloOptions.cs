namespace Froth.Bubbles.Psy;

/// <summary>Options of <see cref="PsyCriticalValues.MonteCarlo"/>.</summary>
public sealed record PsyMonteCarloOptions
{
    /// <summary>Simulated series (≥ 10). Default 2,000, as exuber's table and Phillips, Shi &amp; Yu (2015).</summary>
    public int Replications { get; init; } = 2000;

    /// <summary>Seed; replication <c>r</c> draws from its own stream of (seed, r). Default 123 (exuber's table's seed number; the generators differ, so the draws do too).</summary>
    public long Seed { get; init; } = 123;

    /// <summary>
    /// The drift constant <c>d</c> of the null <c>y_t = y_{t−1} + d/T + ε_t</c>, <c>ε_t ~ N(0, 1)</c>. Default 0: a
    /// driftless random walk, as exuber's tables; Phillips, Shi &amp; Yu (2015) use <c>d = 1</c> (drift <c>T^{−1}</c>).
    /// </summary>
    public double Drift { get; init; }

    /// <summary>What the BSADF critical value at each observation is a quantile of. Default: <see cref="BsadfNull.Bsadf"/>; exuber's tables use <see cref="BsadfNull.SadfOfPrefix"/>.</summary>
    public BsadfNull BsadfNull { get; init; } = BsadfNull.Bsadf;

    /// <summary>Threads (≥ 1); <see langword="null"/> for all cores. Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
