using System.Numerics;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Correctly rounded conversion of w × 10^q (w a 64-bit integer) to the nearest double, without big-number
/// arithmetic in the common case: the Eisel–Lemire method (D. Lemire, "Number parsing at a gigabyte per
/// second", Software: Practice and Experience 51(8), 2021, §5), written here from the paper's description.
/// </summary>
/// <remarks>
/// w is normalised to 64 significant bits and multiplied by a 128-bit approximation of 5^q; when the bits
/// that decide the rounding are certain, they give the double's 53-bit significand, and the exponent follows
/// from q and the normalisation shifts. When they are not (the product's low bits all ones, or an exact
/// halfway case) the method declines and the caller uses a slower exact parser. The table of 5^q is built at
/// start-up with <see cref="BigInteger"/> for q in [<see cref="MinExponent"/>, <see cref="MaxExponent"/>]:
/// truncated for q ≥ 0, rounded up for q &lt; 0 (2^k ÷ 5^−q), so that the product is never too large.
/// </remarks>
internal static class DecimalToDouble
{
    /// <summary>Smallest decimal exponent handled; prices and volumes never come near it.</summary>
    public const int MinExponent = -64;

    /// <summary>Largest decimal exponent handled.</summary>
    public const int MaxExponent = 64;

    private static readonly ulong[] High = new ulong[MaxExponent - MinExponent + 1];
    private static readonly ulong[] Low = new ulong[MaxExponent - MinExponent + 1];

    /// <summary>For each q: floor(log₂ 5^q) − 127 + q, the power of two the 128-bit table entry stands for, plus q.</summary>
    private static readonly int[] Scale = new int[MaxExponent - MinExponent + 1];

    static DecimalToDouble()
    {
        var two128 = BigInteger.One << 128;
        for (var q = MinExponent; q <= MaxExponent; q++)
        {
            BigInteger t;
            int log2;
            if (q >= 0)
            {
                var p = BigInteger.Pow(5, q);
                var bits = (int)p.GetBitLength();
                t = bits <= 128 ? p << (128 - bits) : p >> (bits - 128);
                log2 = bits - 1;
            }
            else
            {
                var d = BigInteger.Pow(5, -q);
                var bits = (int)d.GetBitLength();
                var numerator = BigInteger.One << (127 + bits);
                t = BigInteger.DivRem(numerator, d, out var remainder);
                if (!remainder.IsZero)
                {
                    t += 1;
                }

                log2 = -bits;
            }

            if (t >= two128)
            {
                throw new InvalidOperationException($"5^{q} table entry does not fit 128 bits.");
            }

            High[q - MinExponent] = (ulong)(t >> 64);
            Low[q - MinExponent] = (ulong)(t & ulong.MaxValue);
            Scale[q - MinExponent] = log2 - 127 + q;
        }
    }

    /// <summary>
    /// The double nearest to <paramref name="w"/> × 10^<paramref name="q"/>, or false when this method cannot
    /// be sure of it (the caller then parses the text another way).
    /// </summary>
    public static bool TryConvert(ulong w, int q, out double value)
    {
        value = 0;
        if (w == 0)
        {
            return true;
        }

        if (q < MinExponent || q > MaxExponent)
        {
            return false;
        }

        var i = q - MinExponent;
        var lz = BitOperations.LeadingZeroCount(w);
        w <<= lz;

        // Top 128 bits of w × (High·2⁶⁴ + Low): first w × High, then the carry from w × Low when it matters.
        var zHigh = Math.BigMul(w, High[i], out var zLow);
        if ((zHigh & 0x1FF) == 0x1FF)
        {
            var yHigh = Math.BigMul(w, Low[i], out _);
            var sum = zLow + yHigh;
            if (sum < zLow)
            {
                zHigh++;
            }

            zLow = sum;
            if ((zHigh & 0x1FF) == 0x1FF && zLow == ulong.MaxValue)
            {
                return false;
            }
        }

        // 54 bits: the 53-bit significand and one rounding bit.
        var upper = (int)(zHigh >> 63);
        var shift = upper + 9;
        var mantissa = zHigh >> shift;
        var below = zHigh & ((1UL << shift) - 1);
        if (zLow == 0 && below == 0 && (mantissa & 3) == 1)
        {
            return false; // possibly exactly halfway: ties go to even, which the truncated product cannot tell
        }

        mantissa += mantissa & 1;
        mantissa >>= 1;
        var exponent = 1214 - (lz + 1 - upper) + Scale[i];
        if (mantissa >= 1UL << 53)
        {
            mantissa = 1UL << 52;
            exponent++;
        }

        if (exponent <= 0 || exponent >= 2047)
        {
            return false; // subnormal or overflow: leave to the exact parser
        }

        value = BitConverter.UInt64BitsToDouble(((ulong)exponent << 52) | (mantissa & ((1UL << 52) - 1)));
        return true;
    }
}
