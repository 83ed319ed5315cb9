using System.Globalization;
using Froth.Bubbles.Psy;

namespace Froth.Data.Cache;

/// <summary>
/// PSY critical values through a <see cref="FileCache"/>: computed once per set of parameters, then read back.
/// Kind <c>psy-critical-values</c>.
/// </summary>
/// <remarks>
/// The key holds every input that changes the values: the method, <c>T</c>, the minimum window in regression
/// rows, the maximum lag and criterion, replications, seed, the BSADF null, and the drift (Monte Carlo) or a
/// SHA-256 of the series (wild bootstrap). The window convention is not in it: the same window in rows gives the
/// same values whichever way it was written. Thread counts are not in it either: results do not depend on them.
/// </remarks>
public static class PsyCriticalValueCache
{
    /// <summary>The cache kind.</summary>
    public const string Kind = "psy-critical-values";

    /// <summary>Bumped whenever the simulation changes its results or the stored table its shape (2: the table records its design).</summary>
    public const int Version = 2;

    /// <summary>The key of <see cref="PsyCriticalValues.MonteCarlo"/> for these parameters.</summary>
    public static CacheKey MonteCarloKey(int count, PsyOptions options, PsyMonteCarloOptions monteCarlo)
    {
        ArgumentNullException.ThrowIfNull(monteCarlo);
        return Common("monte-carlo", count, options, monteCarlo.Replications, monteCarlo.Seed, monteCarlo.BsadfNull)
            .With("drift", monteCarlo.Drift);
    }

    /// <summary>The key of <see cref="PsyCriticalValues.WildBootstrap"/> for this series and these parameters.</summary>
    public static CacheKey WildBootstrapKey(IReadOnlyList<double> series, PsyOptions options, PsyWildBootstrapOptions bootstrap)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(bootstrap);
        return Common("wild-bootstrap", series.Count, options, bootstrap.Replications, bootstrap.Seed, bootstrap.BsadfNull)
            .WithData("series", series);
    }

    /// <summary>Monte Carlo critical values, from the cache when present (then <paramref name="progress"/> is not called).</summary>
    public static PsyCriticalValueTable MonteCarlo(
        FileCache cache, int count, PsyOptions options, PsyMonteCarloOptions monteCarlo, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return cache.GetOrAdd(
            MonteCarloKey(count, options, monteCarlo),
            () => PsyCriticalValues.MonteCarlo(count, options, monteCarlo, progress, cancellationToken));
    }

    /// <summary>Wild-bootstrap critical values, from the cache when present.</summary>
    public static PsyCriticalValueTable WildBootstrap(
        FileCache cache, IReadOnlyList<double> series, PsyOptions options, PsyWildBootstrapOptions bootstrap, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cache);
        return cache.GetOrAdd(
            WildBootstrapKey(series, options, bootstrap),
            () => PsyCriticalValues.WildBootstrap(series, options, bootstrap, progress, cancellationToken));
    }

    private static CacheKey Common(string method, int count, PsyOptions options, int replications, long seed, BsadfNull bsadfNull)
    {
        var window = PsyTest.Window(count, options);
        return new CacheKey(Kind, Version)
            .With("method", method)
            .With("n", count)
            .With("minRows", window.MinWindowRows)
            .With("maxLag", window.MaxLag)
            .WithOptional("criterion", options.Lag.Criterion?.ToString().ToLowerInvariant())
            .With("replications", replications)
            .With("seed", seed)
            .With("bsadfNull", bsadfNull.ToString().ToLower(CultureInfo.InvariantCulture));
    }
}
