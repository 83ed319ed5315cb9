using System.Globalization;
using System.Text.RegularExpressions;
using Froth.Claims.Grammar;

namespace Froth.Claims.Text;

/// <summary>
/// Finds an article's publication date in its text: the first short line (a dateline, at most
/// <see cref="MaxLineLength"/> characters) that holds a full date such as "23 January 2026", "October 31, 2025",
/// "Oct.31 2025" or "2025-10-31". Never guesses: a text without such a line has no dateline.
/// </summary>
public static partial class Dateline
{
    /// <summary>Longest line read as a dateline ("Published Friday, October 31, 2025" is 34).</summary>
    public const int MaxLineLength = 60;

    /// <summary>The date of the first dateline, or <see langword="null"/> when there is none.</summary>
    public static DateOnly? Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length == 0 || line.Length > MaxLineLength)
            {
                continue;
            }

            if (Parse(line) is { } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>The first full date written in <paramref name="line"/>, or <see langword="null"/>.</summary>
    public static DateOnly? Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var iso = Iso().Match(line);
        if (iso.Success && Make(Int(iso.Groups[1].Value), Int(iso.Groups[2].Value), Int(iso.Groups[3].Value)) is { } d0)
        {
            return d0;
        }

        var dmy = DayMonthYear().Match(line);
        if (dmy.Success && Lexicon.Month(dmy.Groups[2].Value) is { } m1 && Make(Int(dmy.Groups[3].Value), m1, Int(dmy.Groups[1].Value)) is { } d1)
        {
            return d1;
        }

        var mdy = MonthDayYear().Match(line);
        if (mdy.Success && Lexicon.Month(mdy.Groups[1].Value) is { } m2 && Make(Int(mdy.Groups[3].Value), m2, Int(mdy.Groups[2].Value)) is { } d2)
        {
            return d2;
        }

        return null;
    }

    private static int Int(string s) => int.TryParse(s, NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : -1;

    private static DateOnly? Make(int year, int month, int day) =>
        year is >= 1900 and <= 2100 && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;

    [GeneratedRegex(@"\b(\d{4})-(\d{2})-(\d{2})\b")]
    private static partial Regex Iso();

    [GeneratedRegex(@"\b(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b")]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\b([A-Za-z]{3,9})\.?\s*(\d{1,2}),?\s+(\d{4})\b")]
    private static partial Regex MonthDayYear();
}
