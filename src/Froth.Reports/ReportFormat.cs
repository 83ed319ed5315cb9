namespace Froth.Reports;

/// <summary>The formats a report can be written in.</summary>
public enum ReportFormat
{
    /// <summary>One self-contained HTML file with charts inlined.</summary>
    Html,

    /// <summary>Markdown, with charts as files beside it.</summary>
    Markdown,

    /// <summary>The report model as JSON: every sentence with the facts it uses.</summary>
    Json,
}
