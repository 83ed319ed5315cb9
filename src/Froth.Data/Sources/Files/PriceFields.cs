using System.Globalization;
using System.Text;

namespace Froth.Data.Sources.Files;

/// <summary>Parses the fields of price files from UTF-8 bytes without allocating.</summary>
internal static class PriceFields
{
    private const NumberStyles Plain = NumberStyles.Float;
    private const NumberStyles Grouped = NumberStyles.Float | NumberStyles.AllowThousands;

    /// <summary>
    /// True for a field that says "no value": empty, <c>null</c> (Yahoo's holiday rows), <c>NaN</c>,
    /// <c>None</c> or a lone <c>-</c>, ignoring case and surrounding spaces.
    /// </summary>
    public static bool IsMissing(ReadOnlySpan<byte> field)
    {
        var f = field.Trim(" \t"u8);
        return f.IsEmpty
            || f.SequenceEqual("-"u8)
            || Ascii.EqualsIgnoreCase(f, "null"u8)
            || Ascii.EqualsIgnoreCase(f, "nan"u8)
            || Ascii.EqualsIgnoreCase(f, "none"u8);
    }

    /// <summary>Parses a finite decimal number (<c>1234.56</c>, <c>-1.5e3</c>); thousands separators only when <paramref name="grouped"/>.</summary>
    public static bool TryParseNumber(ReadOnlySpan<byte> field, bool grouped, out double value) =>
        double.TryParse(field, grouped ? Grouped : Plain, CultureInfo.InvariantCulture, out value) && double.IsFinite(value);

    /// <summary>
    /// Parses a volume as investing.com writes it: <c>940.97M</c>, <c>1.57B</c>, <c>0.00K</c>, or a plain
    /// number with thousands separators. The result is rounded to a whole number of units, because
    /// <c>940.97 × 10⁶</c> is not exact in binary.
    /// </summary>
    public static bool TryParseScaledVolume(ReadOnlySpan<byte> field, out double value)
    {
        var f = field.Trim(" \t"u8);
        var multiplier = 1.0;
        if (!f.IsEmpty)
        {
            multiplier = f[^1] switch
            {
                (byte)'K' or (byte)'k' => 1e3,
                (byte)'M' or (byte)'m' => 1e6,
                (byte)'B' or (byte)'b' => 1e9,
                (byte)'T' or (byte)'t' => 1e12,
                _ => 1.0,
            };
        }

        if (multiplier != 1.0)
        {
            f = f[..^1];
        }

        if (!TryParseNumber(f, grouped: true, out value))
        {
            return false;
        }

        value = multiplier == 1.0 ? value : Math.Round(value * multiplier);
        return true;
    }

    /// <summary>
    /// Parses a session date: <c>2024-07-10</c>, <c>2015-1-5</c> or <c>2015/1/5</c>, optionally followed by a
    /// time and an offset (<c>2026-08-21 00:00:00+08:00</c>, <c>1999-03-01T00:00:00Z</c>). The date is the
    /// local date as written: the offset says which exchange's clock the time is on, so it is not converted.
    /// </summary>
    public static bool TryParseDate(ReadOnlySpan<byte> field, out DateOnly date)
    {
        date = default;
        var f = field.Trim(" \t"u8);
        var i = 0;
        if (!Digits(f, ref i, 4, 4, out var year) || !Separator(f, ref i, out var separator)
            || !Digits(f, ref i, 1, 2, out var month) || i >= f.Length || f[i] != separator)
        {
            return false;
        }

        i++;
        if (!Digits(f, ref i, 1, 2, out var day) || month is < 1 or > 12 || year < 1 || day < 1 || day > DateTime.DaysInMonth(year, month))
        {
            return false;
        }

        if (i < f.Length && !IsTime(f[i..]))
        {
            return false;
        }

        date = new DateOnly(year, month, day);
        return true;
    }

    private static bool Separator(ReadOnlySpan<byte> f, ref int i, out byte separator)
    {
        separator = i < f.Length ? f[i] : (byte)0;
        if (separator is (byte)'-' or (byte)'/')
        {
            i++;
            return true;
        }

        return false;
    }

    /// <summary>A time part: a space or <c>T</c>, <c>HH:mm[:ss[.fff]]</c>, then optionally <c>Z</c> or <c>±HH:MM</c>.</summary>
    private static bool IsTime(ReadOnlySpan<byte> t)
    {
        if (t[0] is not ((byte)' ' or (byte)'T'))
        {
            return false;
        }

        var i = 1;
        if (!Digits(t, ref i, 2, 2, out var hour) || hour > 23 || !Expect(t, ref i, (byte)':') || !Digits(t, ref i, 2, 2, out var minute) || minute > 59)
        {
            return false;
        }

        if (i < t.Length && t[i] == (byte)':')
        {
            i++;
            if (!Digits(t, ref i, 2, 2, out var second) || second > 60)
            {
                return false;
            }

            if (i < t.Length && t[i] == (byte)'.')
            {
                i++;
                if (!Digits(t, ref i, 1, 9, out _))
                {
                    return false;
                }
            }
        }

        if (i == t.Length)
        {
            return true;
        }

        if (t[i] == (byte)'Z')
        {
            return i + 1 == t.Length;
        }

        if (t[i] is not ((byte)'+' or (byte)'-'))
        {
            return false;
        }

        i++;
        if (!Digits(t, ref i, 2, 2, out var offsetHours) || offsetHours > 14)
        {
            return false;
        }

        if (i < t.Length && t[i] == (byte)':')
        {
            i++;
        }

        return Digits(t, ref i, 2, 2, out var offsetMinutes) && offsetMinutes < 60 && i == t.Length;
    }

    private static bool Expect(ReadOnlySpan<byte> s, ref int i, byte c)
    {
        if (i < s.Length && s[i] == c)
        {
            i++;
            return true;
        }

        return false;
    }

    private static bool Digits(ReadOnlySpan<byte> s, ref int i, int min, int max, out int value)
    {
        value = 0;
        var start = i;
        while (i < s.Length && i - start < max && (uint)(s[i] - '0') <= 9)
        {
            value = (value * 10) + (s[i] - '0');
            i++;
        }

        return i - start >= min;
    }
}
