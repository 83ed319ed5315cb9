using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// <c>sse-margin-json</c>: the Shanghai Stock Exchange's margin-trading summary, <c>queryMargin.do</c> without a
/// security (<c>tabType</c> empty): <c>{"actionErrors":[],…,"pageHelp":{"data":[{"opDate":"20260803","rzye":…,
/// "rzmre":…,"rzche":…,"rqyl":…,"rqylje":…,"rqmcl":…,"rzrqjyzl":…,"stockCode":null,…}],"total":3969,…},…}</c>,
/// one row per trading day, newest first.
/// </summary>
/// <remarks>
/// <para>Values are whole yuan and shares, stored as they are: <c>rzye</c> → <c>SH:MARGIN_BALANCE</c> (融资余额, CNY),
/// <c>rzmre</c> → <c>SH:MARGIN_PURCHASES</c>, <c>rzche</c> → <c>SH:MARGIN_REPAYMENTS</c>, <c>rqylje</c> →
/// <c>SH:LENDING_BALANCE</c> (融券余额, CNY), <c>rzrqjyzl</c> → <c>SH:MARGIN_LENDING_BALANCE</c> (融资融券余额, CNY),
/// <c>rqyl</c> → <c>SH:LENDING_VOLUME</c> and <c>rqmcl</c> → <c>SH:LENDING_SALES_VOLUME</c> (shares). A <c>null</c> value
/// is missing (one issue per run).</para>
/// <para>An empty <c>data</c> array is SSE's answer for a range it has not published yet: no series, and an Info issue
/// (<see cref="ScalarIssueRules.NotPublished"/>) that says so — empty is not zero. A page holding fewer rows than
/// <c>total</c> (the recorded sample holds 5 of 3,969) is reported (<c>partial-response</c>). Rows with a
/// <c>stockCode</c> are the per-security detail (<c>tabType=mxtype</c>), which is refused.</para>
/// </remarks>
public sealed partial class SseMarginLayout : ISourceLayout
{
    private static readonly (string Field, string Metric)[] Fields =
    [
        ("rzye", "MARGIN_BALANCE"),
        ("rzmre", "MARGIN_PURCHASES"),
        ("rzche", "MARGIN_REPAYMENTS"),
        ("rqylje", "LENDING_BALANCE"),
        ("rzrqjyzl", "MARGIN_LENDING_BALANCE"),
        ("rqyl", "LENDING_VOLUME"),
        ("rqmcl", "LENDING_SALES_VOLUME"),
    ];

    /// <inheritdoc />
    public string Name => "sse-margin-json";

    /// <inheritdoc />
    public string Description => "SSE queryMargin.do margin summary JSON: {\"actionErrors\":…,\"pageHelp\":{\"data\":[{\"opDate\",\"rzye\",…}]}}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return Prefix().IsMatch(head) && head.Contains("\"pageHelp\"", StringComparison.Ordinal)
            && (head.Contains("\"rzye\"", StringComparison.Ordinal) || EmptyData().IsMatch(head));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var root = doc.RootElement;
        var page = WireJson.Required(location, root, "pageHelp", "");
        var data = WireJson.Required(location, page, "data", "pageHelp");
        WireJson.RequireKind(location, data, JsonValueKind.Array, "pageHelp.data", "an array of daily rows {\"opDate\":…,\"rzye\":…}");
        long? total = WireJson.Optional(location, page, "total", "pageHelp") is { } t ? WireJson.Integer(location, t, "pageHelp.total", "the number of rows of the whole answer") : null;
        var issues = new List<DataIssue>();
        if (data.GetArrayLength() == 0)
        {
            var range = Range(location);
            issues.Add(new DataIssue(
                ScalarIssueRules.NotPublished,
                IssueSeverity.Info,
                location,
                null,
                "pageHelp.data",
                "[]",
                $"SSE returned no margin data{range}: not published yet (or not a trading day); empty is not zero, so nothing was read.",
                IssueAction.Reported));
            return new ImportBatch(input.Document(Name), [], [], issues);
        }

        var source = SourceText.SourceName(input, "sse-margin");
        var builders = Fields.Select(f => new ScalarSeriesBuilder(ScalarMetrics.Margin("SH", f.Metric), source, f.Field)).ToArray();
        var i = 0;
        foreach (var row in data.EnumerateArray())
        {
            var path = WireJson.Item("pageHelp.data", i++);
            WireJson.RequireKind(location, row, JsonValueKind.Object, path, "an object {\"opDate\":…,\"rzye\":…}");
            if (WireJson.Optional(location, row, "stockCode", path) is { } code)
            {
                throw new DataFormatException(location, null, WireJson.Join(path, "stockCode"), WireJson.Show(code), "the market summary (stockCode null, tabType empty); this is the per-security detail (tabType=mxtype)");
            }

            var dateText = WireJson.String(location, WireJson.Required(location, row, "opDate", path), WireJson.Join(path, "opDate"), "a date string like \"20260803\"");
            if (!DateOnly.TryParseExact(dateText, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(location, null, WireJson.Join(path, "opDate"), dateText, "a date like 20260803");
            }

            for (var f = 0; f < Fields.Length; f++)
            {
                var fieldPath = WireJson.Join(path, Fields[f].Field);
                if (WireJson.Optional(location, row, Fields[f].Field, path) is not { } value)
                {
                    builders[f].Missing(date, null, "null");
                    continue;
                }

                var number = WireJson.Number(location, value, fieldPath, "a whole number of yuan or shares, or null");
                if (number < 0)
                {
                    throw new DataFormatException(location, null, fieldPath, WireJson.Show(value), "a number ≥ 0");
                }

                builders[f].Add(date, number, null);
            }
        }

        if (total is { } all && all > data.GetArrayLength())
        {
            issues.Add(new DataIssue(
                "partial-response",
                IssueSeverity.Warning,
                location,
                null,
                "pageHelp.total",
                all.ToString(CultureInfo.InvariantCulture),
                $"The response holds {data.GetArrayLength().ToString(CultureInfo.InvariantCulture)} of the {all.ToString(CultureInfo.InvariantCulture)} days of the answer (one page); the rest are on other pages.",
                IssueAction.Reported));
        }

        issues.AddRange(builders.SelectMany(b => b.MissingIssues(location)));
        return ScalarSeriesBuilder.ToBatch(input.Document(Name), builders, issues);
    }

    private static string Range(string location)
    {
        var begin = SourceText.QueryParameter(location, "beginDate");
        var end = SourceText.QueryParameter(location, "endDate");
        return (begin, end) switch
        {
            ({ Length: > 0 } b, { Length: > 0 } e) when b == e => $" for {b}",
            ({ Length: > 0 } b, { Length: > 0 } e) => $" for {b} to {e}",
            _ => "",
        };
    }

    [GeneratedRegex(@"^\s*\{\s*""actionErrors""\s*:")]
    private static partial Regex Prefix();

    [GeneratedRegex(@"""data""\s*:\s*\[\s*\]")]
    private static partial Regex EmptyData();
}
