namespace Froth.Data.Sources;

/// <summary>
/// Something worth knowing about a row or a series: a parse problem that was tolerated, or a data quality
/// rule that fired. Nothing is dropped or changed without an issue that says so.
/// </summary>
/// <param name="Rule">Stable identifier of the rule (<c>duplicate-date</c>, <c>non-positive-price</c>, <c>stale-run</c>…).</param>
/// <param name="Severity">How much it matters.</param>
/// <param name="Location">File path or URL.</param>
/// <param name="Line">1-based line in the file, when the issue is about a line.</param>
/// <param name="Column">Column name, when the issue is about a field.</param>
/// <param name="Value">The offending value as written in the source.</param>
/// <param name="Message">What was found and what was expected, in a sentence.</param>
/// <param name="Action">What Froth did about it.</param>
public sealed record DataIssue(
    string Rule,
    IssueSeverity Severity,
    string Location,
    int? Line,
    string? Column,
    string? Value,
    string Message,
    IssueAction Action)
{
    /// <summary>Canonical symbol of the series concerned, when there is one.</summary>
    public string? Symbol { get; init; }

    /// <summary>Date of the row concerned, when there is one.</summary>
    public DateOnly? Date { get; init; }
}
