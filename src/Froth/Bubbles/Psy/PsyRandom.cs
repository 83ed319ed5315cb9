namespace Froth.Bubbles.Psy;

/// <summary>
/// xoshiro256** (Blackman &amp; Vigna 2018) seeded by SplitMix64 from a (seed, stream) pair, with standard normal
/// draws by Marsaglia's polar method. Each Monte Carlo or bootstrap replication uses the stream of its own index,
/// so results do not depend on how replications are spread over threads.
/// </summary>
internal sealed class PsyRandom
{
    private ulong _s0;
    private ulong _s1;
    private ulong _s2;
    private ulong _s3;
    private double _spare;
    private bool _hasSpare;

    /// <summary>The generator of replication <paramref name="stream"/> under <paramref name="seed"/>.</summary>
    public PsyRandom(long seed, long stream)
    {
        var key = SplitMix((ulong)seed) ^ SplitMix(unchecked((ulong)stream + 0x632BE59BD9B4E019UL));
        _s0 = SplitMix(ref key);
        _s1 = SplitMix(ref key);
        _s2 = SplitMix(ref key);
        _s3 = SplitMix(ref key);
    }

    /// <summary>The next 64 random bits.</summary>
    public ulong NextUInt64()
    {
        var result = ulong.RotateLeft(_s1 * 5, 7) * 9;
        var t = _s1 << 17;
        _s2 ^= _s0;
        _s3 ^= _s1;
        _s1 ^= _s2;
        _s0 ^= _s3;
        _s2 ^= t;
        _s3 = ulong.RotateLeft(_s3, 45);
        return result;
    }

    /// <summary>A uniform double in [0, 1) with 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>A standard normal draw.</summary>
    public double NextNormal()
    {
        if (_hasSpare)
        {
            _hasSpare = false;
            return _spare;
        }

        double u, v, s;
        do
        {
            u = (2 * NextDouble()) - 1;
            v = (2 * NextDouble()) - 1;
            s = (u * u) + (v * v);
        }
        while (s >= 1 || s == 0);

        var f = Math.Sqrt(-2 * Math.Log(s) / s);
        _spare = v * f;
        _hasSpare = true;
        return u * f;
    }

    private static ulong SplitMix(ulong x)
    {
        var state = x;
        return SplitMix(ref state);
    }

    private static ulong SplitMix(ref ulong state)
    {
        var z = state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
