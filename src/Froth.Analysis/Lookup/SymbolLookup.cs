using Froth.Data.MarketData;
using Froth.Data.Symbols;

namespace Froth.Analysis.Lookup;

/// <summary>Looks names up in the store and, for what the store lacks, in Froth's symbol catalogue.</summary>
public static class SymbolLookup
{
    /// <summary>Looks <paramref name="name"/> up (a canonical symbol or an alias, ignoring case).</summary>
    public static LookupResult Find(IMarketData market, string name)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(name);
        var query = name.Trim();
        if (query.Length == 0)
        {
            return new LookupResult(query, LookupStatus.Unknown, null, [], []);
        }

        var matches = market.Matches(query);
        if (matches.Count == 1)
        {
            return new LookupResult(query, LookupStatus.Found, matches[0], [], []);
        }

        if (matches.Count > 1)
        {
            return new LookupResult(query, LookupStatus.Ambiguous, null, matches, []);
        }

        return SymbolCatalog.Find(query) is { } known
            ? new LookupResult(query, LookupStatus.NotStored, known, [], [])
            : new LookupResult(query, LookupStatus.Unknown, null, [], market.Suggest(query));
    }

    /// <summary>Looks <paramref name="name"/> up in the workspace's store.</summary>
    public static LookupResult Find(Workspace workspace, string name)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        return Find(workspace.Market, name);
    }
}
