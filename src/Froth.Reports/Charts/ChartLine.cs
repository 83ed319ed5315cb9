namespace Froth.Reports.Charts;

/// <summary>A dated line to draw.</summary>
/// <param name="Label">The legend text.</param>
/// <param name="Dates">The x values, ascending.</param>
/// <param name="Values">The y values, one per date; non-finite values are not drawn.</param>
public sealed record ChartLine(string Label, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Values);
