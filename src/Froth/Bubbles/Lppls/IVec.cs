namespace Froth.Bubbles.Lppls;

/// <summary>
/// A vector of doubles as the LPPLS objective's loops use it, so that each loop is written once, as a generic
/// method over <typeparamref name="TSelf"/>, and compiled by the JIT for each width: <see cref="Vec512"/>,
/// <see cref="Vec256"/>, <see cref="Vec128"/> and the one-lane <see cref="Vec1"/>.
/// </summary>
/// <remarks>
/// <para>.NET 10 keeps its own <c>ISimdVector</c> interface internal. These structs forward each member to
/// <see cref="System.Runtime.Intrinsics.Vector512"/>, <see cref="System.Runtime.Intrinsics.Vector256"/>,
/// <see cref="System.Runtime.Intrinsics.Vector128"/> or <see cref="Math"/>; the JIT compiles a generic method
/// separately for every struct type argument and inlines the forwarding, so each instantiation runs the same
/// instructions a hand-written loop of that width would (docs/benchmarks.md, LPPLS).</para>
/// <para>Arithmetic is lane-wise IEEE double arithmetic without contraction into fused multiply-adds; the
/// transcendental functions are the runtime's, whose last bits differ between the vector implementations
/// and <see cref="Math"/> (docs/lppls.md, reproducibility).</para>
/// </remarks>
/// <typeparam name="TSelf">The implementing struct.</typeparam>
internal interface IVec<TSelf>
    where TSelf : struct, IVec<TSelf>
{
    /// <summary>Number of lanes.</summary>
    static abstract int Count { get; }

    /// <summary>Every lane set to <paramref name="value"/>.</summary>
    static abstract TSelf Create(double value);

    /// <summary>The <see cref="Count"/> values of <paramref name="source"/> from <paramref name="index"/> on.</summary>
    static abstract TSelf Load(ReadOnlySpan<double> source, int index);

    /// <summary>Writes the lanes to <paramref name="destination"/> from <paramref name="index"/> on.</summary>
    void Store(Span<double> destination, int index);

    /// <summary>Lane-wise sum.</summary>
    static abstract TSelf operator +(TSelf left, TSelf right);

    /// <summary>Lane-wise difference.</summary>
    static abstract TSelf operator -(TSelf left, TSelf right);

    /// <summary>Lane-wise product.</summary>
    static abstract TSelf operator *(TSelf left, TSelf right);

    /// <summary>Lane-wise quotient.</summary>
    static abstract TSelf operator /(TSelf left, TSelf right);

    /// <summary>Lane-wise natural logarithm.</summary>
    static abstract TSelf Log(TSelf x);

    /// <summary>Lane-wise exponential.</summary>
    static abstract TSelf Exp(TSelf x);

    /// <summary>Lane-wise sine and cosine (radians).</summary>
    static abstract (TSelf Sin, TSelf Cos) SinCos(TSelf x);

    /// <summary>
    /// The accumulator with which a loop continues the running total <paramref name="total"/>: zero in every
    /// lane for a vector (its lanes are added to the total by <see cref="EndSum"/>), the total itself for the
    /// one lane of <see cref="Vec1"/>, which so adds each observation straight onto the total, in order, as a
    /// plain scalar loop does.
    /// </summary>
    static abstract TSelf BeginSum(double total);

    /// <summary>The running total after a loop that began with <see cref="BeginSum"/>(<paramref name="total"/>).</summary>
    static abstract double EndSum(TSelf lanes, double total);
}
