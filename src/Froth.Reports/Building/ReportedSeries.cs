using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Reports.Building;

/// <summary>A stored series a report read, for its provenance table.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Source">The source read (its first and last dates and rows are those of the whole stored series).</param>
/// <param name="LastRead">The date of the last value the report read: on or before the as-of date (for annual series, of
/// the last completed year); <see langword="null"/> when it read none.</param>
/// <param name="RowsRead">The values it read, up to <paramref name="LastRead"/>.</param>
internal sealed record ReportedSeries(Instrument Instrument, SeriesSource Source, DateOnly? LastRead, int RowsRead)
{
    /// <summary>A price series read up to the as-of date.</summary>
    public static ReportedSeries Of(SeriesInput input, DateOnly asOf)
    {
        var bars = input.Until(asOf);
        return new ReportedSeries(input.Instrument, input.Source, bars.Count > 0 ? bars[^1].Date : null, bars.Count);
    }

    /// <summary>A scalar series of which <paramref name="read"/> (ascending) are the values the report read.</summary>
    public static ReportedSeries Of(Instrument instrument, SeriesSource source, IReadOnlyList<ScalarPoint> read) =>
        new(instrument, source, read.Count > 0 ? read[^1].Date : null, read.Count);
}
