using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Froth.Narrative;
using Froth.Reports.Model;
using Froth.Series;

namespace Froth.Reports.Writers;

/// <summary>
/// Writes a report as JSON: every sentence with the facts it uses (id, value, source series, as-of, and where it is
/// written in the text), every table cell with its fact id, and the list of all facts. The format is versioned
/// (<see cref="FormatVersion"/>) because the next report reads it back to say what changed.
/// </summary>
public static class JsonReportWriter
{
    /// <summary>The value of the top-level <c>format</c> field.</summary>
    public const string FormatName = "froth-report";

    /// <summary>The value of the top-level <c>version</c> field.</summary>
    public const int FormatVersion = 1;

    private static readonly JsonSerializerOptions Options = new()
    {
        WriteIndented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The JSON text of a report.</summary>
    /// <param name="report">The report.</param>
    /// <param name="chartFolder">Folder of the chart files relative to the report, to name each chart's file; <see langword="null"/> for none.</param>
    public static string Write(Report report, string? chartFolder = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new JsonObject
        {
            ["format"] = FormatName,
            ["version"] = FormatVersion,
            ["subject"] = report.Subject,
            ["title"] = report.Title,
            ["asOf"] = IsoDate.Format(report.AsOf),
            ["asOfNote"] = Sentences(report.AsOfNote),
            ["headline"] = Sentences(report.Headline),
            ["sections"] = new JsonArray([.. report.Sections.Select(s => (JsonNode)new JsonObject
            {
                ["id"] = s.Id,
                ["title"] = s.Title,
                ["blocks"] = new JsonArray([.. s.Blocks.Select(b => Block(b, chartFolder))]),
            })]),
            ["facts"] = new JsonArray([.. report.Facts.Select(f => (JsonNode)FactNode(f))]),
        };
        return root.ToJsonString(Options) + "\n";
    }

    /// <summary>The value of a fact as JSON: a number, an ISO date, or a text.</summary>
    public static JsonNode? Value(Fact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        return fact.Kind switch
        {
            FactKind.Date => JsonValue.Create(IsoDate.Format(fact.Date!.Value)),
            FactKind.Name => JsonValue.Create(fact.Text),
            _ => JsonValue.Create(fact.Value),
        };
    }

    private static JsonNode Block(ReportBlock block, string? chartFolder) => block switch
    {
        ParagraphBlock p => new JsonObject { ["type"] = "paragraph", ["style"] = p.Style.ToString().ToLowerInvariant(), ["sentences"] = Sentences(p.Sentences) },
        TableBlock t => new JsonObject
        {
            ["type"] = "table",
            ["columns"] = new JsonArray([.. t.Table.Columns.Select(c => (JsonNode)new JsonObject { ["header"] = c.Header, ["numeric"] = c.Numeric })]),
            ["rows"] = new JsonArray([.. t.Table.Rows.Select(r => (JsonNode)new JsonArray([.. r.Select(c => (JsonNode)new JsonObject
            {
                ["text"] = c.Text,
                ["factId"] = c.Fact?.Id,
            })]))]),
            ["notes"] = Sentences(t.Table.Notes),
        },
        ChartBlock c => new JsonObject
        {
            ["type"] = "chart",
            ["id"] = c.Chart.Id,
            ["title"] = c.Chart.Title,
            ["file"] = chartFolder is null ? null : $"{chartFolder}/{c.Chart.Id}.svg",
            ["caption"] = Sentences(c.Chart.Caption),
        },
        _ => throw new InvalidOperationException($"Unknown block {block.GetType().Name}."),
    };

    private static JsonArray Sentences(IReadOnlyList<Sentence> sentences) => new([.. sentences.Select(s => (JsonNode)new JsonObject
    {
        ["text"] = s.Text,
        ["facts"] = new JsonArray([.. s.Spans.Select(span =>
        {
            var fact = s.Facts.First(f => f.Id == span.FactId);
            return (JsonNode)new JsonObject
            {
                ["id"] = fact.Id,
                ["value"] = Value(fact),
                ["written"] = s.Text.Substring(span.Start, span.Length),
                ["form"] = JsonNamingPolicy.CamelCase.ConvertName(span.Form.ToString()),
                ["start"] = span.Start,
                ["length"] = span.Length,
                ["series"] = new JsonArray([.. fact.Sources.Select(x => (JsonNode)JsonValue.Create(x.ToString())!)]),
                ["asOf"] = IsoDate.Format(fact.AsOf),
            };
        })]),
    })]);

    private static JsonObject FactNode(Fact f) => new()
    {
        ["id"] = f.Id,
        ["kind"] = JsonNamingPolicy.CamelCase.ConvertName(f.Kind.ToString()),
        ["value"] = Value(f),
        ["text"] = FactStyle.Render(f),
        ["label"] = f.Label,
        ["asOf"] = IsoDate.Format(f.AsOf),
        ["sources"] = new JsonArray([.. f.Sources.Select(x => (JsonNode)new JsonObject { ["series"] = x.Series, ["source"] = x.Source })]),
        ["derivedFrom"] = new JsonArray([.. f.DerivedFrom.Select(id => (JsonNode)JsonValue.Create(id)!)]),
    };

}
