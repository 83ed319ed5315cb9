using System.Runtime.Intrinsics;

namespace Froth.Bubbles.Lppls;

/// <summary>128-bit vector of doubles: <see cref="IVec{TSelf}"/> forwarded to <see cref="Vector128"/>.</summary>
internal readonly struct Vec128(Vector128<double> value) : IVec<Vec128>
{
    private readonly Vector128<double> _value = value;

    public static int Count => Vector128<double>.Count;

    public static Vec128 Create(double value) => new(Vector128.Create(value));

    public static Vec128 Load(ReadOnlySpan<double> source, int index) => new(Vector128.Create(source[index..]));

    public void Store(Span<double> destination, int index) => _value.CopyTo(destination[index..]);

    public static Vec128 operator +(Vec128 left, Vec128 right) => new(left._value + right._value);

    public static Vec128 operator -(Vec128 left, Vec128 right) => new(left._value - right._value);

    public static Vec128 operator *(Vec128 left, Vec128 right) => new(left._value * right._value);

    public static Vec128 operator /(Vec128 left, Vec128 right) => new(left._value / right._value);

    public static Vec128 Log(Vec128 x) => new(Vector128.Log(x._value));

    public static Vec128 Exp(Vec128 x) => new(Vector128.Exp(x._value));

    public static (Vec128 Sin, Vec128 Cos) SinCos(Vec128 x)
    {
        var (sin, cos) = Vector128.SinCos(x._value);
        return (new(sin), new(cos));
    }

    public static Vec128 BeginSum(double total) => default;

    /// <summary><paramref name="total"/> plus the sum of the lanes, in the order of <c>Vector128.Sum</c>.</summary>
    public static double EndSum(Vec128 lanes, double total) => total + Vector128.Sum(lanes._value);
}
