using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Series;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// <c>szse-margin-json</c>: the Shenzhen Stock Exchange's margin-trading totals of one day, <c>ShowReport/data</c>
/// with <c>CATALOGID=1837_xxpl</c> (融资融券交易总量): <c>[{"metadata":{"catalogid":"1837_xxpl","subname":"2026-08-03",
/// "cols":{"jrrzye":"融资余额&lt;br&gt;(亿元)",…},…},"data":[{"jrrzmr":"769.14","jrrzye":"12,489.16",…}],"error":null}]</c>.
/// </summary>
/// <remarks>
/// <para>Values are strings in 亿 (10⁸) with thousands separators, converted exactly to plain units: <c>jrrzye</c> →
/// <c>SZ:MARGIN_BALANCE</c> (融资余额, CNY), <c>jrrzmr</c> → <c>SZ:MARGIN_PURCHASES</c>, <c>jrrjye</c> →
/// <c>SZ:LENDING_BALANCE</c>, <c>jrrzrjye</c> → <c>SZ:MARGIN_LENDING_BALANCE</c> (CNY); <c>jrrjyl</c> →
/// <c>SZ:LENDING_VOLUME</c> and <c>jrrjmc</c> → <c>SZ:LENDING_SALES_VOLUME</c> (亿 shares or fund units → shares).
/// The unit is checked against the column labels in <c>metadata.cols</c>: a label without 亿 is an error, so a change of
/// unit cannot pass unnoticed. The date is <c>metadata.subname</c> (the day asked for), else the request's
/// <c>txtDate</c>.</para>
/// <para>An empty <c>data</c> array is SZSE's answer for a day it has not published (yet): no series, and an Info issue
/// (<see cref="ScalarIssueRules.NotPublished"/>) — empty is not zero. More than one row, a value that is not a number,
/// and a catalogue other than <c>1837_xxpl</c> are errors.</para>
/// </remarks>
public sealed partial class SzseMarginLayout : ISourceLayout
{
    private static readonly (string Field, string Metric)[] Fields =
    [
        ("jrrzye", "MARGIN_BALANCE"),
        ("jrrzmr", "MARGIN_PURCHASES"),
        ("jrrjye", "LENDING_BALANCE"),
        ("jrrzrjye", "MARGIN_LENDING_BALANCE"),
        ("jrrjyl", "LENDING_VOLUME"),
        ("jrrjmc", "LENDING_SALES_VOLUME"),
    ];

    /// <inheritdoc />
    public string Name => "szse-margin-json";

    /// <inheritdoc />
    public string Description => "SZSE ShowReport 1837_xxpl margin totals JSON: [{\"metadata\":{\"catalogid\":\"1837_xxpl\",…},\"data\":[{\"jrrzye\":\"12,489.16\",…}]}] (亿)";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return Prefix().IsMatch(string.Join('\n', sniff.FirstLines));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var root = doc.RootElement;
        WireJson.RequireKind(location, root, JsonValueKind.Array, "", "an array of report tabs [{\"metadata\":…,\"data\":[…]}]");
        if (root.GetArrayLength() == 0)
        {
            throw new DataFormatException(location, null, "(root)", "[]", "at least one report tab {\"metadata\":…,\"data\":[…]}");
        }

        var tab = root[0];
        var metadata = WireJson.Required(location, tab, "metadata", "[0]");
        var catalog = WireJson.String(location, WireJson.Required(location, metadata, "catalogid", "[0].metadata"), "[0].metadata.catalogid", "a catalogue id string");
        if (catalog != "1837_xxpl")
        {
            throw new DataFormatException(location, null, "[0].metadata.catalogid", catalog, "the margin-trading totals, catalogue 1837_xxpl");
        }

        if (WireJson.Optional(location, tab, "error", "[0]") is { } error)
        {
            throw new DataFormatException(location, null, "[0].error", WireJson.Show(error), "data (SZSE answered with an error)");
        }

        var date = DateOf(location, metadata);
        var data = WireJson.Required(location, tab, "data", "[0]");
        WireJson.RequireKind(location, data, JsonValueKind.Array, "[0].data", "an array with the day's row");
        if (data.GetArrayLength() == 0)
        {
            return new ImportBatch(input.Document(Name), [], [], [
                new DataIssue(
                    ScalarIssueRules.NotPublished,
                    IssueSeverity.Info,
                    location,
                    null,
                    "[0].data",
                    "[]",
                    $"SZSE returned no margin data for {IsoDate.Format(date)}: not published yet (or not a trading day); empty is not zero, so nothing was read.",
                    IssueAction.Reported) { Date = date },
            ]);
        }

        if (data.GetArrayLength() > 1)
        {
            throw new DataFormatException(location, null, "[0].data", WireJson.Show(data), "one row of totals for the day");
        }

        var cols = WireJson.Optional(location, metadata, "cols", "[0].metadata");
        var row = data[0];
        var source = SourceText.SourceName(input, "szse-margin");
        var builders = new List<ScalarSeriesBuilder>();
        var issues = new List<DataIssue>();
        foreach (var (field, metric) in Fields)
        {
            var path = WireJson.Join("[0].data[0]", field);
            if (cols is { } c && c.TryGetProperty(field, out var label) && label.ValueKind == JsonValueKind.String && !label.GetString()!.Contains('亿', StringComparison.Ordinal))
            {
                throw new DataFormatException(location, null, WireJson.Join("[0].metadata.cols", field), label.GetString(), "a column in 亿 (the label says another unit)");
            }

            var builder = new ScalarSeriesBuilder(ScalarMetrics.Margin("SZ", metric), source, field);
            builders.Add(builder);
            if (WireJson.Optional(location, row, field, "[0].data[0]") is not { } value || (value.ValueKind == JsonValueKind.String && value.GetString()!.Trim().Length == 0))
            {
                builder.Missing(date, null, "");
                issues.AddRange(builder.MissingIssues(location));
                continue;
            }

            var text = WireJson.String(location, value, path, "a number string in 亿 like \"12,489.16\"");
            if (!ScaledNumber.TryParse(text, ScaledNumber.Yi, grouped: true, out var number) || number < 0)
            {
                throw new DataFormatException(location, null, path, text, "a number ≥ 0 in 亿 like \"12,489.16\"");
            }

            builder.Add(date, number, null);
        }

        return ScalarSeriesBuilder.ToBatch(input.Document(Name), builders, issues);
    }

    private static DateOnly DateOf(string location, JsonElement metadata)
    {
        var text = WireJson.Optional(location, metadata, "subname", "[0].metadata") is { ValueKind: JsonValueKind.String } s ? s.GetString()!.Trim() : "";
        if (text.Length == 0)
        {
            text = SourceText.QueryParameter(location, "txtDate") ?? "";
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DataFormatException(location, null, "[0].metadata.subname", text, "the report's date like \"2026-08-03\" (or txtDate=… in the request)");
    }

    [GeneratedRegex(@"^\s*\[\s*\{\s*""metadata""\s*:\s*\{\s*""catalogid""\s*:\s*""1837_xxpl""")]
    private static partial Regex Prefix();
}
