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
public sealed record SeriesSource(string Symbol, string Source, DateOnly First, DateOnly Last, int Rows, bool HasVolume, PriceAdjustment Adjustment);
