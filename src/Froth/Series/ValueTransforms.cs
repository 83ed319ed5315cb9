using System.Globalization;

namespace Froth.Series;

/// <summary>Applies a <see cref="ValueTransform"/>.</summary>
public static class ValueTransforms
{
    /// <summary>The transformed value, or <see langword="null"/> when the transform is undefined for it (a log of a value that is not positive, the reciprocal of 0, a non-finite value).</summary>
    public static double? TryApply(ValueTransform transform, double value)
    {
        if (!double.IsFinite(value))
        {
            return null;
        }

        return transform switch
        {
            ValueTransform.Log => value > 0 ? Math.Log(value) : null,
            ValueTransform.Reciprocal => value != 0 ? 1 / value : null,
            ValueTransform.None => value,
            _ => throw new ArgumentOutOfRangeException(nameof(transform), transform, "Unknown transform."),
        };
    }

    /// <summary>What the transform needs of a value, for messages: "a positive number, because the test takes logarithms".</summary>
    public static string Expected(ValueTransform transform) => transform switch
    {
        ValueTransform.Log => "a positive number, because the test takes logarithms (use the transform 'none' for series that can be zero or negative)",
        ValueTransform.Reciprocal => "a non-zero number, because the transform 'reciprocal' takes 1/x",
        _ => "a finite number",
    };

    /// <summary>Transforms every value of a dated series.</summary>
    /// <exception cref="FrothException">A value the transform is undefined for; the message gives its date and value.</exception>
    public static double[] Apply(ValueTransform transform, IReadOnlyList<ScalarPoint> series, string what)
    {
        ArgumentNullException.ThrowIfNull(series);
        var values = new double[series.Count];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = TryApply(transform, series[i].Value)
                ?? throw new FrothException($"{what}: the value of {IsoDate.Format(series[i].Date)} is {series[i].Value.ToString("R", CultureInfo.InvariantCulture)}; expected {Expected(transform)}.");
        }

        return values;
    }
}
