using Froth.Data.MarketData;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Cli.Commands.Valuation;

/// <summary>
/// Finds the subject, prices and valuation series a user names: <c>HSTECH</c> resolves to <c>HSTECH.HK</c>
/// (through <see cref="MarketDataExtensions.Resolve"/>, which suggests symbols for a typo) and its P/E
/// <c>HSTECH.HK:PE</c>; a valuation series may also be named directly (<c>STAR50:PE</c>, <c>HSTECH.HK:ERP</c>).
/// </summary>
internal static class ValuationLookup
{
    /// <summary>Resolves <paramref name="input"/>; the P/E is looked for when no valuation series is named.</summary>
    /// <exception cref="UnknownSymbolException">Nothing is stored under that name or alias, nor a P/E of it.</exception>
    public static ValuationTarget Find(IMarketData market, string input)
    {
        Instrument resolved;
        try
        {
            resolved = market.Resolve(input);
        }
        catch (UnknownSymbolException) when (!input.Contains(':', StringComparison.Ordinal) && TryResolve(market, $"{input}:PE") is not null)
        {
            // The store holds the P/E without the subject's prices.
            resolved = TryResolve(market, $"{input}:PE")!;
        }

        var colon = resolved.Symbol.LastIndexOf(':');
        var subject = resolved.Kind is InstrumentKind.Valuation or InstrumentKind.Macro && colon > 0 ? resolved.Symbol[..colon] : resolved.Symbol;
        var byName = market.Instruments().ToDictionary(i => i.Symbol, StringComparer.Ordinal);
        var priced = byName.TryGetValue(subject, out var p) && p.HasBars ? p : null;
        var series = resolved.Kind == InstrumentKind.Valuation
            ? resolved
            : byName.TryGetValue($"{subject}:PE", out var pe) ? pe : null;
        if (resolved.Kind == InstrumentKind.Macro)
        {
            series = null;
        }

        var name = priced?.Name ?? SymbolCatalog.Find(subject)?.Name ?? subject;
        return new ValuationTarget(subject, name, priced, series);
    }

    /// <summary>The target's valuation series, or an error listing the subjects that have a P/E.</summary>
    /// <exception cref="FrothException">The store holds no valuation series for the subject.</exception>
    public static Instrument RequireSeries(IMarketData market, ValuationTarget target)
    {
        if (target.Series is { } s)
        {
            return s;
        }

        var withPe = market.Instruments()
            .Where(i => i.Kind == InstrumentKind.Valuation && i.Symbol.EndsWith(":PE", StringComparison.Ordinal))
            .Select(i => Describe(i.Symbol[..^3]))
            .ToList();
        var list = withPe.Count == 0
            ? "the store holds no P/E series at all (import the valuation files, e.g. valuation/hstech_pe_lixinger.csv)"
            : $"symbols with one: {string.Join(", ", withPe)}";
        throw new FrothException($"{target.Subject} ({target.Name}) has no valuation series {target.Subject}:PE in the store; {list}.");
    }

    /// <summary>The target's prices instrument, or an error saying there are none.</summary>
    /// <exception cref="FrothException">The store holds no daily bars for the subject.</exception>
    public static Instrument RequirePrices(ValuationTarget target) =>
        target.Priced ?? throw new FrothException(
            $"{target.Subject} ({target.Name}) has no daily prices in the store; import a price file of it first (for example prices/cn_index/…).");

    /// <summary>The source to read: the one asked for (checked), else the store's preferred one.</summary>
    /// <exception cref="FrothException">The series has no data, or no source of that name.</exception>
    public static SeriesSource ChooseSource(IMarketData market, string symbol, string? asked)
    {
        var sources = market.Sources(symbol);
        if (sources.Count == 0)
        {
            throw new FrothException($"{symbol} has no data in the store.");
        }

        if (asked is null)
        {
            return sources[0];
        }

        return sources.FirstOrDefault(s => string.Equals(s.Source, asked, StringComparison.OrdinalIgnoreCase))
            ?? throw new FrothException(
                $"{symbol} has no source '{asked}'; its sources are {string.Join(", ", sources.Select(s => $"{s.Source} ({IsoDate.Format(s.First)} to {IsoDate.Format(s.Last)})"))}.");
    }


    private static Instrument? TryResolve(IMarketData market, string name)
    {
        try
        {
            return market.Resolve(name);
        }
        catch (UnknownSymbolException)
        {
            return null;
        }
    }

    private static string Describe(string subject)
    {
        var alias = SymbolCatalog.Find(subject)?.Aliases.FirstOrDefault();
        return alias is null ? subject : $"{subject} ({alias})";
    }
}
