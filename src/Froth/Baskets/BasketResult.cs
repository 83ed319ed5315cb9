using Froth.Rally;

namespace Froth.Baskets;

/// <summary>A basket's index and facts over one period (see <see cref="Basket.Build"/>).</summary>
/// <param name="Name">The basket's name.</param>
/// <param name="ReportingCurrency">The reporting currency, or <see langword="null"/> for local currencies (no conversion).</param>
/// <param name="Currencies">The currencies of the included constituents' own prices, sorted.</param>
/// <param name="Weighting">Weighting used.</param>
/// <param name="Rebalancing">Rebalancing rule used.</param>
/// <param name="BaseSession">The base session: the index is 100 at its close.</param>
/// <param name="EndSession">The period's last basket session.</param>
/// <param name="Return">Index return over the period, as a fraction.</param>
/// <param name="Index">The index on every basket session from the base to the end.</param>
/// <param name="IndexFacts">Rally facts of the whole index run (<see cref="History"/>) as of its last session: returns, streaks, records and drawdown since the index began.</param>
/// <param name="Resets">Number of times holdings were reset after the period's base session (scheduled rebalances and entries).</param>
/// <param name="Constituents">Included constituents, in the definition's order.</param>
/// <param name="Excluded">Constituents left out, with reasons.</param>
/// <param name="Breadth">Breadth over the period and at its end.</param>
/// <param name="Leaders">Best returns, best first.</param>
/// <param name="Laggards">Worst returns, worst first.</param>
/// <param name="MarketValue">Market value totals per currency of the constituents with shares; empty when none has shares.</param>
/// <param name="WithoutShares">Included constituents without shares, left out of market value.</param>
public sealed record BasketResult(
    string Name,
    string? ReportingCurrency,
    IReadOnlyList<string> Currencies,
    BasketWeighting Weighting,
    BasketRebalancing Rebalancing,
    DateOnly BaseSession,
    DateOnly EndSession,
    double Return,
    IReadOnlyList<BasketPoint> Index,
    RallyFactsResult IndexFacts,
    int Resets,
    IReadOnlyList<ConstituentResult> Constituents,
    IReadOnlyList<BasketExclusion> Excluded,
    BasketBreadth Breadth,
    IReadOnlyList<ConstituentResult> Leaders,
    IReadOnlyList<ConstituentResult> Laggards,
    IReadOnlyList<MarketValueTotal> MarketValue,
    IReadOnlyList<string> WithoutShares)
{
    /// <summary>
    /// The whole index run, from its first session (the inception, <see cref="BasketOptions.Inception"/>, or the
    /// period's base) to the end, 100 at the first: the one series every other figure of the basket is read from.
    /// <see cref="Index"/> is its part from the period's base on, rebased to 100 there.
    /// </summary>
    public IReadOnlyList<BasketPoint> History { get; init; } = [];

    /// <summary>
    /// Of the definition's constituents, how many have a market value (shares from the file or derived from market caps)
    /// and what share of them that is; those without are in <see cref="WithoutShares"/> (included) or <see cref="Excluded"/> (no prices).
    /// </summary>
    public MarketValueCoverage Coverage { get; init; } = new(0, 0);
}
