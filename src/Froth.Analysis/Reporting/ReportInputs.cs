using Froth.Analysis.Baskets;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Macro;
using Froth.Analysis.Rally;
using Froth.Analysis.Valuation;
using Froth.Analysis.Verdict;

namespace Froth.Analysis.Reporting;

/// <summary>
/// Every figure a basket's report states, computed once by the use cases the CLI's commands use: the report builder
/// only writes them (it reads no store, cache or file). So the report and <c>froth basket</c>, <c>froth facts</c>,
/// <c>froth bubble</c> and <c>froth valuation</c> print the same numbers for the same basket and date.
/// </summary>
/// <param name="Basket">The basket's series as read.</param>
/// <param name="AsOf">The as-of decision (the basket's as-of policy).</param>
/// <param name="Index">The basket's index from its inception.</param>
/// <param name="IndexFacts">The index's rally facts.</param>
/// <param name="YearToDate">The basket this year: breadth, leaders and laggards, contributions, benchmarks over the year.</param>
/// <param name="Benchmarks">Each benchmark's rally facts as of the same date (those with data by then).</param>
/// <param name="Valuation">The benchmarks' P/E against their history.</param>
/// <param name="Macro">The country's macro overlay, completed years only; <see langword="null"/> when none is stored.</param>
/// <param name="Bubble">The bubble tests of the index.</param>
/// <param name="Verdict">The scorecard.</param>
public sealed record ReportInputs(
    BasketInputs Basket,
    AsOfDecision AsOf,
    BasketIndexSeries Index,
    FactsAnalysis IndexFacts,
    BasketAnalysis YearToDate,
    IReadOnlyList<FactsAnalysis> Benchmarks,
    BasketValuation Valuation,
    MacroAnalysis? Macro,
    BubbleDiagnostics Bubble,
    VerdictAnalysis Verdict)
{
    /// <summary>
    /// The basket over the year to the as-of date in US dollars, else in local currencies (<see cref="BasketQueries.MarketValueYear"/>):
    /// its market value added, with coverage; <see langword="null"/> when no constituent has a market cap.
    /// </summary>
    public BasketAnalysis? MarketValueYear { get; init; }

    /// <summary>The mainland margin-financing balance on the as-of date, for a basket with A shares; <see langword="null"/> otherwise or without data.</summary>
    public Speculation.MarginReading? Margin { get; init; }

    /// <summary>The margin balance from the as-of date's one-year-earlier observation back … the whole history to the as-of date, for the chart.</summary>
    public IReadOnlyList<Froth.Series.ScalarPoint> MarginHistory { get; init; } = [];
}
