using Froth.Analysis.Lookup;
using Froth.Analysis.Series;
using Froth.Baskets;
using Froth.Data.Baskets;
using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Analysis.Baskets;

/// <summary>
/// Everything a basket reads from the store, loaded once: its constituents', benchmarks' and FX series (each from its
/// preferred source, with provenance), and what is missing, with why. Every basket use case (the basket, its facts,
/// its bubble tests, its report) starts from these, so they read the same rows.
/// </summary>
/// <param name="Source">The basket file or preset.</param>
/// <param name="Definition">The definition with canonical symbols.</param>
/// <param name="Constituents">Constituents with prices in the store, in the definition's order (all their bars).</param>
/// <param name="Benchmarks">Benchmarks with prices in the store, in the definition's order (the first is the headline index).</param>
/// <param name="Fx">The per-dollar series the reporting currency needs (empty for a local-currency basket).</param>
/// <param name="Missing">Constituents and benchmarks without data, each with why.</param>
public sealed record BasketInputs(
    BasketSource Source,
    BasketDefinition Definition,
    IReadOnlyList<SeriesRead<DailyBar>> Constituents,
    IReadOnlyList<SeriesRead<DailyBar>> Benchmarks,
    IReadOnlyList<SeriesRead<DailyBar>> Fx,
    IReadOnlyList<string> Missing)
{
    /// <summary>
    /// The index's inception: the definition's, else the first session of any constituent. Every figure of the basket
    /// is read from the one index run that starts there.
    /// </summary>
    public DateOnly Inception => Definition.Inception ?? Constituents.Min(c => c.Values[0].Date);

    /// <summary>The latest date any constituent or benchmark has data for.</summary>
    public DateOnly LatestData => Constituents.Concat(Benchmarks).Max(s => s.Values[^1].Date);

    /// <summary>Reads the basket's series from the store.</summary>
    /// <exception cref="Froth.Data.Sources.DataFormatException">A constituent the store and the catalogue do not know, one without prices, an ambiguous alias or a duplicate (at its line).</exception>
    /// <exception cref="FrothException">No constituent has data, one has no currency, or an FX series the reporting currency needs is missing.</exception>
    public static BasketInputs Load(IMarketData market, BasketSource source)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(source);
        var definition = source.Definition;
        var constituents = new List<SeriesRead<DailyBar>>();
        var resolved = new List<BasketConstituent>();
        var missing = new List<string>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < definition.Constituents.Count; i++)
        {
            var c = definition.Constituents[i];
            var lookup = SymbolLookup.Find(market, c.Symbol);
            switch (lookup.Status)
            {
                case LookupStatus.Unknown:
                    var hint = lookup.Suggestions.Count > 0 ? $"; did you mean {string.Join(", ", lookup.Suggestions)}?" : " (run 'froth list' to see the store)";
                    throw source.Error(source.SymbolPath(i), c.Symbol, $"a symbol or alias in the store{hint}");
                case LookupStatus.Ambiguous:
                    throw source.Error(source.SymbolPath(i), c.Symbol, $"one instrument (it is an alias of {string.Join(", ", lookup.Candidates.Select(x => x.Symbol))}; use the canonical symbol)");
                case LookupStatus.NotStored:
                    var known = lookup.Instrument!;
                    missing.Add($"{known.Symbol} ({known.Name}): known, but the store has no data for it; import or fetch it to include it");
                    Once(known.Symbol, i);
                    resolved.Add(c with { Symbol = known.Symbol });
                    continue;
            }

            var instrument = lookup.Instrument!;
            if (!instrument.HasBars)
            {
                throw source.Error(source.SymbolPath(i), c.Symbol, $"a symbol with daily prices ({instrument.Symbol} is a {instrument.Kind.ToString().ToLowerInvariant()} series)");
            }

            Once(instrument.Symbol, i);
            if (instrument.Currency is null)
            {
                throw new FrothException($"{instrument.Symbol} has no currency; a basket needs each constituent's currency.");
            }

            resolved.Add(c with { Symbol = instrument.Symbol });
            if (SeriesReader.Prices(market, instrument) is { Values.Count: > 0 } series)
            {
                constituents.Add(series);
            }
            else
            {
                missing.Add($"{instrument.Symbol} ({instrument.Name}): no bars in the store");
            }
        }

        if (constituents.Count == 0)
        {
            throw new FrothException($"Basket '{definition.Name}' has no constituent with data in the store; import the data first (froth import, or froth demo for the sample snapshot).");
        }

        var benchmarks = new List<SeriesRead<DailyBar>>();
        foreach (var b in definition.Benchmarks)
        {
            var lookup = SymbolLookup.Find(market, b);
            if (!lookup.IsFound)
            {
                missing.Add($"benchmark {b}: {(lookup.Status == LookupStatus.NotStored ? "known, but not in the store" : "not in the store")}");
            }
            else if (lookup.Instrument!.HasBars && SeriesReader.Prices(market, lookup.Instrument) is { Values.Count: > 0 } series)
            {
                benchmarks.Add(series);
            }
            else
            {
                missing.Add($"benchmark {lookup.Instrument.Symbol} ({lookup.Instrument.Name}): no bars in the store");
            }
        }

        var fx = new List<SeriesRead<DailyBar>>();
        var absent = new List<string>();
        foreach (var ccy in Basket.RequiredFx(definition.ReportingCurrency, constituents.Select(s => s.Instrument.Currency!)))
        {
            var symbol = Froth.Baskets.FxSeries.SymbolFor(ccy);
            var lookup = SymbolLookup.Find(market, symbol);
            if (lookup.IsFound && SeriesReader.Prices(market, lookup.Instrument!) is { Values.Count: > 0 } series)
            {
                // A currency pair's sources are spliced when no source is named (docs/store.md): FRED's DEXHKUS from 2024,
                // Yahoo's HKD=X before it. The provenance names the preferred source.
                fx.Add(series with { Values = market.Bars(lookup.Instrument!.Symbol) });
            }
            else
            {
                absent.Add(symbol);
            }
        }

        if (absent.Count > 0)
        {
            var needed = string.Join(" and ", absent.Select(s => $"{s} ({s[..3]} per US dollar)"));
            throw new FrothException(
                $"Basket '{definition.Name}' reports in {definition.ReportingCurrency} and needs the FX series {needed}, which the store does not hold. "
                + $"Get it with 'froth fetch {absent[0]} --source yahoo' (or import a file of it with 'froth import'), or set \"reportingCurrency\": \"local\" in {source.Location}.");
        }

        var caps = new List<SeriesRead<ScalarPoint>>();
        foreach (var series in constituents)
        {
            var symbol = series.Instrument.Symbol + ":MARKET_CAP";
            var instrument = market.Matches(symbol).FirstOrDefault(i => string.Equals(i.Symbol, symbol, StringComparison.Ordinal));
            if (instrument is not null && SeriesReader.Values(market, instrument) is { Values.Count: > 0 } cap)
            {
                caps.Add(cap);
            }
        }

        return new BasketInputs(source, definition with { Constituents = resolved }, constituents, benchmarks, fx, missing) { MarketCaps = caps };

        void Once(string symbol, int index)
        {
            if (seen.TryGetValue(symbol, out var first))
            {
                throw source.Error(source.SymbolPath(index), definition.Constituents[index].Symbol, $"each constituent once ({definition.Constituents[index].Symbol} is {symbol}, also constituents[{first}])");
            }

            seen[symbol] = index;
        }
    }

    /// <summary>
    /// The market caps (<c>&lt;symbol&gt;:MARKET_CAP</c>) of the constituents that have them, each from its preferred source,
    /// in the constituents' order: the share counts of market value (<see cref="ShareCounts"/>).
    /// </summary>
    public IReadOnlyList<SeriesRead<ScalarPoint>> MarketCaps { get; init; } = [];

    /// <summary>
    /// What <see cref="Basket.Build"/> takes: one entry per constituent of the definition, bars up to <paramref name="asOf"/> (none
    /// for one without data), with the share counts derived from its market caps (<see cref="ShareCounts"/>).
    /// </summary>
    public IReadOnlyList<ConstituentData> Data(DateOnly asOf) =>
        [.. Definition.Constituents.Select(c => Constituents.FirstOrDefault(s => s.Instrument.Symbol == c.Symbol) is { } s
            ? new ConstituentData(s.Instrument.Symbol, s.Instrument.Name, s.Instrument.Currency!, Sessions.Until(s.Values, asOf)) { ShareCounts = ShareCounts(s) }
            : new ConstituentData(c.Symbol, c.Symbol, "XXX", []))];

    /// <summary>
    /// The share counts of a constituent: its market caps ÷ its closes (the basket's own price series, so that count × close
    /// is the market cap on every observation date); <see langword="null"/> without market caps. Unlike prices, the counts
    /// may rest on market caps after the as-of date: a count is a slow-moving structural figure, and the snapshot's Hong
    /// Kong market caps begin in June 2026, so a 2025 market value can only hold a later count back in time. Every such
    /// use is flagged (<see cref="ShareBasis.HeldBack"/>, with its distance in days; docs/market-value.md).
    /// </summary>
    public ShareCountSeries? ShareCounts(SeriesRead<DailyBar> prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        var cap = MarketCaps.FirstOrDefault(m => m.Instrument.Symbol == prices.Instrument.Symbol + ":MARKET_CAP");
        return cap is null || !string.Equals(cap.Instrument.Unit ?? cap.Instrument.Currency, prices.Instrument.Currency, StringComparison.Ordinal)
            ? null
            : Froth.Baskets.ShareCounts.Derive(prices.Instrument.Symbol, cap.Values, prices.Values);
    }

    /// <summary>The FX series for <see cref="Basket.Build"/>, up to <paramref name="asOf"/>.</summary>
    public IReadOnlyList<FxSeries> FxSeries(DateOnly asOf) =>
        [.. Fx.Select(s => new Froth.Baskets.FxSeries(s.Instrument.Symbol[..3], Sessions.Until(s.Values, asOf)))];
}
