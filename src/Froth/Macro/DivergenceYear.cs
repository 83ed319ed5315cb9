namespace Froth.Macro;

/// <summary>One calendar year of an index against nominal GDP growth. Rates are fractions.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="CloseDate">Date of the index's last close of the year, or <see langword="null"/> when it has none.</param>
/// <param name="Close">That close.</param>
/// <param name="IndexReturn">
/// Close / previous year's last close − 1 (price return, no dividends); <see langword="null"/> unless both years'
/// last closes lie within <see cref="DivergenceOptions.YearEndToleranceDays"/> of 31 December.
/// </param>
/// <param name="NominalGrowth">The year's nominal GDP growth by the chosen measure.</param>
/// <param name="Excess"><paramref name="IndexReturn"/> − <paramref name="NominalGrowth"/> when both exist.</param>
public sealed record DivergenceYear(int Year, DateOnly? CloseDate, double? Close, double? IndexReturn, double? NominalGrowth, double? Excess);
