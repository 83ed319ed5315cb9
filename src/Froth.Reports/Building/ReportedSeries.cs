using Froth.Analysis.Macro;
using Froth.Analysis.Series;
using Froth.Analysis.Valuation;
using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Reports.Building;

/// <summary>A stored series a report read, for its provenance table.</summary>
/// <param name="Symbol">The series' canonical symbol.</param>
/// <param name="Name">Its name as stored.</param>
/// <param name="Annual">True for an annual macro series (dated by its year).</param>
/// <param name="Source">The source read (its first and last dates and rows are those of the whole stored series).</param>
/// <param name="LastRead">The date of the last value the report read: on or before the as-of date (for annual series, of
/// the last completed year); <see langword="null"/> when it read none.</param>
/// <param name="RowsRead">The values it read, up to <paramref name="LastRead"/>.</param>
internal sealed record ReportedSeries(string Symbol, string Name, bool Annual, SeriesSource Source, DateOnly? LastRead, int RowsRead)
{
    /// <summary>A price series read up to the as-of date.</summary>
    public static ReportedSeries Of(SeriesRead<DailyBar> input, DateOnly asOf)
    {
        var bars = Sessions.Until(input.Values, asOf);
        return new ReportedSeries(input.Instrument.Symbol, input.Instrument.Name, false, input.Source, bars.Count > 0 ? bars[^1].Date : null, bars.Count);
    }

    /// <summary>A valuation series read up to the as-of date.</summary>
    public static ReportedSeries Of(ValuationAnalysis valuation) =>
        new(valuation.Series, valuation.Description, false, valuation.Source, valuation.Snapshot.ValueDate, valuation.ObservationsRead);

    /// <summary>A macro series, of which the completed years were read.</summary>
    public static ReportedSeries Of(MacroSeriesRead macro) =>
        new(macro.Symbol, macro.Name, true, macro.Source, macro.Values.Count > 0 ? macro.Values[^1].Date : null, macro.Values.Count);
}
