using Froth.Analysis.Baskets;
using Froth.Analysis.Speculation;
using Froth.Macro;
using Froth.Verdict;

namespace Froth.Analysis.Verdict;

/// <summary>The bubble-risk scorecard of a subject on a date, with what each reading was taken from.</summary>
/// <param name="Subject">The subject's key.</param>
/// <param name="AsOf">The as-of decision.</param>
/// <param name="Inputs">The readings (the library's inputs).</param>
/// <param name="Result">The score, band, coverage and every component (the library's result).</param>
/// <param name="ValuationPercentiles">The percentile of each benchmark P/E the valuation reading averages, by series (shown one by one, not only as their mean).</param>
/// <param name="NominalGrowth">The nominal GDP growth the macro reading subtracts, with its year; <see langword="null"/> when none is recent enough.</param>
/// <param name="Turnover">The turnover reading and the stocks behind it.</param>
public sealed record VerdictAnalysis(
    string Subject,
    AsOfDecision AsOf,
    VerdictInputs Inputs,
    VerdictResult Result,
    IReadOnlyDictionary<string, double> ValuationPercentiles,
    YearValue? NominalGrowth,
    TurnoverReading? Turnover);
