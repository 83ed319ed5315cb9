using System.Globalization;

namespace Froth.Series;

/// <summary>ISO-8601 calendar dates (<c>2026-07-10</c>), the one date format of Froth's messages, tables and files.</summary>
public static class IsoDate
{
    /// <summary>The date as <c>yyyy-MM-dd</c> in the Gregorian calendar, whatever the current culture.</summary>
    public static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
