namespace Froth.Bubbles.Lppls;

/// <summary>Latin-hypercube candidates of (τ, m, ω) over the search box of one window.</summary>
internal static class LpplsSampler
{
    /// <summary>
    /// Fills <paramref name="points"/> (candidates × 3, row-major) with a Latin hypercube over
    /// [<paramref name="lo"/>, <paramref name="hi"/>]: in each dimension the candidates fall one in each of
    /// <c>candidates</c> equal strata, in a random order, at a uniform position within the stratum. The draws
    /// depend only on <paramref name="seed"/> and <paramref name="windowLength"/>.
    /// </summary>
    /// <param name="seed">The user's seed (<see cref="LpplsOptions.Seed"/>).</param>
    /// <param name="windowLength">Observations in the window, which names its stream of draws.</param>
    /// <param name="lo">Lower bounds of τ, m, ω.</param>
    /// <param name="hi">Upper bounds of τ, m, ω.</param>
    /// <param name="points">Receives the candidates; its length is three times their number.</param>
    /// <param name="permutation">Scratch, one entry per candidate.</param>
    public static void LatinHypercube(long seed, int windowLength, ReadOnlySpan<double> lo, ReadOnlySpan<double> hi, Span<double> points, Span<int> permutation)
    {
        var rng = SplitMix64.Derive(seed, windowLength);
        var candidates = permutation.Length;
        for (var d = 0; d < 3; d++)
        {
            for (var i = 0; i < candidates; i++)
            {
                permutation[i] = i;
            }

            for (var i = candidates - 1; i > 0; i--)
            {
                var j = rng.NextInt(i + 1);
                (permutation[i], permutation[j]) = (permutation[j], permutation[i]);
            }

            for (var i = 0; i < candidates; i++)
            {
                var u = (permutation[i] + rng.NextDouble()) / candidates;
                points[(i * 3) + d] = lo[d] + (u * (hi[d] - lo[d]));
            }
        }
    }
}
