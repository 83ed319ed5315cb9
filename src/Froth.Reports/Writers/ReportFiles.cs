using Froth.Reports.Model;
using Froth.Series;

namespace Froth.Reports.Writers;

/// <summary>
/// Where a report's files go in an output folder: <c>SUBJECT-YYYY-MM-DD.html</c>, <c>.md</c> and <c>.json</c>, and the
/// Markdown report's charts in <c>SUBJECT-YYYY-MM-DD-charts/CHART.svg</c> beside it.
/// </summary>
public static class ReportFiles
{
    /// <summary>The file name stem of a report: its subject and as-of date.</summary>
    public static string Stem(Report report)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Stem(report.Subject, report.AsOf);
    }

    /// <summary>The file name stem of a subject's report as of a date.</summary>
    public static string Stem(string subject, DateOnly asOf) => $"{subject}-{IsoDate.Format(asOf)}";

    /// <summary>The file of a report in a format.</summary>
    public static string PathOf(string folder, Report report, ReportFormat format) => Path.Combine(folder, Stem(report) + Extension(format));

    /// <summary>The folder of the Markdown report's charts, relative to the report.</summary>
    public static string ChartFolder(Report report) => Stem(report) + "-charts";

    /// <summary>The file extension of a format, with its dot.</summary>
    public static string Extension(ReportFormat format) => format switch
    {
        ReportFormat.Html => ".html",
        ReportFormat.Markdown => ".md",
        ReportFormat.Json => ".json",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Unknown report format."),
    };
}
