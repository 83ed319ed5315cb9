using System.Runtime.Intrinsics;

namespace Froth.Bubbles.Lppls;

/// <summary>512-bit vector of doubles: <see cref="IVec{TSelf}"/> forwarded to <see cref="Vector512"/>.</summary>
internal readonly struct Vec512(Vector512<double> value) : IVec<Vec512>
{
    private readonly Vector512<double> _value = value;

    public static int Count => Vector512<double>.Count;

    public static Vec512 Create(double value) => new(Vector512.Create(value));

    public static Vec512 Load(ReadOnlySpan<double> source, int index) => new(Vector512.Create(source[index..]));

    public void Store(Span<double> destination, int index) => _value.CopyTo(destination[index..]);

    public static Vec512 operator +(Vec512 left, Vec512 right) => new(left._value + right._value);

    public static Vec512 operator -(Vec512 left, Vec512 right) => new(left._value - right._value);

    public static Vec512 operator *(Vec512 left, Vec512 right) => new(left._value * right._value);

    public static Vec512 operator /(Vec512 left, Vec512 right) => new(left._value / right._value);

    public static Vec512 Log(Vec512 x) => new(Vector512.Log(x._value));

    public static Vec512 Exp(Vec512 x) => new(Vector512.Exp(x._value));

    public static (Vec512 Sin, Vec512 Cos) SinCos(Vec512 x)
    {
        var (sin, cos) = Vector512.SinCos(x._value);
        return (new(sin), new(cos));
    }

    public static Vec512 BeginSum(double total) => default;

    /// <summary><paramref name="total"/> plus the sum of the lanes, in the order of <c>Vector512.Sum</c>.</summary>
    public static double EndSum(Vec512 lanes, double total) => total + Vector512.Sum(lanes._value);
}
