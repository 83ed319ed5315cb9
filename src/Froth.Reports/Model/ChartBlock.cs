namespace Froth.Reports.Model;

/// <summary>A chart.</summary>
/// <param name="Chart">The chart.</param>
public sealed record ChartBlock(ReportChart Chart) : ReportBlock;
