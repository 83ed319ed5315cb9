using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Froth.Data.Sources;

/// <summary>
/// Numbers written in a multiple of a unit (亿 = 10⁸, 万 = 10⁴), converted to plain units exactly: the decimal
/// text is multiplied as a <see cref="decimal"/> and the product rounded once to the nearest double, so that
/// 27,468,654 万 is 274,686,540,000 and 12,489.16 亿 is 1,248,916,000,000 with no binary rounding error from the
/// multiplication.
/// </summary>
internal static partial class ScaledNumber
{
    /// <summary>亿 (yì), 10⁸: the unit of Chinese market statistics in the hundreds of millions.</summary>
    public const decimal Yi = 100_000_000m;

    /// <summary>万 (wàn), 10⁴.</summary>
    public const decimal Wan = 10_000m;

    /// <summary>
    /// Parses plain decimal text (an optional minus sign, digits, an optional fraction; with
    /// <paramref name="grouped"/>, thousands separators in groups of three such as <c>12,489.16</c>) and returns
    /// it times <paramref name="factor"/>, rounded once to the nearest double.
    /// </summary>
    /// <returns>False for any other text, or a value too large for a decimal.</returns>
    public static bool TryParse(string text, decimal factor, bool grouped, out double value)
    {
        ArgumentNullException.ThrowIfNull(text);
        value = 0;
        var t = text.Trim();
        if (TryExact(t, factor, out value))
        {
            return true;
        }

        if (!(Plain().IsMatch(t) || (grouped && Grouped().IsMatch(t))))
        {
            return false;
        }

        return decimal.TryParse(t.Replace(",", "", StringComparison.Ordinal), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var d)
            && TryScale(d, factor, out value);
    }

    /// <summary>A JSON number (its exact text, exponent allowed) times <paramref name="factor"/>, rounded once.</summary>
    /// <returns>False when the element is not a number a decimal can hold.</returns>
    public static bool TryParse(JsonElement element, decimal factor, out double value)
    {
        value = 0;
        return element.ValueKind == JsonValueKind.Number && element.TryGetDecimal(out var d) && TryScale(d, factor, out value);
    }

    /// <summary>
    /// The fast path for the common case: plain digits whose product with a power-of-ten factor is a whole number
    /// below 2⁵³ (27468654.0 万, 25803.46293375 亿), which a double holds exactly. Anything else returns false.
    /// </summary>
    private static bool TryExact(string t, decimal factor, out double value)
    {
        value = 0;
        var exponent = factor switch
        {
            1m => 0,
            Wan => 4,
            Yi => 8,
            _ => -1,
        };
        if (exponent < 0 || t.Length == 0 || t.Length > 17)
        {
            return false;
        }

        long mantissa = 0;
        var fraction = -1;
        var digits = 0;
        for (var k = 0; k < t.Length; k++)
        {
            var ch = t[k];
            if (ch == '.' && fraction < 0 && digits > 0)
            {
                fraction = 0;
                continue;
            }

            if (!char.IsAsciiDigit(ch))
            {
                return false;
            }

            mantissa = (mantissa * 10) + (ch - '0');
            digits++;
            if (fraction >= 0)
            {
                fraction++;
            }
        }

        fraction = Math.Max(fraction, 0);
        if (fraction == 0 && t[^1] == '.')
        {
            return false;
        }

        if (fraction > exponent)
        {
            // Drop trailing zeros of the fraction ("8498124.0" 万 has one).
            while (fraction > exponent && mantissa % 10 == 0 && mantissa != 0)
            {
                mantissa /= 10;
                fraction--;
            }

            if (fraction > exponent && mantissa != 0)
            {
                return false;
            }

            fraction = Math.Min(fraction, exponent);
        }

        for (var k = fraction; k < exponent; k++)
        {
            mantissa *= 10;
        }

        if (mantissa >= 1L << 53)
        {
            return false;
        }

        value = mantissa;
        return true;
    }

    private static bool TryScale(decimal d, decimal factor, out double value)
    {
        value = 0;
        try
        {
            var product = d * factor;
            value = double.Parse(product.ToString(CultureInfo.InvariantCulture), NumberStyles.Float, CultureInfo.InvariantCulture);
            return double.IsFinite(value);
        }
        catch (OverflowException)
        {
            return false;
        }
    }

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^-?[0-9]{1,3}(,[0-9]{3})+(\.[0-9]+)?$")]
    private static partial Regex Grouped();
}
