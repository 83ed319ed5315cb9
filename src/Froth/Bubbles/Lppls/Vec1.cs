namespace Froth.Bubbles.Lppls;

/// <summary>
/// One double as a one-lane <see cref="IVec{TSelf}"/>, with <see cref="Math.Log(double)"/>,
/// <see cref="Math.Exp"/> and <see cref="Math.SinCos"/>: the tail of every vector loop, and the whole loop
/// where no vector width is hardware-accelerated.
/// </summary>
internal readonly struct Vec1(double value) : IVec<Vec1>
{
    private readonly double _value = value;

    public static int Count => 1;

    public static Vec1 Create(double value) => new(value);

    public static Vec1 Load(ReadOnlySpan<double> source, int index) => new(source[index]);

    public void Store(Span<double> destination, int index) => destination[index] = _value;

    public static Vec1 operator +(Vec1 left, Vec1 right) => new(left._value + right._value);

    public static Vec1 operator -(Vec1 left, Vec1 right) => new(left._value - right._value);

    public static Vec1 operator *(Vec1 left, Vec1 right) => new(left._value * right._value);

    public static Vec1 operator /(Vec1 left, Vec1 right) => new(left._value / right._value);

    public static Vec1 Log(Vec1 x) => new(Math.Log(x._value));

    public static Vec1 Exp(Vec1 x) => new(Math.Exp(x._value));

    public static (Vec1 Sin, Vec1 Cos) SinCos(Vec1 x)
    {
        var (sin, cos) = Math.SinCos(x._value);
        return (new(sin), new(cos));
    }

    /// <summary>The total itself: the loop adds each observation onto it in turn.</summary>
    public static Vec1 BeginSum(double total) => new(total);

    public static double EndSum(Vec1 lanes, double total) => lanes._value;
}
