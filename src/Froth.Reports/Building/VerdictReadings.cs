using Froth.Macro;
using Froth.Rally;
using Froth.Verdict;

namespace Froth.Reports.Building;

/// <summary>Gathers the scorecard's readings (<see cref="VerdictInputs"/>) from the analytics a report has run.</summary>
public static class VerdictReadings
{
    /// <summary>How many years before the as-of year the nominal GDP growth may be: 1, the year just completed (a year's national accounts are published after it ends, and an older year says little about the current one).</summary>
    public const int MacroMaxLagYears = 1;

    /// <summary>Builds the readings as of <paramref name="asOf"/>.</summary>
    /// <param name="asOf">The as-of date.</param>
    /// <param name="rally">Rally facts of the subject as of that date (its one-year return).</param>
    /// <param name="bubble">Its bubble tests as of that date.</param>
    /// <param name="valuationPercentile">The P/E percentile in its history, or <see langword="null"/>.</param>
    /// <param name="macro">The country's macro overlay, or <see langword="null"/>.</param>
    /// <param name="turnoverRatio">Recent turnover over its baseline, or <see langword="null"/>.</param>
    public static VerdictInputs Build(DateOnly asOf, RallyFactsResult rally, BubbleDiagnosticsResult bubble, double? valuationPercentile, MacroOverlayResult? macro, double? turnoverRatio)
    {
        ArgumentNullException.ThrowIfNull(rally);
        ArgumentNullException.ThrowIfNull(bubble);
        var oneYear = rally.Returns.OneYear?.Return;
        var growth = NominalGrowth(macro, asOf);
        return new VerdictInputs
        {
            OneYearReturn = oneYear,
            ValuationPercentile = valuationPercentile,
            Psy = bubble.LastBsadf is { } last ? new PsyReading(last.Bsadf, last.CriticalValue.Cv95, last.CriticalValue.Cv99) : null,
            LpplsConfidence = bubble.AsOfConfidence(rally.AsOf)?.Confidence.Positive,
            MacroDivergence = oneYear is { } r && growth is { } g ? r - g.Value : null,
            TurnoverRatio = turnoverRatio,
        };
    }

    /// <summary>
    /// The latest local-currency nominal GDP growth recent enough to set against a one-year return as of
    /// <paramref name="asOf"/>: of a completed year at most <see cref="MacroMaxLagYears"/> before the as-of year;
    /// <see langword="null"/> otherwise.
    /// </summary>
    public static YearValue? NominalGrowth(MacroOverlayResult? macro, DateOnly asOf) =>
        macro?.Years.LastOrDefault(y => y.NominalGrowthLocal is not null && y.Year < asOf.Year && y.Year >= asOf.Year - MacroMaxLagYears) is { } year
            ? new YearValue(year.Year, year.NominalGrowthLocal!.Value)
            : null;
}
