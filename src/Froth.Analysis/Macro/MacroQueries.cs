using System.Globalization;
using Froth.Analysis.Series;
using Froth.Data.MarketData;
using Froth.Macro;
using Froth.Series;
using Froth.Valuation;

namespace Froth.Analysis.Macro;

/// <summary>The macro use case: reads a country's annual series (<c>CC:CPI_INFLATION</c>, <c>CC:GDP_DEFLATOR_INFLATION</c>, <c>CC:REAL_GDP_GROWTH</c>, <c>CC:NOMINAL_GDP</c>) and builds the overlay.</summary>
public static class MacroQueries
{
    /// <summary>The country whose macro series describe listings on <paramref name="market"/>: China for Hong Kong, Shanghai and Shenzhen.</summary>
    public static string CountryOf(string market) => market is "HK" or "SH" or "SZ" or "BJ" ? "CN" : market;

    /// <summary>The overlay of <paramref name="country"/>, or <see langword="null"/> when the store holds none of its series.</summary>
    public static MacroAnalysis? Overlay(IMarketData market, string country)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(country);
        var code = country.Trim().ToUpperInvariant();
        var notes = new List<string>();
        var read = new List<MacroSeriesRead>();
        var inputs = new MacroInputs
        {
            CpiInflation = Rates(market, code, "CPI_INFLATION", "cpiInflation", read, notes),
            GdpDeflatorInflation = Rates(market, code, "GDP_DEFLATOR_INFLATION", "gdpDeflatorInflation", read, notes),
            RealGdpGrowth = Rates(market, code, "REAL_GDP_GROWTH", "realGdpGrowth", read, notes),
            NominalGdp = Levels(market, code, "NOMINAL_GDP", "nominalGdp", read, notes),
        };
        return read.Count == 0 ? null : new MacroAnalysis(code, MacroOverlay.Build(inputs), read, notes);
    }

    /// <summary>The country's overlay, listed from <paramref name="since"/> (default: the nine years before the latest), with an index against nominal growth when one is named.</summary>
    /// <exception cref="FrothException">The store holds no macro series of the country, or the index cannot be set against them.</exception>
    public static MacroOverview Overview(IMarketData market, string country, int? since, string? index, string nominal, int? fromYear, int? toYear)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(country);
        var code = country.Trim().ToUpperInvariant();
        var macro = Overlay(market, code);
        if (macro is null)
        {
            var countries = market.Instruments().Where(i => i.Kind == InstrumentKind.Macro).Select(i => i.Market).Distinct().Order(StringComparer.Ordinal).ToList();
            throw new FrothException(
                $"The store holds no macro series for country '{code}'"
                + (countries.Count == 0 ? "; import the macro files (macro/*.csv)." : $"; countries with macro series: {string.Join(", ", countries)}."));
        }

        var overlay = macro.Overlay;
        var latest = overlay.Years.Count == 0 ? 0 : overlay.Years[^1].Year;
        var first = since ?? latest - 9;
        var divergence = index is null ? null : Divergence(market, code, index, overlay, nominal, fromYear, toYear);
        return new MacroOverview(macro with { Overlay = overlay with { Years = [.. overlay.Years.Where(y => y.Year >= first)] } }, first, Facts(macro), divergence);
    }

    private static List<string> Facts(MacroAnalysis macro)
    {
        var o = macro.Overlay;
        var facts = new List<string>();
        string Source(string field) => macro.Series.FirstOrDefault(p => p.Field == field) is { } p ? $"{p.Symbol}, {p.Source.Source}{(p.Verified ? string.Empty : ", UNVERIFIED")}" : "?";
        if (o.LatestGdpDeflatorInflation is { } d)
        {
            var since2000 = o.NegativeDeflatorYears.Where(y => y >= 2000).ToList();
            facts.Add(
                $"GDP deflator inflation was {P(d.Value)} in {d.Year}{(d.Value < 0 ? ": negative, the price level of everything produced fell" : string.Empty)} ({Source("gdpDeflatorInflation")})."
                + (since2000.Count == 0 ? string.Empty : $" Negative since 2000 in {string.Join(", ", since2000)}."));
        }

        if (o.LatestCpiInflation is { } c)
        {
            facts.Add($"CPI inflation was {P(c.Value)} in {c.Year} ({Source("cpiInflation")}).");
        }

        if (o.LatestRealGdpGrowth is { } r)
        {
            facts.Add($"Real GDP growth was {P(r.Value)} in {r.Year} ({Source("realGdpGrowth")}).");
        }

        if (o.LatestNominalGrowthLocal is { } n)
        {
            facts.Add($"Nominal GDP growth in local currency, (1 + real)(1 + deflator) − 1, was {P(n.Value)} in {n.Year}.");
        }

        if (o.LatestNominalGdpGrowth is { } u)
        {
            facts.Add($"Nominal GDP in current US dollars changed by {P(u.Value)} in {u.Year} ({Source("nominalGdp")}; includes the exchange rate against the dollar).");
        }

        return facts;
    }

    private static DivergenceAnalysis Divergence(IMarketData market, string country, string indexName, MacroOverlayResult overlay, string nominal, int? fromYear, int? toYear)
    {
        var target = Valuation.ValuationQueries.Find(market, indexName);
        var priced = Valuation.ValuationQueries.RequirePrices(target);
        var prices = SeriesReader.Prices(market, priced) ?? throw new FrothException($"{priced.Symbol} has no prices in the store.");
        var closes = SeriesReader.Closes(prices.Values);
        var local = LocalCurrency(country);
        var (measure, reason) = nominal switch
        {
            "local" => (NominalGrowthMeasure.LocalCurrency, "asked for (--nominal local)"),
            "usd" => (NominalGrowthMeasure.UsDollars, "asked for (--nominal usd)"),
            _ when local is null || priced.Currency == local => (NominalGrowthMeasure.LocalCurrency, $"the index is quoted in the country's currency ({priced.Currency})"),
            _ => (NominalGrowthMeasure.UsDollars, $"the index is quoted in {priced.Currency}, not {local}: growth in current US dollars{(priced.Currency == "HKD" ? " (the HKD is pegged to the USD)" : string.Empty)}"),
        };

        SeriesRead<ScalarPoint>? pe = null;
        if (target.Series is { } peSeries && target.IsEarningsMultiple)
        {
            pe = SeriesReader.Values(market, peSeries);
        }

        var result = GrowthDivergence.Compute(closes, overlay.Years, pe?.Values, DivergenceOptions.Default with { Measure = measure, FromYear = fromYear, ToYear = toYear });
        var notes = new List<string>();
        var after = result.Years.Where(y => y.Year > result.LastYear && y.IndexReturn is not null).Select(y => y.Year).ToList();
        if (after.Count > 0)
        {
            notes.Add($"{priced.Symbol} has full-year returns for {string.Join(", ", after)} too, but no {(measure == NominalGrowthMeasure.LocalCurrency ? "local-currency" : "US-dollar")} nominal GDP growth for them in the store.");
        }

        if (result.Decomposition is { } d && pe is not null && ValuationHistory.StaleAt(pe.Values, d.End) is { Flag: true } stale)
        {
            notes.Add($"The P/E at the end of the span is stale (unchanged since {IsoDate.Format(stale.Since)}); the re-rating share is unreliable.");
        }

        var span = result.SpanYears == 1 ? $"In {result.FirstYear}" : $"From {result.FirstYear} to {result.LastYear}";
        var direction = result.Divergence >= 0 ? "prices outran the nominal economy" : "prices lagged the nominal economy";
        var summary =
            $"{span} {priced.Symbol} returned {P(result.IndexCagr)} a year (price only) while nominal GDP grew {P(result.NominalCagr)} a year "
            + $"({(measure == NominalGrowthMeasure.LocalCurrency ? "local currency" : "current US dollars")}): a divergence of {P(result.Divergence)} a year, {direction}."
            + (result.Decomposition is { ReRatingShare: { } share, EarningsShare: { } earnings } dd
                ? $" Split of the log return from {IsoDate.Format(dd.Start)} to {IsoDate.Format(dd.End)}: earnings {S(earnings)}, re-rating {S(share)} (P/E {dd.PeStart.ToString("F2", CultureInfo.InvariantCulture)} → {dd.PeEnd.ToString("F2", CultureInfo.InvariantCulture)})."
                : pe is null
                    ? $" No re-rating share: {priced.Symbol} has no P/E in the store."
                    : $" No re-rating share: {result.DecompositionNote?.TrimEnd('.')}.");
        return new DivergenceAnalysis(priced.Symbol, priced.Name, prices.Source, priced.Currency, reason, pe?.Instrument.Symbol, pe?.Source, result, summary, notes);
    }

    private static string? LocalCurrency(string country) => country switch
    {
        "CN" => "CNY",
        "US" => "USD",
        "JP" => "JPY",
        "HK" => "HKD",
        "GB" => "GBP",
        "DE" or "FR" => "EUR",
        _ => null,
    };

    private static string S(double share) => share.ToString("F2", CultureInfo.InvariantCulture);

    private static string P(double fraction) => (fraction * 100).ToString("F2", CultureInfo.InvariantCulture) + "%";

    private static IReadOnlyList<ScalarPoint> Rates(IMarketData market, string country, string metric, string field, List<MacroSeriesRead> read, List<string> notes)
    {
        var (unit, points) = Read(market, country, metric, field, read, notes);
        return [.. points.Select(p => p with { Value = MacroUnits.ToFraction(p.Value, unit) })];
    }

    private static IReadOnlyList<ScalarPoint> Levels(IMarketData market, string country, string metric, string field, List<MacroSeriesRead> read, List<string> notes)
    {
        var (unit, points) = Read(market, country, metric, field, read, notes);
        if (points.Count > 0 && unit != "USD")
        {
            notes.Add($"{country}:{metric} is in {unit}, not USD; its growth is in that unit.");
        }

        return points;
    }

    private static (string? Unit, IReadOnlyList<ScalarPoint> Points) Read(IMarketData market, string country, string metric, string field, List<MacroSeriesRead> read, List<string> notes)
    {
        var symbol = $"{country}:{metric}";
        var instrument = market.Matches(symbol).FirstOrDefault(i => i.Symbol == symbol);
        if (instrument is null || SeriesReader.Values(market, instrument) is not { Values.Count: > 0 } series)
        {
            notes.Add($"{symbol} is not in the store: its column is empty.");
            return (null, []);
        }

        var verified = !instrument.Name.Contains("UNVERIFIED", StringComparison.Ordinal);
        read.Add(new MacroSeriesRead(field, symbol, instrument.Name, instrument.Unit, verified, series.Source, series.Values));
        if (!verified)
        {
            notes.Add($"{symbol} comes from a hand-compiled table nobody has verified ({series.Source.Source}); the local-currency nominal growth built on it is unverified too.");
        }

        return (instrument.Unit, series.Values);
    }
}
