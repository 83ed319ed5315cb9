namespace Froth.Data.Sources;

/// <summary>
/// Consecutive rows (in document order) whose value in one column is missing: reported as one
/// <see cref="DataIssue"/> rather than one per cell.
/// </summary>
/// <param name="Column">Column name or JSON path.</param>
/// <param name="Raw">How the first missing cell was written (<c>""</c>, <c>"."</c>, <c>"0.0"</c>, <c>"null"</c>).</param>
/// <param name="FirstLine">Line of the first missing cell in document order, when lines are known.</param>
/// <param name="LastLine">Line of the last missing cell in document order, when lines are known.</param>
/// <param name="FirstDate">Earliest date of the run.</param>
/// <param name="LastDate">Latest date of the run.</param>
/// <param name="Count">Number of missing cells.</param>
internal sealed record MissingRun(string Column, string Raw, int? FirstLine, int? LastLine, DateOnly FirstDate, DateOnly LastDate, int Count);
