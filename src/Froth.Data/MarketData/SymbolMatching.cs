using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>
/// How a name the user typed matches stored instruments, the one rule of every <see cref="IMarketData"/>: the exact
/// canonical symbol; else the symbol ignoring case; else every instrument with that alias, ignoring case. Leading
/// and trailing spaces are ignored.
/// </summary>
public static class SymbolMatching
{
    /// <summary>The instruments <paramref name="symbolOrAlias"/> names: none, one, or several (an alias shared by several, ordered by symbol).</summary>
    public static IReadOnlyList<Instrument> Match(IReadOnlyDictionary<string, Instrument> bySymbol, string symbolOrAlias)
    {
        ArgumentNullException.ThrowIfNull(bySymbol);
        ArgumentNullException.ThrowIfNull(symbolOrAlias);
        var wanted = symbolOrAlias.Trim();
        if (wanted.Length == 0)
        {
            return [];
        }

        if (bySymbol.TryGetValue(wanted, out var exact))
        {
            return [exact];
        }

        var bySymbolIgnoringCase = bySymbol.Values.Where(i => string.Equals(i.Symbol, wanted, StringComparison.OrdinalIgnoreCase)).ToList();
        if (bySymbolIgnoringCase.Count == 1)
        {
            return bySymbolIgnoringCase;
        }

        return [.. bySymbol.Values
            .Where(i => i.Aliases.Any(a => string.Equals(a, wanted, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(i => i.Symbol, StringComparer.Ordinal)];
    }

    /// <summary>The closest symbols and aliases to a name that matches nothing (<see cref="SymbolSuggestions.Closest"/>).</summary>
    public static IReadOnlyList<string> Suggest(IReadOnlyDictionary<string, Instrument> bySymbol, string symbolOrAlias)
    {
        ArgumentNullException.ThrowIfNull(bySymbol);
        ArgumentNullException.ThrowIfNull(symbolOrAlias);
        return SymbolSuggestions.Closest(symbolOrAlias.Trim(), bySymbol.Values.OrderBy(i => i.Symbol, StringComparer.Ordinal).SelectMany(i => i.Aliases.Prepend(i.Symbol)));
    }
}
