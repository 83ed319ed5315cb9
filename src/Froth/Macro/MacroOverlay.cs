using System.Globalization;
using Froth.Series;

namespace Froth.Macro;

/// <summary>
/// Lines up a country's annual CPI inflation, GDP deflator, real growth and nominal GDP by year, and computes
/// nominal growth two ways: in local currency, (1 + real)(1 + deflator) − 1, and of the nominal GDP series in its
/// own currency (for the World Bank's current-USD GDP, that includes the exchange rate).
/// </summary>
/// <remarks>Definitions and the sources of the snapshot's series are in <c>docs/valuation.md</c>.</remarks>
public static class MacroOverlay
{
    /// <summary>Builds the overlay. Non-finite values are treated as missing.</summary>
    /// <exception cref="ArgumentException">A series has two points in one year or is not ascending.</exception>
    public static MacroOverlayResult Build(MacroInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var cpi = ByYear(inputs.CpiInflation, nameof(inputs.CpiInflation));
        var deflator = ByYear(inputs.GdpDeflatorInflation, nameof(inputs.GdpDeflatorInflation));
        var real = ByYear(inputs.RealGdpGrowth, nameof(inputs.RealGdpGrowth));
        var gdp = ByYear(inputs.NominalGdp, nameof(inputs.NominalGdp));
        var years = cpi.Keys.Concat(deflator.Keys).Concat(real.Keys).Concat(gdp.Keys).Distinct().Order().ToList();

        var rows = new List<MacroYear>(years.Count);
        foreach (var y in years)
        {
            double? Get(Dictionary<int, double> d, int year) => d.TryGetValue(year, out var v) ? v : null;
            var level = Get(gdp, y);
            var previous = Get(gdp, y - 1);
            double? usdGrowth = level is { } l && previous is { } p && p > 0 ? (l / p) - 1 : null;
            var r = Get(real, y);
            var d = Get(deflator, y);
            double? local = r is { } rr && d is { } dd ? ((1 + rr) * (1 + dd)) - 1 : null;
            rows.Add(new MacroYear(y, Get(cpi, y), d, r, level, usdGrowth, local));
        }

        return new MacroOverlayResult(
            rows,
            Latest(rows, m => m.CpiInflation),
            Latest(rows, m => m.GdpDeflatorInflation),
            Latest(rows, m => m.RealGdpGrowth),
            Latest(rows, m => m.NominalGrowthLocal),
            Latest(rows, m => m.NominalGdpGrowth),
            [.. rows.Where(m => m.GdpDeflatorInflation < 0).Select(m => m.Year)]);
    }

    private static YearValue? Latest(List<MacroYear> rows, Func<MacroYear, double?> value)
    {
        for (var i = rows.Count - 1; i >= 0; i--)
        {
            if (value(rows[i]) is { } v)
            {
                return new YearValue(rows[i].Year, v);
            }
        }

        return null;
    }

    private static Dictionary<int, double> ByYear(IReadOnlyList<ScalarPoint> points, string name)
    {
        var byYear = new Dictionary<int, double>();
        foreach (var p in points)
        {
            if (!double.IsFinite(p.Value))
            {
                continue;
            }

            if (!byYear.TryAdd(p.Date.Year, p.Value))
            {
                throw new ArgumentException(
                    $"Expected one point per year; {name} has two in {p.Date.Year.ToString(CultureInfo.InvariantCulture)}.", name);
            }
        }

        return byYear;
    }
}
