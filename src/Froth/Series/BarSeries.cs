namespace Froth.Series;

/// <summary>The daily bars of one instrument from one source, in ascending date order, one bar per date.</summary>
/// <param name="Instrument">The instrument the bars describe.</param>
/// <param name="Source">
/// Name of the source within the instrument (a file's stem such as <c>NDX_stooq_1938-2026-05</c>, or a
/// fetcher such as <c>yahoo</c>). An instrument may have several sources; each is kept as its own series.
/// </param>
/// <param name="Adjustment">How the prices relate to traded prices.</param>
/// <param name="Bars">The bars, ascending by date, unique dates.</param>
public sealed record BarSeries(Instrument Instrument, string Source, PriceAdjustment Adjustment, IReadOnlyList<DailyBar> Bars);
