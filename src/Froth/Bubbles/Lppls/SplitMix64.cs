namespace Froth.Bubbles.Lppls;

/// <summary>
/// SplitMix64 (Steele, Lea and Flood 2014): a small, fast generator whose output depends only on its seed,
/// on every runtime and platform, unlike <see cref="Random"/>, whose sequence .NET does not promise to keep.
/// </summary>
internal struct SplitMix64
{
    private const ulong Gamma = 0x9E3779B97F4A7C15UL;
    private ulong _state;

    public SplitMix64(ulong seed) => _state = seed;

    /// <summary>A generator for one task, derived from a user seed and the integers that name the task.</summary>
    public static SplitMix64 Derive(long seed, params ReadOnlySpan<long> parts)
    {
        var state = Mix(unchecked((ulong)seed) + Gamma);
        foreach (var part in parts)
        {
            state = Mix(state ^ Mix(unchecked((ulong)part) + Gamma));
        }

        return new SplitMix64(state);
    }

    public ulong NextUInt64()
    {
        _state = unchecked(_state + Gamma);
        return Mix(_state);
    }

    /// <summary>Uniform on [0, 1), 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    /// <summary>Uniform integer on [0, <paramref name="count"/>), without modulo bias.</summary>
    public int NextInt(int count)
    {
        var bound = (ulong)count;
        var limit = ulong.MaxValue - (ulong.MaxValue % bound);
        ulong draw;
        do
        {
            draw = NextUInt64();
        }
        while (draw >= limit);
        return (int)(draw % bound);
    }

    private static ulong Mix(ulong z)
    {
        unchecked
        {
            z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
            z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
            return z ^ (z >> 31);
        }
    }
}
