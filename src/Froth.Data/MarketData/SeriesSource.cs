using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>A summary of one source's series for an instrument.</summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Source">Source name.</param>
/// <param name="First">First date.</param>
/// <param name="Last">Last date.</param>
/// <param name="Rows">Number of bars or points.</param>
/// <param name="HasVolume">True when at least one bar has a volume.</param>
/// <param name="Adjustment">Price adjustment of a bar series; <see cref="PriceAdjustment.None"/> for scalars.</param>
public sealed record SeriesSource(string Symbol, string Source, DateOnly First, DateOnly Last, int Rows, bool HasVolume, PriceAdjustment Adjustment)
{
    /// <summary>
    /// First date of a stale tail: a trailing run of at least <see cref="StaleData.RunLength"/>
    /// equal closes (values), which looks forward-filled rather than observed; <see langword="null"/> when the
    /// series' tail moves.
    /// </summary>
    public DateOnly? StaleSince { get; init; }

    /// <summary>
    /// The latest import that wrote rows of the series: the document, its layout and content hash. <see langword="null"/>
    /// for data that never went through the store (in-memory market data, a file read directly).
    /// </summary>
    public SourceOrigin? Origin { get; init; }

    /// <summary>The last date the series carries fresh data: <see cref="StaleSince"/> when its tail is stale, else <see cref="Last"/>.</summary>
    public DateOnly FreshUntil => StaleSince ?? Last;
}
