using Froth.Data.MarketData;
using Froth.Rally;
using Froth.Speculation;

namespace Froth.Analysis.Speculation;

/// <summary>The speculation gauges of one instrument as of a date: what <c>froth speculation</c> prints.</summary>
/// <param name="Symbol">The instrument.</param>
/// <param name="Name">Its name.</param>
/// <param name="AsOf">The date the gauges are taken on.</param>
/// <param name="Prices">The price source read.</param>
/// <param name="Turnover">Turnover (close × volume) on the last session against its trailing average, or <see langword="null"/> without volume.</param>
/// <param name="TurnoverWindow">Sessions in the trailing average.</param>
/// <param name="TurnoverUnit">What the turnover is measured in.</param>
/// <param name="Volume">The last session's volume against its 20- and 50-session averages, or <see langword="null"/>.</param>
/// <param name="Margin">The margin-financing balance, or <see langword="null"/> when the store holds none.</param>
/// <param name="Notes">What is missing and how to read the figures.</param>
public sealed record SpeculationAnalysis(
    string Symbol,
    string Name,
    DateOnly AsOf,
    SeriesSource Prices,
    TurnoverPoint? Turnover,
    int TurnoverWindow,
    string TurnoverUnit,
    VolumeSnapshot? Volume,
    MarginReading? Margin,
    IReadOnlyList<string> Notes);

/// <summary>A margin-financing balance series on a date.</summary>
/// <param name="Series">The stored series (<c>CN:MARGIN_BALANCE</c>).</param>
/// <param name="Source">The source read.</param>
/// <param name="Gauge">The balance, its change and its percentile in its history (the library's result).</param>
public sealed record MarginReading(string Series, SeriesSource Source, MarginBalanceSnapshot Gauge);
