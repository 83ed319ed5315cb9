namespace Froth.Reports.Charts;

/// <summary>A shaded stretch of dates (a dated episode).</summary>
/// <param name="From">First date.</param>
/// <param name="To">Last date.</param>
public sealed record ChartSpan(DateOnly From, DateOnly To);
