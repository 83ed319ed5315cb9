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

    /// <summary>The file name stem of a subject's report as of a date: the subject's <see cref="Slug"/> and the date.</summary>
    public static string Stem(string subject, DateOnly asOf) => $"{Slug(subject)}-{IsoDate.Format(asOf)}";

    /// <summary>The longest slug <see cref="Slug"/> returns, in characters.</summary>
    public const int MaxSlugLength = 80;

    /// <summary>
    /// A subject (a basket's <c>name</c>, which comes from a file the user may not have written) reduced to a safe file
    /// name: ASCII letters and digits, <c>.</c>, <c>_</c> and <c>-</c> are kept, every other run of
    /// characters (path separators, <c>..</c>, spaces, control characters, non-ASCII) becomes one <c>-</c>, leading and
    /// trailing <c>.</c> and <c>-</c> are dropped, and the result is at most <see cref="MaxSlugLength"/> characters;
    /// <c>report</c> when nothing is left. A slug never names a folder above the one it is put in.
    /// </summary>
    public static string Slug(string subject)
    {
        ArgumentNullException.ThrowIfNull(subject);
        var sb = new System.Text.StringBuilder(Math.Min(subject.Length, MaxSlugLength));
        foreach (var c in subject)
        {
            if (sb.Length >= MaxSlugLength)
            {
                break;
            }

            if (char.IsAsciiLetterOrDigit(c) || c is '_' or '.')
            {
                sb.Append(c);
            }
            else if (sb.Length > 0 && sb[^1] != '-')
            {
                sb.Append('-');
            }
        }

        var slug = sb.ToString().Trim('.', '-');
        while (slug.Contains("..", StringComparison.Ordinal))
        {
            slug = slug.Replace("..", ".", StringComparison.Ordinal);
        }

        return slug.Length == 0 ? "report" : slug;
    }

    /// <summary>
    /// The file of a report in a format: always directly inside <paramref name="folder"/>.
    /// </summary>
    public static string PathOf(string folder, Report report, ReportFormat format) => Inside(folder, Stem(report) + Extension(format));

    /// <summary>
    /// <paramref name="name"/> joined to <paramref name="folder"/>, checked to stay inside it.
    /// </summary>
    /// <exception cref="ArgumentException">The joined path would leave the folder (a bug: names are slugs).</exception>
    public static string Inside(string folder, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        var root = Path.GetFullPath(folder);
        var path = Path.GetFullPath(Path.Combine(root, name));
        var prefix = Path.EndsInDirectorySeparator(root) ? root : root + Path.DirectorySeparatorChar;
        if (!path.StartsWith(prefix, StringComparison.Ordinal))
        {
            throw new ArgumentException($"The file name {name} leaves the folder {folder}.", nameof(name));
        }

        return Path.Combine(folder, name);
    }

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
