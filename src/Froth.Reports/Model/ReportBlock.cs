namespace Froth.Reports.Model;

/// <summary>A block of a section: <see cref="ParagraphBlock"/>, <see cref="TableBlock"/> or <see cref="ChartBlock"/>.</summary>
public abstract record ReportBlock;
