using Froth.Narrative;

namespace Froth.Reports.Model;

/// <summary>A chart: an SVG drawing with its title and caption.</summary>
/// <param name="Id">A short id, lowercase letters, digits and '-', also the file name stem beside a Markdown report.</param>
/// <param name="Title">The chart's title.</param>
/// <param name="Svg">The drawing: one standalone <c>&lt;svg&gt;</c> element (no XML declaration), making no external reference.</param>
/// <param name="Caption">Sentences under the chart saying what it shows.</param>
public sealed record ReportChart(string Id, string Title, string Svg, IReadOnlyList<Sentence> Caption);
