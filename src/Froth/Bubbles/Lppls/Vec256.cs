using System.Runtime.Intrinsics;

namespace Froth.Bubbles.Lppls;

/// <summary>256-bit vector of doubles: <see cref="IVec{TSelf}"/> forwarded to <see cref="Vector256"/>.</summary>
internal readonly struct Vec256(Vector256<double> value) : IVec<Vec256>
{
    private readonly Vector256<double> _value = value;

    public static int Count => Vector256<double>.Count;

    public static Vec256 Create(double value) => new(Vector256.Create(value));

    public static Vec256 Load(ReadOnlySpan<double> source, int index) => new(Vector256.Create(source[index..]));

    public void Store(Span<double> destination, int index) => _value.CopyTo(destination[index..]);

    public static Vec256 operator +(Vec256 left, Vec256 right) => new(left._value + right._value);

    public static Vec256 operator -(Vec256 left, Vec256 right) => new(left._value - right._value);

    public static Vec256 operator *(Vec256 left, Vec256 right) => new(left._value * right._value);

    public static Vec256 operator /(Vec256 left, Vec256 right) => new(left._value / right._value);

    public static Vec256 Log(Vec256 x) => new(Vector256.Log(x._value));

    public static Vec256 Exp(Vec256 x) => new(Vector256.Exp(x._value));

    public static (Vec256 Sin, Vec256 Cos) SinCos(Vec256 x)
    {
        var (sin, cos) = Vector256.SinCos(x._value);
        return (new(sin), new(cos));
    }

    public static Vec256 BeginSum(double total) => default;

    /// <summary><paramref name="total"/> plus the sum of the lanes, in the order of <c>Vector256.Sum</c>.</summary>
    public static double EndSum(Vec256 lanes, double total) => total + Vector256.Sum(lanes._value);
}
