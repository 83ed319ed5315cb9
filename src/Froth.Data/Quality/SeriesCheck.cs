using System.Globalization;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>Where the rules report what they find about one series: its document, its symbol, the batch's issue list.</summary>
internal sealed class SeriesCheck(string location, string symbol, List<DataIssue> issues)
{
    /// <summary>Adds an issue about the series.</summary>
    public void Report(string rule, IssueSeverity severity, IssueAction action, int? line, string? column, string? value, DateOnly? date, string message) =>
        issues.Add(new DataIssue(rule, severity, location, line, column, value, message, action) { Symbol = symbol, Date = date });

    /// <summary>A number as the issue's value: invariant culture, shortest text that round-trips.</summary>
    public static string Number(double value) => value.ToString(CultureInfo.InvariantCulture);


    /// <summary>"line 12" or "an unknown line", for messages.</summary>
    public static string LineText(int? line) => line is { } l ? $"line {l.ToString(CultureInfo.InvariantCulture)}" : "an unknown line";

    /// <summary>"lines 12–20" (or the dates when lines are unknown), for messages about runs.</summary>
    public static string Span(int? firstLine, int? lastLine, DateOnly first, DateOnly last) =>
        firstLine is { } a && lastLine is { } b
            ? $"{IsoDate.Format(first)} to {IsoDate.Format(last)}, lines {a.ToString(CultureInfo.InvariantCulture)}–{b.ToString(CultureInfo.InvariantCulture)}"
            : $"{IsoDate.Format(first)} to {IsoDate.Format(last)}";
}
