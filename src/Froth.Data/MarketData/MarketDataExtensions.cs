using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>Conveniences over <see cref="IMarketData"/>.</summary>
public static class MarketDataExtensions
{
    /// <summary>
    /// The one instrument <paramref name="symbolOrAlias"/> names. For a caller that cannot go on without it; the
    /// analysis layer's lookup returns the outcome as a value instead.
    /// </summary>
    /// <exception cref="UnknownSymbolException">Nothing matches; the message suggests the closest symbols.</exception>
    /// <exception cref="FrothException">The name is an alias of several instruments (the message lists them).</exception>
    public static Instrument Resolve(this IMarketData market, string symbolOrAlias)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentException.ThrowIfNullOrWhiteSpace(symbolOrAlias);
        var matches = market.Matches(symbolOrAlias);
        return matches.Count switch
        {
            1 => matches[0],
            > 1 => throw new FrothException(
                $"'{symbolOrAlias.Trim()}' is an alias of several instruments: {string.Join(", ", matches.Select(i => i.Symbol))}; use the canonical symbol."),
            _ => throw new UnknownSymbolException(symbolOrAlias.Trim(), market.Suggest(symbolOrAlias)),
        };
    }
}
