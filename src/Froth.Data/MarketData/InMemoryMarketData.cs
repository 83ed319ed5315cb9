using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>
/// <see cref="IMarketData"/> over series held in memory: for data read straight from files
/// (<c>--file</c>), for tests, and for library users who never touch a store.
/// </summary>
public sealed class InMemoryMarketData : IMarketData
{
    private readonly Dictionary<string, Instrument> _instruments = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Symbol, string Source), BarSeries> _bars = [];
    private readonly Dictionary<(string Symbol, string Source), ScalarSeries> _scalars = [];

    /// <summary>Holds the given series; a later series with the same symbol and source replaces an earlier one.</summary>
    public InMemoryMarketData(IEnumerable<BarSeries> bars, IEnumerable<ScalarSeries>? scalars = null)
    {
        foreach (var s in bars)
        {
            _instruments[s.Instrument.Symbol] = s.Instrument;
            _bars[(s.Instrument.Symbol, s.Source)] = s;
        }

        foreach (var s in scalars ?? [])
        {
            _instruments[s.Instrument.Symbol] = s.Instrument;
            _scalars[(s.Instrument.Symbol, s.Source)] = s;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Instrument> Instruments() =>
        [.. _instruments.Values.OrderBy(i => i.Symbol, StringComparer.Ordinal)];

    /// <inheritdoc />
    public IReadOnlyList<Instrument> Matches(string symbolOrAlias) => SymbolMatching.Match(_instruments, symbolOrAlias);

    /// <inheritdoc />
    public IReadOnlyList<string> Suggest(string symbolOrAlias) => SymbolMatching.Suggest(_instruments, symbolOrAlias);

    /// <inheritdoc />
    public IReadOnlyList<SeriesSource> Sources(string symbol)
    {
        var barSources = _bars.Values
            .Where(s => s.Instrument.Symbol == symbol && s.Bars.Count > 0)
            .Select(s => new SeriesSource(symbol, s.Source, s.Bars[0].Date, s.Bars[^1].Date, s.Bars.Count, s.Bars.Any(b => b.Volume is not null), s.Adjustment)
            {
                StaleSince = StaleData.StaleSince([.. s.Bars.Select(b => b.Date)], [.. s.Bars.Select(b => b.Close)]),
            });
        var scalarSources = _scalars.Values
            .Where(s => s.Instrument.Symbol == symbol && s.Points.Count > 0)
            .Select(s => new SeriesSource(symbol, s.Source, s.Points[0].Date, s.Points[^1].Date, s.Points.Count, false, PriceAdjustment.None)
            {
                StaleSince = StaleData.StaleSince([.. s.Points.Select(p => p.Date)], [.. s.Points.Select(p => p.Value)]),
            });
        return SourcePreference.Order(barSources.Concat(scalarSources));
    }

    /// <inheritdoc />
    /// <remarks>A currency pair with several sources and no source named is spliced (<see cref="FxSplice"/>).</remarks>
    public IReadOnlyList<DailyBar> Bars(string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null)
    {
        if (source is null && _instruments.TryGetValue(symbol, out var instrument) && instrument.Kind == InstrumentKind.Fx)
        {
            var barSources = Sources(symbol).Where(s => _bars.ContainsKey((symbol, s.Source))).ToList();
            if (barSources.Count > 1)
            {
                return FxSplice.Bars(barSources, name => Bars(symbol, from, to, name));
            }
        }

        var name = source ?? Sources(symbol).FirstOrDefault()?.Source;
        if (name is null || !_bars.TryGetValue((symbol, name), out var series))
        {
            return [];
        }

        return [.. series.Bars.Where(b => (from is null || b.Date >= from) && (to is null || b.Date <= to))];
    }

    /// <inheritdoc />
    public IReadOnlyList<ScalarPoint> Scalars(string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null)
    {
        var name = source ?? Sources(symbol).FirstOrDefault()?.Source;
        if (name is null || !_scalars.TryGetValue((symbol, name), out var series))
        {
            return [];
        }

        return [.. series.Points.Where(p => (from is null || p.Date >= from) && (to is null || p.Date <= to))];
    }
}
