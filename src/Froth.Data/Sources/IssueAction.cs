namespace Froth.Data.Sources;

/// <summary>What Froth did about a <see cref="DataIssue"/>.</summary>
public enum IssueAction
{
    /// <summary>Nothing changed; the issue is reported so that a reader knows.</summary>
    Reported,

    /// <summary>The row was left out of the stored series.</summary>
    Skipped,

    /// <summary>The value was corrected by a documented rule (a rescaled volume, a merged duplicate).</summary>
    Corrected,
}
