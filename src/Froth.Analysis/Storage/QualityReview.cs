using Froth.Data.Quality;
using Froth.Data.Sources;

namespace Froth.Analysis.Storage;

/// <summary>The store's data issues by rule, and where the sources of one instrument disagree.</summary>
/// <param name="Issues">Issues in all.</param>
/// <param name="Rules">Per rule: counts over all, and the first issues listed.</param>
/// <param name="Sources">Each pair of sources of one instrument compared.</param>
public sealed record QualityReview(int Issues, IReadOnlyList<RuleIssues> Rules, IReadOnlyList<SourceAgreement> Sources);

/// <summary>The issues of one rule: counts over all, and the first ones listed.</summary>
public sealed record RuleIssues(string Rule, IssueSeverity Severity, IReadOnlyList<IssueAction> Actions, int Count, int Files, IReadOnlyList<IssueItem> Listed);

/// <summary>One data issue: where (file, line, column), what value, what was done.</summary>
public sealed record IssueItem(string File, int? Line, string? Column, string? Value, string Message, IssueAction Action, IssueSeverity Severity, string? Symbol, DateOnly? Date)
{
    /// <summary>The item of a stored issue.</summary>
    public static IssueItem From(DataIssue issue)
    {
        ArgumentNullException.ThrowIfNull(issue);
        return new(issue.Location, issue.Line, issue.Column, issue.Value, issue.Message, issue.Action, issue.Severity, issue.Symbol, issue.Date);
    }
}
