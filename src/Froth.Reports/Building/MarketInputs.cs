using Froth.Baskets;
using Froth.Data.Baskets;
using Froth.Data.MarketData;
using Froth.Data.Symbols;

namespace Froth.Reports.Building;

/// <summary>The stored series a basket's report reads: its constituents and benchmarks, as <c>froth basket</c> resolves them.</summary>
/// <param name="Source">The basket file or preset.</param>
/// <param name="Definition">The definition with canonical symbols.</param>
/// <param name="Constituents">Constituents with data in the store, in the definition's order.</param>
/// <param name="Benchmarks">Benchmarks with data in the store, in the definition's order (the first is the headline index).</param>
/// <param name="Missing">Constituents and benchmarks without data, with why.</param>
internal sealed record MarketInputs(
    BasketSource Source,
    BasketDefinition Definition,
    IReadOnlyList<SeriesInput> Constituents,
    IReadOnlyList<SeriesInput> Benchmarks,
    IReadOnlyList<string> Missing)
{
    /// <summary>Reads every constituent and benchmark from the store (their preferred sources).</summary>
    /// <exception cref="Froth.Data.Sources.DataFormatException">A constituent the store and the catalogue do not know (at its line).</exception>
    /// <exception cref="FrothException">No constituent has data, or one has no currency.</exception>
    public static MarketInputs Load(IMarketData market, BasketSource source)
    {
        var definition = source.Definition;
        var constituents = new List<SeriesInput>();
        var resolved = new List<BasketConstituent>();
        var missing = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Constituents.Count; i++)
        {
            var c = definition.Constituents[i];
            Froth.Series.Instrument instrument;
            try
            {
                instrument = market.Resolve(c.Symbol);
            }
            catch (UnknownSymbolException e)
            {
                if (SymbolCatalog.Find(c.Symbol) is not { } known)
                {
                    var hint = e.Suggestions.Count > 0 ? $"; did you mean {string.Join(", ", e.Suggestions)}?" : " (run 'froth list' to see the store)";
                    throw source.Error(source.SymbolPath(i), c.Symbol, $"a symbol or alias in the store{hint}");
                }

                missing.Add($"{known.Symbol} ({known.Name}): known, but the store has no data for it");
                resolved.Add(c with { Symbol = known.Symbol });
                continue;
            }

            if (!instrument.HasBars)
            {
                throw source.Error(source.SymbolPath(i), c.Symbol, $"a symbol with daily prices ({instrument.Symbol} is a {instrument.Kind.ToString().ToLowerInvariant()} series)");
            }

            if (!seen.Add(instrument.Symbol))
            {
                throw source.Error(source.SymbolPath(i), c.Symbol, $"each constituent once ({c.Symbol} is {instrument.Symbol}, listed before)");
            }

            resolved.Add(c with { Symbol = instrument.Symbol });
            if (instrument.Currency is null)
            {
                throw new FrothException($"{instrument.Symbol} has no currency; a basket needs each constituent's currency.");
            }

            var input = Read(market, instrument);
            if (input is null)
            {
                missing.Add($"{instrument.Symbol} ({instrument.Name}): no bars in the store");
            }
            else
            {
                constituents.Add(input);
            }
        }

        if (constituents.Count == 0)
        {
            throw new FrothException($"Basket '{definition.Name}' has no constituent with data in the store; import the data first (froth import, or froth demo for the sample snapshot).");
        }

        var benchmarks = new List<SeriesInput>();
        foreach (var b in definition.Benchmarks)
        {
            try
            {
                var instrument = market.Resolve(b);
                if (instrument.HasBars && Read(market, instrument) is { } input)
                {
                    benchmarks.Add(input);
                }
                else
                {
                    missing.Add($"benchmark {instrument.Symbol} ({instrument.Name}): no bars in the store");
                }
            }
            catch (UnknownSymbolException)
            {
                missing.Add($"benchmark {b}: not in the store");
            }
        }

        return new MarketInputs(source, definition with { Constituents = resolved }, constituents, benchmarks, missing);
    }

    private static SeriesInput? Read(IMarketData market, Froth.Series.Instrument instrument)
    {
        var sources = market.Sources(instrument.Symbol);
        if (sources.Count == 0)
        {
            return null;
        }

        var bars = market.Bars(instrument.Symbol, source: sources[0].Source);
        return bars.Count == 0 ? null : new SeriesInput(instrument, sources[0], bars);
    }
}
