using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Analysis.Series;

/// <summary>
/// Reads stored series with their provenance, choosing the source in one place: the one asked for by name (checked,
/// ignoring case), else the store's preferred one (<see cref="SourcePreference"/>).
/// </summary>
public static class SeriesReader
{
    /// <summary>The source to read: <paramref name="asked"/> when given, else the preferred one; <see langword="null"/> when the instrument has no data.</summary>
    /// <exception cref="FrothException">No source has the name asked for; the message lists the sources there are.</exception>
    public static SeriesSource? Choose(IMarketData market, Instrument instrument, string? asked)
    {
        ArgumentNullException.ThrowIfNull(market);
        ArgumentNullException.ThrowIfNull(instrument);
        var sources = market.Sources(instrument.Symbol);
        if (asked is null)
        {
            return sources.Count > 0 ? sources[0] : null;
        }

        return sources.FirstOrDefault(s => string.Equals(s.Source, asked.Trim(), StringComparison.OrdinalIgnoreCase))
            ?? throw new FrothException(sources.Count == 0
                ? $"{instrument.Symbol} has no data in the store, so no source '{asked}'."
                : $"{instrument.Symbol} has no source '{asked}'; its sources are {string.Join(", ", sources.Select(s => $"{s.Source} ({IsoDate.Format(s.First)} to {IsoDate.Format(s.Last)})"))}.");
    }

    /// <summary>The daily bars of <paramref name="instrument"/> up to <paramref name="until"/> (all when null); <see langword="null"/> when it has none.</summary>
    /// <exception cref="FrothException">The source asked for does not exist.</exception>
    public static SeriesRead<DailyBar>? Prices(IMarketData market, Instrument instrument, string? source = null, DateOnly? until = null)
    {
        var chosen = Choose(market, instrument, source);
        if (chosen is null || !instrument.HasBars)
        {
            return null;
        }

        if (source is null && instrument.Kind == InstrumentKind.Fx && market.Sources(instrument.Symbol) is { Count: > 1 } sources)
        {
            // A currency pair's sources are spliced (FxSplice): the preferred source, extended back with the others.
            var spliced = market.Bars(instrument.Symbol, null, until);
            if (spliced.Count > 0)
            {
                var names = string.Join(" + ", sources.Select(s => s.Source));
                var described = chosen with { Source = names, First = spliced[0].Date, Rows = spliced.Count, Origin = null };
                return new SeriesRead<DailyBar>(instrument, described, spliced);
            }
        }

        return new SeriesRead<DailyBar>(instrument, chosen, market.Bars(instrument.Symbol, null, until, chosen.Source));
    }

    /// <summary>The scalar points of <paramref name="instrument"/> up to <paramref name="until"/>; <see langword="null"/> when it has none.</summary>
    /// <exception cref="FrothException">The source asked for does not exist.</exception>
    public static SeriesRead<ScalarPoint>? Values(IMarketData market, Instrument instrument, string? source = null, DateOnly? until = null)
    {
        var chosen = Choose(market, instrument, source);
        if (chosen is null || instrument.HasBars)
        {
            return null;
        }

        return new SeriesRead<ScalarPoint>(instrument, chosen, market.Scalars(instrument.Symbol, null, until, chosen.Source));
    }

    /// <summary>The closes of bars as dated points (for the dated PSY and LPPLS entry points).</summary>
    public static IReadOnlyList<ScalarPoint> Closes(IReadOnlyList<DailyBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var points = new ScalarPoint[bars.Count];
        for (var i = 0; i < points.Length; i++)
        {
            points[i] = new ScalarPoint(bars[i].Date, bars[i].Close);
        }

        return points;
    }
}
