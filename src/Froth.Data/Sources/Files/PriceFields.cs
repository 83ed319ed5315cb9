using System.Buffers.Text;
using System.Text;

namespace Froth.Data.Sources.Files;

/// <summary>Parses the fields of price files from UTF-8 bytes without allocating.</summary>
internal static class PriceFields
{
    /// <summary>2⁵³: every integer up to it is exactly a double.</summary>
    private const ulong ExactIntegerLimit = 1UL << 53;

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

    /// <summary>
    /// Parses a finite decimal number (<c>1234.56</c>, <c>-1.5e3</c>); thousands separators only when
    /// <paramref name="grouped"/>. Numbers whose significant digits form an integer up to 2⁵³ (15 or 16 digits) with a
    /// decimal exponent within ±22 take an exact fast path: the digits as an integer, multiplied or divided by
    /// a power of ten that is itself exact, is one correctly rounded operation (Clinger 1990). Up to 19 digits
    /// (Yahoo writes 17) go through <see cref="DecimalToDouble"/>; what neither handles goes to
    /// <see cref="Utf8Parser"/>. All three round correctly, so the result is the double nearest the text.
    /// </summary>
    public static bool TryParseNumber(ReadOnlySpan<byte> field, bool grouped, out double value)
    {
        var f = field.Trim(" \t"u8);
        if (grouped && f.IndexOf((byte)',') >= 0)
        {
            return TryParseGrouped(f, out value);
        }

        if (TryParseFast(f, out value))
        {
            return true;
        }

        return Utf8Parser.TryParse(f, out value, out var consumed) && consumed == f.Length && f.Length > 0 && double.IsFinite(value);
    }

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
        int year, month, day, i;
        if (f.Length >= 10 && f[4] == (byte)'-' && f[7] == (byte)'-'
            && TwoDigits(f, 0, out var century) && TwoDigits(f, 2, out var yy) && TwoDigits(f, 5, out month) && TwoDigits(f, 8, out day))
        {
            // The common yyyy-MM-dd, without loops.
            year = (century * 100) + yy;
            i = 10;
        }
        else
        {
            i = 0;
            if (!Digits(f, ref i, 4, 4, out year) || !Separator(f, ref i, out var separator)
                || !Digits(f, ref i, 1, 2, out month) || i >= f.Length || f[i] != separator)
            {
                return false;
            }

            i++;
            if (!Digits(f, ref i, 1, 2, out day))
            {
                return false;
            }
        }

        if (month is < 1 or > 12 || year < 1 || day < 1 || day > DaysInMonth(year, month))
        {
            return false;
        }

        if (i < f.Length && !IsTime(f[i..]))
        {
            return false;
        }

        date = DateOnly.FromDayNumber(DayNumber(year, month, day));
        return true;
    }

    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    private static bool IsLeap(int year) => (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;

    private static int DaysInMonth(int year, int month) =>
        month == 2 ? (IsLeap(year) ? 29 : 28) : month is 4 or 6 or 9 or 11 ? 30 : 31;

    /// <summary>Days since 0001-01-01 (proleptic Gregorian), as <see cref="DateOnly.DayNumber"/> counts them.</summary>
    private static int DayNumber(int year, int month, int day)
    {
        var y = year - 1;
        var days = (y * 365) + (y / 4) - (y / 100) + (y / 400) + DaysBeforeMonth[month] + day - 1;
        return month > 2 && IsLeap(year) ? days + 1 : days;
    }

    private static bool TwoDigits(ReadOnlySpan<byte> s, int at, out int value)
    {
        var a = (uint)(s[at] - '0');
        var b = (uint)(s[at + 1] - '0');
        value = (int)((a * 10) + b);
        return a <= 9 && b <= 9;
    }

    private static readonly double[] PowersOfTen =
    [
        1e0, 1e1, 1e2, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8, 1e9, 1e10, 1e11,
        1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22,
    ];

    /// <summary>The exact fast path; false (without a verdict) when the number is outside it.</summary>
    private static bool TryParseFast(ReadOnlySpan<byte> f, out double value)
    {
        value = 0;
        var i = 0;
        var negative = false;
        if (i < f.Length && f[i] is (byte)'-' or (byte)'+')
        {
            negative = f[i] == (byte)'-';
            i++;
        }

        ulong mantissa = 0;
        var digits = 0;
        var exponent = 0;
        var any = false;
        for (; i < f.Length && (uint)(f[i] - '0') <= 9; i++)
        {
            any = true;
            if (mantissa != 0 || f[i] != (byte)'0')
            {
                if (++digits > 19)
                {
                    return false;
                }

                mantissa = (mantissa * 10) + (uint)(f[i] - '0');
            }
        }

        if (i < f.Length && f[i] == (byte)'.')
        {
            for (i++; i < f.Length && (uint)(f[i] - '0') <= 9; i++)
            {
                any = true;
                exponent--;
                if (mantissa != 0 || f[i] != (byte)'0')
                {
                    if (++digits > 19)
                    {
                        return false;
                    }

                    mantissa = (mantissa * 10) + (uint)(f[i] - '0');
                }
            }
        }

        if (!any)
        {
            return false;
        }

        if (i < f.Length && f[i] is (byte)'e' or (byte)'E')
        {
            i++;
            var minus = false;
            if (i < f.Length && f[i] is (byte)'-' or (byte)'+')
            {
                minus = f[i] == (byte)'-';
                i++;
            }

            var e = 0;
            var start = i;
            for (; i < f.Length && (uint)(f[i] - '0') <= 9 && i - start < 4; i++)
            {
                e = (e * 10) + (f[i] - '0');
            }

            if (i == start)
            {
                return false;
            }

            exponent += minus ? -e : e;
        }

        if (i != f.Length)
        {
            return false;
        }

        if (mantissa <= ExactIntegerLimit && exponent >= -22 && exponent <= 22)
        {
            double m = mantissa;
            value = exponent >= 0 ? m * PowersOfTen[exponent] : m / PowersOfTen[-exponent];
        }
        else if (!DecimalToDouble.TryConvert(mantissa, exponent, out value))
        {
            return false;
        }

        if (negative)
        {
            value = -value;
        }

        return true;
    }

    /// <summary>A number with thousands separators: the commas are removed into a small buffer first.</summary>
    private static bool TryParseGrouped(ReadOnlySpan<byte> f, out double value)
    {
        value = 0;
        if (f.Length > 64 || f[0] == (byte)',' || f[^1] == (byte)',')
        {
            return false;
        }

        Span<byte> buffer = stackalloc byte[64];
        var n = 0;
        foreach (var b in f)
        {
            if (b != (byte)',')
            {
                buffer[n++] = b;
            }
        }

        return TryParseNumber(buffer[..n], grouped: false, out value);
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
