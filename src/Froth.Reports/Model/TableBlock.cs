namespace Froth.Reports.Model;

/// <summary>A table.</summary>
/// <param name="Table">The table.</param>
public sealed record TableBlock(ReportTable Table) : ReportBlock;
