using Froth.Analysis.Baskets;
using Froth.Analysis.Series;
using Froth.Analysis.Valuation;
using Froth.Data.MarketData;
using Froth.Rally;
using Froth.Series;
using Froth.Speculation;
using Froth.Statistics;

namespace Froth.Analysis.Speculation;

/// <summary>The speculation gauges: of one instrument (<c>froth speculation</c>), and the basket reading the verdict takes.</summary>
public static class SpeculationQueries
{
    /// <summary>Turnover, volume and margin gauges of <paramref name="name"/> as of <paramref name="asOf"/> (default: its last bar).</summary>
    /// <exception cref="FrothException">No prices, no bar by the date, or a bad margin market.</exception>
    public static SpeculationAnalysis Gauges(IMarketData market, string name, DateOnly? asOf, int window, string? marginMarket)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(name);
        var target = ValuationQueries.Find(market, name);
        var priced = ValuationQueries.RequirePrices(target);
        var source = SeriesReader.Choose(market, priced, null) ?? throw new FrothException($"{priced.Symbol} has no data in the store.");
        var date = asOf ?? source.Last;
        var bars = market.Bars(priced.Symbol, null, date, source.Source);
        if (bars.Count == 0)
        {
            throw new FrothException($"{priced.Symbol} (source {source.Source}) has no bar on or before {IsoDate.Format(date)}; it starts on {IsoDate.Format(source.First)}.");
        }

        var notes = new List<string>();
        var last = TurnoverGauge.Compute(bars, new TurnoverOptions { Window = window })[^1];
        var unit = priced.Kind == InstrumentKind.Index
            ? "index points × the source's volume unit (a proxy: only its ratio means anything)"
            : $"{priced.Currency} (close × shares traded ≈ value traded)";
        if (last.Turnover is null)
        {
            notes.Add($"{priced.Symbol} (source {source.Source}) has no volume on {IsoDate.Format(last.Date)}: no turnover.");
        }

        var volume = VolumeFacts.At(bars, bars.Count - 1);
        var margin = Margin(market, priced, marginMarket, date, notes);
        return new SpeculationAnalysis(priced.Symbol, priced.Name, date, source, last.Turnover is null ? null : last, window, unit, volume, margin, notes);
    }

    private static MarginReading? Margin(IMarketData market, Instrument priced, string? asked, DateOnly asOf, List<string> notes)
    {
        var candidates = asked is not null
            ? [$"{asked.Trim().ToUpperInvariant() switch { "SSE" => "SH", "SZSE" => "SZ", "BSE" => "BJ", var c => c }}:MARGIN_BALANCE"]
            : new[] { $"{priced.Market}:MARGIN_BALANCE", "CN:MARGIN_BALANCE" };
        var held = market.Instruments().ToDictionary(i => i.Symbol, StringComparer.Ordinal);
        var symbol = candidates.FirstOrDefault(held.ContainsKey);
        if (symbol is null)
        {
            notes.Add(
                $"No margin-financing balance in the store ({string.Join(" or ", candidates.Distinct())}). "
                + "Import one (the snapshot's margin/ folder, or a date,balance CSV named like margin_SSE.csv or margin_CN.csv).");
            return null;
        }

        var series = SeriesReader.Values(market, held[symbol], null, asOf);
        if (series is null || series.Values.Count == 0)
        {
            notes.Add($"{symbol} has no value on or before {IsoDate.Format(asOf)}.");
            return null;
        }

        var g = MarginBalanceGauge.Compute(series.Values, asOf);
        if (g.History.IsShort)
        {
            notes.Add($"{symbol} has {g.History.CoveredYears.ToString("F1", System.Globalization.CultureInfo.InvariantCulture)} years of history; its percentile is over those.");
        }

        return new MarginReading(symbol, series.Source, g);
    }

    /// <summary>
    /// The margin-financing balance of <paramref name="marketCode"/> (<c>CN</c>, <c>SH</c>, <c>SZ</c>, <c>BJ</c>) as of
    /// <paramref name="asOf"/>, with its history up to then; <see langword="null"/> when the store has none by then.
    /// </summary>
    public static MarginSeries? MarginFor(IMarketData market, string marketCode, DateOnly asOf)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(marketCode);
        var symbol = $"{marketCode}:MARGIN_BALANCE";
        var instrument = market.Matches(symbol).FirstOrDefault(i => i.Symbol == symbol);
        if (instrument is null || SeriesReader.Values(market, instrument, null, asOf) is not { Values.Count: > 0 } series)
        {
            return null;
        }

        return new MarginSeries(new MarginReading(symbol, series.Source, MarginBalanceGauge.Compute(series.Values, asOf)), series.Values);
    }

    /// <summary>The median over the basket's stocks of their turnover surge (<see cref="TurnoverSurge"/>) on the as-of date.</summary>
    public static TurnoverReading Turnover(BasketInputs inputs, AsOfDecision asOf)
    {
        ArgumentNullException.ThrowIfNull(inputs);
        ArgumentNullException.ThrowIfNull(asOf);
        var ratios = new List<double>();
        var sources = new List<SeriesSource>();
        foreach (var c in inputs.Constituents)
        {
            var bars = Sessions.Until(c.Values, asOf.Date);
            if (bars.Count > 0 && bars[^1].Date == asOf.Date && TurnoverSurge.Compute(bars) is { } surge)
            {
                ratios.Add(surge.Ratio);
                sources.Add(c.Source);
            }
        }

        return new TurnoverReading(Quantiles.Median(ratios), ratios.Count, sources);
    }
}
