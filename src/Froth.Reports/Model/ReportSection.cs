namespace Froth.Reports.Model;

/// <summary>One section of a report.</summary>
/// <param name="Id">A short id, lowercase letters and '-', used as the HTML anchor (<c>performance</c>, <c>verdict</c>).</param>
/// <param name="Title">The heading.</param>
/// <param name="Blocks">Paragraphs, tables and charts, in order.</param>
public sealed record ReportSection(string Id, string Title, IReadOnlyList<ReportBlock> Blocks);
