namespace Froth.Valuation;

/// <summary>The descriptive statistics of <c>docs/valuation.md</c>, written out so that their definitions are visible.</summary>
internal static class Descriptive
{
    /// <summary>Arithmetic mean; <see langword="null"/> for no values.</summary>
    public static double? Mean(IReadOnlyList<double> values)
    {
        if (values.Count == 0)
        {
            return null;
        }

        var sum = 0.0;
        foreach (var v in values)
        {
            sum += v;
        }

        return sum / values.Count;
    }

    /// <summary>Sample standard deviation, divisor n − 1 (two passes); <see langword="null"/> for fewer than 2 values.</summary>
    public static double? SampleStandardDeviation(IReadOnlyList<double> values, double mean)
    {
        if (values.Count < 2)
        {
            return null;
        }

        var squares = 0.0;
        foreach (var v in values)
        {
            var d = v - mean;
            squares += d * d;
        }

        return Math.Sqrt(squares / (values.Count - 1));
    }

    /// <summary>(value − mean) / sd, or <see langword="null"/> when either is undefined or sd is 0.</summary>
    public static double? ZScore(double value, double? mean, double? sd) =>
        mean is { } m && sd is { } s && s > 0 ? (value - m) / s : null;
}
