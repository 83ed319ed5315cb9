using Froth.Macro;

namespace Froth.Analysis.Macro;

/// <summary>A country's annual macro overlay as stored: what <c>froth macro</c> prints and a report's macro section reads.</summary>
/// <param name="Country">ISO country code.</param>
/// <param name="Overlay">CPI, deflator, real and nominal growth by year (rates as fractions; the library's result, whole).</param>
/// <param name="Series">The stored series read, with their provenance.</param>
/// <param name="Notes">What is missing or unverified.</param>
public sealed record MacroAnalysis(string Country, MacroOverlayResult Overlay, IReadOnlyList<MacroSeriesRead> Series, IReadOnlyList<string> Notes)
{
    /// <summary>The overlay with only the years completed before <paramref name="asOf"/>'s year (a year's figures are published after it ends): point in time.</summary>
    public MacroAnalysis CompletedBy(DateOnly asOf) => this with
    {
        Overlay = Overlay with { Years = [.. Overlay.Years.Where(y => y.Year < asOf.Year)] },
        Series = [.. Series.Select(s => s with { Values = [.. s.Values.Where(v => v.Date.Year < asOf.Year)] })],
    };
}
