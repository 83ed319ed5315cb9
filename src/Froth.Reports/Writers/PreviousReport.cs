using System.Globalization;
using System.Text.Json;
using Froth.Narrative;

namespace Froth.Reports.Writers;

/// <summary>
/// An earlier JSON report of the same subject, read back to say what changed: its file, its as-of date and its facts
/// by id. The previous report of a subject as of a date is the JSON report in the output folder with the latest
/// as-of date before it (<see cref="FindLatest"/>).
/// </summary>
/// <param name="Path">The JSON file.</param>
/// <param name="Subject">Its subject.</param>
/// <param name="AsOf">Its as-of date.</param>
/// <param name="Facts">Its facts by id.</param>
public sealed record PreviousReport(string Path, string Subject, DateOnly AsOf, IReadOnlyDictionary<string, PreviousFact> Facts)
{
    /// <summary>
    /// The report of <paramref name="subject"/> in <paramref name="folder"/> with the latest as-of date before
    /// <paramref name="before"/>, or <see langword="null"/> when there is none. Files that are not readable Froth reports
    /// of that subject are passed over and named in <paramref name="skipped"/>.
    /// </summary>
    public static PreviousReport? FindLatest(string folder, string subject, DateOnly before, List<string>? skipped = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(subject);
        if (!Directory.Exists(folder))
        {
            return null;
        }

        var prefix = ReportFiles.Slug(subject) + "-";
        var candidates = Directory.GetFiles(folder, prefix + "*.json")
            .Select(f => (File: f, Date: DateOnly.TryParseExact(System.IO.Path.GetFileNameWithoutExtension(f)[prefix.Length..], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : (DateOnly?)null))
            .Where(c => c.Date is { } d && d < before)
            .OrderByDescending(c => c.Date);
        foreach (var (file, _) in candidates)
        {
            if (TryRead(file, out var report, out var reason) && report.Subject == subject)
            {
                return report;
            }

            skipped?.Add($"{file}: {reason ?? $"its subject is not {subject}"}");
        }

        return null;
    }

    /// <summary>Reads a JSON report; false with the reason when the file is not one this version of Froth wrote.</summary>
    public static bool TryRead(string path, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PreviousReport? report, out string? reason)
    {
        report = null;
        try
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var root = doc.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("format", out var format) || format.GetString() != JsonReportWriter.FormatName
                || !root.TryGetProperty("version", out var version) || version.GetInt32() != JsonReportWriter.FormatVersion)
            {
                reason = $"not a {JsonReportWriter.FormatName} version {JsonReportWriter.FormatVersion} file";
                return false;
            }

            var facts = new Dictionary<string, PreviousFact>(StringComparer.Ordinal);
            foreach (var f in root.GetProperty("facts").EnumerateArray())
            {
                var kindName = f.GetProperty("kind").GetString()!;
                var kind = Enum.Parse<FactKind>(kindName, ignoreCase: true);
                var value = f.GetProperty("value");
                double? number = value.ValueKind == JsonValueKind.Number ? value.GetDouble() : null;
                DateOnly? date = kind == FactKind.Date ? DateOnly.ParseExact(value.GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture) : null;
                var id = f.GetProperty("id").GetString()!;
                facts[id] = new PreviousFact(id, kind, number, date, f.GetProperty("label").GetString()!, DateOnly.ParseExact(f.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
            }

            report = new PreviousReport(
                path,
                root.GetProperty("subject").GetString()!,
                DateOnly.ParseExact(root.GetProperty("asOf").GetString()!, "yyyy-MM-dd", CultureInfo.InvariantCulture),
                facts);
            reason = null;
            return true;
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException or KeyNotFoundException or InvalidOperationException or FormatException or ArgumentException)
        {
            reason = $"unreadable ({e.Message})";
            return false;
        }
    }
}
