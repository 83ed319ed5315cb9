namespace Froth.Bubbles.Psy;

/// <summary>Options of <see cref="PsyCriticalValues.WildBootstrap"/>.</summary>
public sealed record PsyWildBootstrapOptions
{
    /// <summary>Bootstrap series (≥ 10). Default 999.</summary>
    public int Replications { get; init; } = 999;

    /// <summary>Seed; replication <c>r</c> draws from its own stream of (seed, r). Default 123.</summary>
    public long Seed { get; init; } = 123;

    /// <summary>What the BSADF critical value at each observation is a quantile of. Default: <see cref="BsadfNull.Bsadf"/>; exuber's tables use <see cref="BsadfNull.SadfOfPrefix"/>.</summary>
    public BsadfNull BsadfNull { get; init; } = BsadfNull.Bsadf;

    /// <summary>Threads (≥ 1); <see langword="null"/> for all cores. Results are identical for any value.</summary>
    public int? MaxDegreeOfParallelism { get; init; }
}
