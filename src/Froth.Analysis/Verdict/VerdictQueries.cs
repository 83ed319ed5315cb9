using Froth.Analysis.Baskets;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Macro;
using Froth.Analysis.Speculation;
using Froth.Analysis.Valuation;
using Froth.Macro;
using Froth.Rally;
using Froth.Verdict;

namespace Froth.Analysis.Verdict;

/// <summary>Gathers the scorecard's readings from analyses already run, and scores them (docs/verdict.md).</summary>
public static class VerdictQueries
{
    /// <summary>How many years before the as-of year the nominal GDP growth may be: 1, the year just completed (a year's national accounts are published after it ends, and an older year says little about the current one).</summary>
    public const int MacroMaxLagYears = 1;

    /// <summary>The scorecard.</summary>
    /// <param name="subject">The subject's key.</param>
    /// <param name="asOf">The as-of decision shared by every reading.</param>
    /// <param name="rally">The subject's rally facts as of that date (its one-year return).</param>
    /// <param name="psy">Its PSY tests, or <see langword="null"/> when its history is too short.</param>
    /// <param name="lppls">Its LPPLS confidence, or <see langword="null"/>.</param>
    /// <param name="valuation">The P/E percentiles to average (a basket's benchmarks, or the instrument's own), by series.</param>
    /// <param name="macro">The country's macro overlay, or <see langword="null"/>.</param>
    /// <param name="turnover">The turnover reading, or <see langword="null"/>.</param>
    /// <param name="margin">The margin-financing balance, or <see langword="null"/> (its three-year percentile joins the speculation component).</param>
    public static VerdictAnalysis Score(
        string subject,
        AsOfDecision asOf,
        RallyFactsResult rally,
        PsyAnalysis? psy,
        LpplsConfidenceAnalysis? lppls,
        IReadOnlyDictionary<string, double> valuation,
        MacroAnalysis? macro,
        TurnoverReading? turnover,
        MarginSeries? margin = null)
    {
        ArgumentNullException.ThrowIfNull(asOf);
        ArgumentNullException.ThrowIfNull(rally);
        ArgumentNullException.ThrowIfNull(valuation);
        var oneYear = rally.Returns.OneYear?.Return;
        var growth = NominalGrowth(macro?.Overlay, asOf.Date);
        var inputs = new VerdictInputs
        {
            OneYearReturn = oneYear,
            ValuationPercentile = valuation.Count == 0 ? null : valuation.Values.Average(),
            Psy = psy?.Result.Last is { Bsadf: { } b, CriticalValue: { } cv } ? new PsyReading(b, cv.Cv95, cv.Cv99) : null,
            LpplsConfidence = lppls?.Last?.Confidence.Positive,
            MacroDivergence = oneYear is { } r && growth is { } g ? r - g.Value : null,
            TurnoverRatio = turnover?.Ratio,
            MarginPercentile = margin?.Reading.Gauge.History.Percentile,
        };
        return new VerdictAnalysis(subject, asOf, inputs, Scorecard.Compute(inputs), valuation, growth, turnover);
    }

    /// <summary>The valuation percentiles of a basket's benchmarks, by series.</summary>
    public static IReadOnlyDictionary<string, double> Percentiles(BasketValuation valuation)
    {
        ArgumentNullException.ThrowIfNull(valuation);
        return valuation.Benchmarks.ToDictionary(b => b.Series, b => b.Snapshot.History.Percentile, StringComparer.Ordinal);
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
