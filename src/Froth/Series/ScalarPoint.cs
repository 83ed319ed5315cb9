namespace Froth.Series;

/// <summary>One observation of a scalar series (a P/E ratio, a macro figure) on a date.</summary>
/// <remarks>
/// For series of lower than daily frequency the date is the first day of the period the value describes
/// (1 January for an annual figure, the first of the month for a monthly one), whatever date the source
/// printed; the series' <see cref="Frequency"/> says which period that is.
/// </remarks>
/// <param name="Date">The observation date (for periodic series, the first day of the period).</param>
/// <param name="Value">The value, in the series' unit (<see cref="Instrument.Unit"/>).</param>
public readonly record struct ScalarPoint(DateOnly Date, double Value) : IDated;
