using System.Globalization;
using Froth.Series;

namespace Froth.Cli.Commands.Rally;

/// <summary>Number and date formatting of the rally tables (invariant culture, fixed precision).</summary>
internal static class RallyText
{
    public static string Iso(DateOnly date) => IsoDate.Format(date);

    public static string Iso(DateOnly? date) => date is { } d ? Iso(d) : "—";

    /// <summary>A fraction as a signed percentage with two decimals: 0.0125 → +1.25%.</summary>
    public static string Percent(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("+0.00;-0.00;0.00", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A fraction as an unsigned percentage with one decimal: 0.5 → 50.0%.</summary>
    public static string Share(double? fraction) =>
        fraction is { } f ? (f * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    /// <summary>A price with thousands separators and two decimals.</summary>
    public static string Price(double? value) => value is { } v ? v.ToString("#,0.00", CultureInfo.InvariantCulture) : "—";

    /// <summary>A large amount in billions with one decimal: 1.755e12 → 1,755.0 bn.</summary>
    public static string Billions(double? value) =>
        value is { } v ? (v / 1e9).ToString("+#,0.0;-#,0.0;0.0", CultureInfo.InvariantCulture) + " bn" : "—";

    public static string Ratio(double? value) => value is { } v ? v.ToString("0.00", CultureInfo.InvariantCulture) + "×" : "—";

    public static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
