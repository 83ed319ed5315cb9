using System.Globalization;

namespace Froth.Macro;

/// <summary>Converts the units macro series are stored in (<c>percent</c>, <c>fraction</c>) to fractions.</summary>
public static class MacroUnits
{
    /// <summary>A rate as a fraction: <c>percent</c> 5.3 → 0.053; <c>fraction</c> unchanged.</summary>
    /// <exception cref="FrothException">The unit is not a rate (<c>percent</c> or <c>fraction</c>).</exception>
    public static double ToFraction(double value, string? unit) => unit switch
    {
        "percent" => value / 100,
        "fraction" => value,
        _ => throw new FrothException(
            $"Expected a rate in percent or as a fraction, got unit '{unit ?? "(none)"}' (value {value.ToString(CultureInfo.InvariantCulture)})."),
    };
}
