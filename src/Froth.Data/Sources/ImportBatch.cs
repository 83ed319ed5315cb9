using Froth.Series;

namespace Froth.Data.Sources;

/// <summary>
/// Everything read from one source document: its series and every issue met while reading and checking
/// it. A batch is stored whole or not at all.
/// </summary>
/// <param name="Document">Provenance of the document.</param>
/// <param name="Bars">Bar series read from the document (several for multi-instrument files).</param>
/// <param name="Scalars">Scalar series read from the document.</param>
/// <param name="Issues">Every parse and quality issue, each saying what was done about it.</param>
public sealed record ImportBatch(
    SourceDocument Document,
    IReadOnlyList<BarSeries> Bars,
    IReadOnlyList<ScalarSeries> Scalars,
    IReadOnlyList<DataIssue> Issues)
{
    /// <summary>Number of bars and scalar points in the batch.</summary>
    public int RowCount => Bars.Sum(s => s.Bars.Count) + Scalars.Sum(s => s.Points.Count);
}
