using System.Globalization;
using System.Text.Json;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// What the layouts of Eastmoney's datacenter reports share (<c>datacenter-web.eastmoney.com/api/data/v1/get?reportName=…</c>):
/// the envelope <c>{"version":…,"result":{"pages":7,"data":[…],"count":3373},"success":true,"message":"ok","code":0}</c>,
/// its "no data" answer <c>{"result":null,"success":false,"message":"返回数据为空","code":9201}</c>, and its dates
/// <c>"2026-08-13 00:00:00"</c>.
/// </summary>
internal static class EastmoneyDatacenter
{
    /// <summary>Eastmoney's code for "the query matched no rows".</summary>
    public const long NoDataCode = 9201;

    /// <summary>
    /// The rows of a report response, or <see langword="null"/> when the answer is "no data" (then
    /// <paramref name="issues"/> holds the Info issue that says so). A page of a paged answer adds an Info issue.
    /// </summary>
    /// <exception cref="DataFormatException">The envelope is not a datacenter answer, or it reports an error.</exception>
    public static JsonElement? Rows(string location, JsonElement root, string report, List<DataIssue> issues)
    {
        WireJson.RequireKind(location, root, JsonValueKind.Object, "", "a JSON object {\"result\":{\"data\":[…]},\"success\":true,…}");
        var success = WireJson.Optional(location, root, "success", "") is { } s && s.ValueKind == JsonValueKind.True;
        var code = WireJson.Optional(location, root, "code", "") is { ValueKind: JsonValueKind.Number } c && c.TryGetInt64(out var n) ? n : (long?)null;
        var message = WireJson.Optional(location, root, "message", "") is { ValueKind: JsonValueKind.String } m ? m.GetString() : null;
        var result = WireJson.Optional(location, root, "result", "");
        if (!success || result is null)
        {
            if (code == NoDataCode || (success && result is null))
            {
                issues.Add(new DataIssue(
                    ScalarIssueRules.NotPublished,
                    IssueSeverity.Info,
                    location,
                    null,
                    "result",
                    "null",
                    $"Eastmoney's {report} returned no rows ({message ?? "no message"}, code {code?.ToString(CultureInfo.InvariantCulture) ?? "none"}): nothing published for the query yet; empty is not zero, so nothing was read.",
                    IssueAction.Reported));
                return null;
            }

            throw new DataFormatException(location, null, "message", message ?? "(none)", $"rows of {report} (Eastmoney answered success=false, code {code?.ToString(CultureInfo.InvariantCulture) ?? "none"})");
        }

        var data = WireJson.Required(location, result.Value, "data", "result");
        WireJson.RequireKind(location, data, JsonValueKind.Array, "result.data", $"an array of {report} rows");
        if (WireJson.Optional(location, result.Value, "count", "result") is { ValueKind: JsonValueKind.Number } countElement
            && countElement.TryGetInt64(out var count) && count > data.GetArrayLength())
        {
            var pages = WireJson.Optional(location, result.Value, "pages", "result") is { ValueKind: JsonValueKind.Number } p && p.TryGetInt64(out var np) ? np : 0;
            issues.Add(new DataIssue(
                "partial-response",
                IssueSeverity.Info,
                location,
                null,
                "result.count",
                count.ToString(CultureInfo.InvariantCulture),
                $"This page holds {data.GetArrayLength().ToString(CultureInfo.InvariantCulture)} of the {count.ToString(CultureInfo.InvariantCulture)} rows of the answer ({pages.ToString(CultureInfo.InvariantCulture)} pages); the others are separate documents.",
                IssueAction.Reported));
        }

        return data;
    }

    /// <summary>A datacenter date, <c>"2026-08-13 00:00:00"</c> or <c>"2026-08-13"</c>.</summary>
    public static DateOnly Date(string location, JsonElement element, string path)
    {
        var text = WireJson.String(location, element, path, "a date string like \"2026-08-13 00:00:00\"");
        var day = text.Length >= 10 ? text[..10] : text;
        var rest = text.Length > 10 ? text[10..].Trim() : "";
        return (rest.Length == 0 || rest == "00:00:00") && DateOnly.TryParseExact(day, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date)
            ? date
            : throw new DataFormatException(location, null, path, text, "a date like \"2026-08-13 00:00:00\"");
    }
}
