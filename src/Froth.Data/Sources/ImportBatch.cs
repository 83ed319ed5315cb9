using Froth.Series;

namespace Froth.Data.Sources;

/// <summary>
/// Everything read from one source document: its series and every issue met while reading and checking
/// it. A batch is stored whole or not at all.
/// </summary>
/// <remarks>
/// A layout's <see cref="ISourceLayout.Read"/> returns series in ascending date order but may leave two rows
/// with the same date (a duplicate the source wrote); <see cref="Quality.QualityRules.Apply"/> keeps one of
/// them by a documented rule, so a batch that comes out of <see cref="SourceReader"/> has unique dates.
/// </remarks>
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

    /// <summary>
    /// The 1-based source line of every bar, aligned with <see cref="Bars"/>: <c>BarLines[i][j]</c> is the line
    /// of <c>Bars[i].Bars[j]</c>. <see langword="null"/> when the document has no lines (a JSON response) or the
    /// layout did not record them; issues then carry no line.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>>? BarLines { get; init; }

    /// <summary>
    /// The 1-based source line of every scalar point, aligned with <see cref="Scalars"/> as
    /// <see cref="BarLines"/> is with <see cref="Bars"/>; <see langword="null"/> when unknown.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<int>>? ScalarLines { get; init; }

    /// <summary>
    /// Set when the document is one day's cross-section of many instruments (see <see cref="Sources.CrossSection"/>);
    /// <see langword="null"/> for every other document.
    /// </summary>
    public CrossSection? CrossSection { get; init; }
}
