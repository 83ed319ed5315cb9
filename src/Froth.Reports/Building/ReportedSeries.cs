using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Reports.Building;

/// <summary>A stored series a report read, for its provenance table.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Source">The source read.</param>
internal sealed record ReportedSeries(Instrument Instrument, SeriesSource Source);
