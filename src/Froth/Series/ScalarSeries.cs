namespace Froth.Series;

/// <summary>The observations of one scalar series (valuation or macro) from one source, ascending, one per date.</summary>
/// <param name="Instrument">The series' instrument (kind <see cref="InstrumentKind.Valuation"/> or <see cref="InstrumentKind.Macro"/>).</param>
/// <param name="Source">Name of the source within the instrument, as for <see cref="BarSeries.Source"/>.</param>
/// <param name="Points">The observations, ascending by date, unique dates.</param>
public sealed record ScalarSeries(Instrument Instrument, string Source, IReadOnlyList<ScalarPoint> Points);
