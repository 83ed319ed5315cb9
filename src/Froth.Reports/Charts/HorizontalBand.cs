namespace Froth.Reports.Charts;

/// <summary>A shaded band of values across a chart (a percentile range of a valuation history).</summary>
/// <param name="Label">The legend text.</param>
/// <param name="Low">Bottom of the band.</param>
/// <param name="High">Top of the band.</param>
public sealed record HorizontalBand(string Label, double Low, double High);
