using System.Globalization;

namespace Froth.Narrative;

/// <summary>
/// How facts are rounded and written: the house style of a careful financial journalist (docs/report.md).
/// </summary>
/// <remarks>
/// <list type="table">
/// <item><term>Return, share</term><description>percent to one decimal ("0.9%", "13.2%"); from 100% on, whole
/// percent ("238%"). Signed form: "+0.9%", "−1.2%" (a true minus sign).</description></item>
/// <item><term>Percentage points</term><description>one decimal ("3.1"; the template writes "percentage points").</description></item>
/// <item><term>Level</term><description>two decimals below 10,000 ("5,065.63"), whole from 10,000 ("25,123"), with thousands separators.</description></item>
/// <item><term>Multiple, ratio</term><description>one decimal ("31.4", "2.6").</description></item>
/// <item><term>Statistic</term><description>two decimals ("2.41", "−1.17").</description></item>
/// <item><term>Score</term><description>a whole number ("62").</description></item>
/// <item><term>Count</term><description>spelt out from one to nine, figures from 10 and for zero ("eight", "12", "0");
/// ordinals likewise ("eighth", "12th").</description></item>
/// <item><term>Year</term><description>four figures, no separator ("2023").</description></item>
/// <item><term>Date</term><description>"22 November 2021"; weekday "Thursday"; "22 November"; "November 2021"; "2021".</description></item>
/// </list>
/// Rounding is half away from zero, on the decimal value. A value that rounds to zero is written without a sign.
/// </remarks>
public static class FactStyle
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly string[] CountWords = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];

    private static readonly string[] OrdinalWords = ["zeroth", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth"];

    /// <summary>The minus sign used for negative numbers (U+2212), as typeset text does.</summary>
    public const char Minus = '\u2212';

    /// <summary>Writes a fact in a form.</summary>
    /// <exception cref="ArgumentException">The form does not apply to the fact's kind (a date as a percentage).</exception>
    public static string Render(Fact fact, FactForm form = FactForm.Default)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Kind switch
        {
            FactKind.Name => form == FactForm.Default ? fact.Text! : throw NotFor(fact, form),
            FactKind.Date => RenderDate(fact, fact.Date!.Value, form),
            FactKind.Count => RenderCount(fact, fact.Value, form),
            FactKind.Year => form == FactForm.Default ? ((long)fact.Value).ToString(Invariant) : throw NotFor(fact, form),
            _ => RenderNumber(fact, fact.Value, form),
        };
    }

    /// <summary>Parses a form name as written in an interpolated sentence (<c>abs</c>, <c>signed</c>, <c>words</c>, …).</summary>
    /// <exception cref="ArgumentException">An unknown name.</exception>
    public static FactForm ParseForm(string? format) => format switch
    {
        null or "" => FactForm.Default,
        "abs" => FactForm.Magnitude,
        "signed" => FactForm.Signed,
        "digits" => FactForm.Digits,
        "words" => FactForm.Words,
        "ordinal" => FactForm.Ordinal,
        "weekday" => FactForm.Weekday,
        "daymonth" => FactForm.DayMonth,
        "monthyear" => FactForm.MonthYear,
        "year" => FactForm.Year,
        "iso" => FactForm.Iso,
        _ => throw new ArgumentException(
            $"Unknown fact form '{format}'; expected one of abs, signed, digits, words, ordinal, weekday, daymonth, monthyear, year, iso.", nameof(format)),
    };

    /// <summary>The value as the style rounds it (a fraction stays a fraction: 0.00873 → 0.009).</summary>
    /// <remarks>Templates use it to choose words that must agree with what is printed: "was unchanged" when a return rounds to 0.</remarks>
    public static double Rounded(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        var v = fact.Value;
        return fact.Kind switch
        {
            FactKind.Return or FactKind.Share => (double)Round((decimal)v * 100, PercentDecimals(v)) / 100,
            FactKind.PercentagePoints => (double)Round((decimal)v * 100, 1) / 100,
            FactKind.Level => (double)Round((decimal)v, Math.Abs(v) >= 10_000 ? 0 : 2),
            FactKind.Multiple or FactKind.Ratio => (double)Round((decimal)v, 1),
            FactKind.Statistic => (double)Round((decimal)v, 2),
            FactKind.Score or FactKind.Count or FactKind.Year => (double)Round((decimal)v, 0),
            _ => throw new ArgumentException($"Fact '{fact.Id}' is a {fact.Kind}, which is not rounded.", nameof(fact)),
        };
    }

    /// <summary>True when the value, as written, is zero ("0.0%"): a template then says "unchanged" rather than "rose".</summary>
    public static bool RoundsToZero(Fact fact) => Rounded(fact) == 0;

    /// <summary>An ordinal in words from first to ninth, then in figures: 10th, 11th, 21st, 22nd, 103rd, 111th.</summary>
    public static string Ordinal(long n)
    {
        if (n is >= 0 and < 10)
        {
            return OrdinalWords[n];
        }

        var lastTwo = Math.Abs(n) % 100;
        var suffix = lastTwo is 11 or 12 or 13 ? "th" : (Math.Abs(n) % 10) switch { 1 => "st", 2 => "nd", 3 => "rd", _ => "th" };
        return n.ToString("N0", Invariant) + suffix;
    }

    /// <summary>A count in words from one to nine, in figures otherwise (zero and negatives included).</summary>
    public static string Cardinal(long n) => n is >= 1 and < 10 ? CountWords[n] : n.ToString("N0", Invariant).Replace('-', Minus);

    private static string RenderNumber(Fact fact, double v, FactForm form)
    {
        var rounded = (decimal)Rounded(fact);
        var magnitude = Math.Abs(rounded);
        string digits = fact.Kind switch
        {
            FactKind.Return or FactKind.Share => Percent(magnitude * 100, PercentDecimals(v)) + "%",
            FactKind.PercentagePoints => Percent(magnitude * 100, 1),
            FactKind.Level => magnitude.ToString(Math.Abs(v) >= 10_000 ? "N0" : "N2", Invariant),
            FactKind.Multiple or FactKind.Ratio => magnitude.ToString("N1", Invariant),
            FactKind.Statistic => magnitude.ToString("N2", Invariant),
            FactKind.Score => magnitude.ToString("N0", Invariant),
            _ => throw NotFor(fact, form),
        };
        var signedByDefault = fact.Kind is FactKind.Return or FactKind.PercentagePoints;
        return form switch
        {
            FactForm.Magnitude => digits,
            FactForm.Signed => Sign(rounded, alwaysPlus: true) + digits,
            FactForm.Default => Sign(rounded, alwaysPlus: signedByDefault) + digits,
            _ => throw NotFor(fact, form),
        };
    }

    private static string RenderCount(Fact fact, double v, FactForm form)
    {
        var n = (long)v;
        return form switch
        {
            FactForm.Default or FactForm.Words => Cardinal(n),
            FactForm.Digits => n.ToString("N0", Invariant).Replace('-', Minus),
            FactForm.Ordinal when n > 0 => Ordinal(n),
            _ => throw NotFor(fact, form),
        };
    }

    private static string RenderDate(Fact fact, DateOnly d, FactForm form) => form switch
    {
        FactForm.Default => d.ToString("d MMMM yyyy", Invariant),
        FactForm.Weekday => d.DayOfWeek.ToString(),
        FactForm.DayMonth => d.ToString("d MMMM", Invariant),
        FactForm.MonthYear => d.ToString("MMMM yyyy", Invariant),
        FactForm.Year => d.Year.ToString(Invariant),
        FactForm.Iso => d.ToString("yyyy-MM-dd", Invariant),
        _ => throw NotFor(fact, form),
    };

    private static int PercentDecimals(double fraction) => Math.Abs(fraction) >= 0.9995 ? 0 : 1;

    private static string Percent(decimal percent, int decimals) => percent.ToString(decimals == 0 ? "N0" : "N1", Invariant);

    private static decimal Round(decimal value, int decimals) => Math.Round(value, decimals, MidpointRounding.AwayFromZero);

    private static string Sign(decimal rounded, bool alwaysPlus) => rounded switch
    {
        < 0 => Minus.ToString(),
        > 0 when alwaysPlus => "+",
        _ => "",
    };

    private static ArgumentException NotFor(Fact fact, FactForm form) =>
        new($"Fact '{fact.Id}' is a {fact.Kind}; it cannot be written as {form}.", nameof(form));
}
