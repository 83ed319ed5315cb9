using System.Text;
using Froth.Reports.Model;

namespace Froth.Reports.Writers;

/// <summary>Writes a report's files into an output folder (<see cref="ReportFiles"/> names them).</summary>
public static class ReportWriter
{
    /// <summary>
    /// Writes the report in each format asked for and returns the files written, the charts of a Markdown report
    /// included. Files are written to a temporary name and renamed, so a reader never sees half a report.
    /// </summary>
    /// <exception cref="FrothException">The folder cannot be created or written.</exception>
    public static IReadOnlyList<string> Write(Report report, string folder, IReadOnlyCollection<ReportFormat> formats)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentNullException.ThrowIfNull(formats);
        var written = new List<string>();
        try
        {
            Directory.CreateDirectory(folder);
            foreach (var format in formats.Distinct())
            {
                var path = ReportFiles.PathOf(folder, report, format);
                switch (format)
                {
                    case ReportFormat.Html:
                        WriteText(path, HtmlReportWriter.Write(report));
                        break;
                    case ReportFormat.Markdown:
                        var charts = ReportFiles.Inside(folder, ReportFiles.ChartFolder(report));
                        Directory.CreateDirectory(charts);
                        foreach (var chart in report.Charts())
                        {
                            var file = ReportFiles.Inside(charts, ReportFiles.Slug(chart.Id) + ".svg");
                            WriteText(file, "<?xml version=\"1.0\" encoding=\"utf-8\"?>\n" + Froth.Safety.ControlCharacters.Neutralise(chart.Svg, keepLineBreaks: true) + "\n");
                            written.Add(file);
                        }

                        WriteText(path, MarkdownReportWriter.Write(report));
                        break;
                    case ReportFormat.Json:
                        WriteText(path, JsonReportWriter.Write(report, ReportFiles.ChartFolder(report)));
                        break;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(formats), format, "Unknown report format.");
                }

                written.Add(path);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FrothException($"Cannot write the report into {folder}: {e.Message}", e);
        }

        return written;
    }

    private static void WriteText(string path, string text)
    {
        var temp = path + ".tmp";
        File.WriteAllText(temp, text, new UTF8Encoding(false));
        File.Move(temp, path, overwrite: true);
    }
}
