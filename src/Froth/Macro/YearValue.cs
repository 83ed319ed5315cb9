namespace Froth.Macro;

/// <summary>A value of an annual series and the year it describes.</summary>
/// <param name="Year">Calendar year.</param>
/// <param name="Value">The value (a fraction for rates).</param>
public sealed record YearValue(int Year, double Value);
