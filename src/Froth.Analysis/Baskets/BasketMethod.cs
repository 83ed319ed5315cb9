using Froth.Baskets;
using Froth.Series;

namespace Froth.Analysis.Baskets;

/// <summary>
/// How a basket is built, as its definition and its sources say: the facts a report's sentence about the basket's
/// method is written from (never text that was not computed).
/// </summary>
/// <param name="Weighting">How constituents are weighted.</param>
/// <param name="Rebalancing">When weights are reset.</param>
/// <param name="ReportingCurrency">The reporting currency, or <see langword="null"/> for local currencies.</param>
/// <param name="Currencies">The currencies of the constituents' own prices.</param>
/// <param name="Inception">The date the index is 100 at (the last basket session on or before it).</param>
/// <param name="Adjustments">For each market, how the constituents' prices there are adjusted, with counts.</param>
public sealed record BasketMethod(
    BasketWeighting Weighting,
    BasketRebalancing Rebalancing,
    string? ReportingCurrency,
    IReadOnlyList<string> Currencies,
    DateOnly Inception,
    IReadOnlyList<MarketAdjustment> Adjustments)
{
    /// <summary>The method of the basket read in <paramref name="inputs"/>.</summary>
    public static BasketMethod Of(BasketInputs inputs)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        var d = inputs.Definition;
        return new BasketMethod(
            d.Weighting,
            d.Rebalancing,
            d.ReportingCurrency,
            [.. inputs.Constituents.Select(c => c.Instrument.Currency!).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)],
            inputs.Inception,
            [.. inputs.Constituents
                .GroupBy(c => (c.Instrument.Market, c.Source.Adjustment))
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.Market, StringComparer.Ordinal)
                .Select(g => new MarketAdjustment(g.Key.Market, g.Key.Adjustment, g.Count()))]);
    }
}

/// <summary>How the prices of a basket's constituents on one market are adjusted.</summary>
/// <param name="Market">Market code (<c>HK</c>, <c>SH</c>, <c>SZ</c>, <c>US</c>).</param>
/// <param name="Adjustment">Their sources' adjustment.</param>
/// <param name="Constituents">How many constituents.</param>
public sealed record MarketAdjustment(string Market, PriceAdjustment Adjustment, int Constituents);
