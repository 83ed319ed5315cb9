using Froth.Analysis.Baskets;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Macro;
using Froth.Analysis.Rally;
using Froth.Analysis.Speculation;
using Froth.Analysis.Subjects;
using Froth.Analysis.Valuation;
using Froth.Analysis.Verdict;
using Froth.Data.Baskets;
using Froth.Series;

namespace Froth.Analysis.Reporting;

/// <summary>Gathers a basket report's inputs through the same use cases the CLI commands call.</summary>
public static class ReportQueries
{
    /// <summary>Every figure of the basket's report as of <paramref name="asOf"/> (the basket's as-of policy moves it).</summary>
    /// <exception cref="FrothException">The basket has no data, no date meets the as-of policy, or an analytic refuses its input.</exception>
    public static ReportInputs Gather(
        Workspace workspace,
        BasketSource basket,
        DateOnly? asOf = null,
        BubbleSettings? settings = null,
        IProgress<BubbleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(basket);
        var market = workspace.Market;
        var inputs = BasketInputs.Load(market, basket);
        var decision = AsOfPolicy.Choose(inputs, asOf);
        var index = BasketQueries.Index(inputs, decision);
        var subject = new Subject(basket.Location, SubjectKind.Basket, null, basket);
        var info = new SubjectInfo(subject.Key, subject.Name, SubjectKind.Basket, index.Series.Instrument, index.Series.Source);
        var series = new SubjectSeries(subject, info, index.Series, decision, new BasketContext(inputs, index));
        var indexFacts = FactsQueries.Compute(workspace, series, new FactsRequest());
        var yearToDate = BasketQueries.Analyse(inputs, decision);
        var benchmarks = new List<FactsAnalysis>();
        foreach (var b in inputs.Benchmarks)
        {
            if (Sessions.LastOnOrBefore(b.Values, decision.Date) < 0)
            {
                continue;
            }

            var bInfo = new SubjectInfo(b.Instrument.Symbol, b.Instrument.Name, SubjectKind.Instrument, b.Instrument, b.Source);
            benchmarks.Add(FactsQueries.Compute(workspace, SubjectSeries.Of(bInfo, b.Values, decision.Date), new FactsRequest { AsOf = decision.Date }));
        }

        var valuation = ValuationQueries.ForBasket(market, inputs, decision, new ValuationRequest());
        var country = inputs.Constituents.Select(c => c.Instrument.Market).GroupBy(m => m).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).First().Key;
        var macro = MacroQueries.Overlay(market, MacroQueries.CountryOf(country))?.CompletedBy(decision.Date);
        var bubble = BubbleQueries.Diagnose(workspace, series, settings, progress, cancellationToken);
        var turnover = SpeculationQueries.Turnover(inputs, decision);
        var mainland = inputs.Constituents.Any(c => c.Instrument.Market is "SH" or "SZ" or "BJ");
        var margin = mainland ? SpeculationQueries.MarginFor(market, "CN", decision.Date) : null;
        var verdict = VerdictQueries.Score(info.Key, decision, indexFacts.Facts, bubble.Psy, bubble.Confidence, VerdictQueries.Percentiles(valuation), macro, turnover, margin);
        return new ReportInputs(inputs, decision, index, indexFacts, yearToDate, benchmarks, valuation, macro, bubble, verdict)
        {
            MarketValueYear = BasketQueries.MarketValueYear(market, basket, decision),
            Margin = margin?.Reading,
            MarginHistory = margin?.History ?? [],
        };
    }
}
