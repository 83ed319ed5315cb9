using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// FRED's <c>fred/series/observations</c> JSON: <c>{"realtime_start":…,"units":"lin",…,"count":6,
/// "observations":[{"date":"2023-01-01","value":"4.98"},…]}</c>, values as strings, <c>"."</c> for missing.
/// </summary>
/// <remarks>
/// <para>The body does not name the series, so its id is taken from where the body came from: the URL's
/// <c>series_id=</c> query, or the file name (<c>HQMCB10YR.json</c>,
/// <c>fred_series_observations_HQMCB10YR_2024-06-27.json</c>). Without one the response is refused.</para>
/// <para>Series <c>FRED:&lt;ID&gt;</c> (kind Macro, frequency inferred from the dates; a transformed response,
/// <c>units</c> other than <c>lin</c>, becomes <c>FRED:&lt;ID&gt;_&lt;UNITS&gt;</c>); an exchange rate per US dollar
/// becomes close-only bars of its Yahoo pair (<c>DEXHKUS</c> → <c>HKD=X</c>). Each run of <c>"."</c>
/// values is skipped with one <see cref="DataIssue"/>; a page that holds fewer observations than
/// <c>count</c> is reported. FRED's error body (<c>error_code</c>, <c>error_message</c>) is an error.</para>
/// </remarks>
public sealed partial class FredObservationsLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "fred-observations-json";

    /// <inheritdoc />
    public string Description => "FRED series/observations JSON: {\"realtime_start\":…,\"observations\":[{\"date\",\"value\"}]}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return Observations().IsMatch(head) || FredError().IsMatch(head);
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var root = doc.RootElement;
        WireJson.RequireKind(location, root, JsonValueKind.Object, "", "a JSON object with an 'observations' array");
        if (WireJson.Optional(location, root, "error_message", "") is { } error)
        {
            throw new DataFormatException(location, null, "error_message", WireJson.Show(error), "observations (FRED answered with an error)");
        }

        var id = FredSeries.IdFromLocation(input)
            ?? throw new DataFormatException(
                location, null, null, input.FileName,
                "a series id where the body came from, since FRED's observations body does not name its series: a URL with series_id=… or a file name such as HQMCB10YR.json");
        var units = WireJson.Optional(location, root, "units", "") is { } u ? WireJson.String(location, u, "units", "a string like \"lin\"") : null;
        var observations = WireJson.Required(location, root, "observations", "");
        WireJson.RequireKind(location, observations, JsonValueKind.Array, "observations", "an array of {date, value} objects");

        var cells = new List<(DateOnly Date, string Raw, string Path)>(observations.GetArrayLength());
        var i = 0;
        foreach (var o in observations.EnumerateArray())
        {
            var path = WireJson.Item("observations", i++);
            WireJson.RequireKind(location, o, JsonValueKind.Object, path, "an object {\"date\":…,\"value\":…}");
            var date = WireJson.Date(location, WireJson.Required(location, o, "date", path), WireJson.Join(path, "date"));
            var raw = WireJson.String(location, WireJson.Required(location, o, "value", path), WireJson.Join(path, "value"), "a value string like \"4.98\" or \".\"");
            cells.Add((date, raw.Trim(), WireJson.Join(path, "value")));
        }

        var issues = new List<DataIssue>();
        if (cells.Count == 0)
        {
            issues.Add(new DataIssue("no-rows", IssueSeverity.Info, location, null, "observations", "[]", $"The response holds no observations of {id}; nothing was read.", IssueAction.Reported));
            return new ImportBatch(input.Document(Name), [], [], issues);
        }

        var present = cells.Where(c => c.Raw != ".").Select(c => c.Date).ToList();
        var builder = new ScalarSeriesBuilder(FredSeries.SeriesInstrument(id, units, FredSeries.Infer(present)), SourceText.SourceName(input, "fred"), "observations[].value");
        foreach (var (date, raw, path) in cells)
        {
            if (raw == ".")
            {
                builder.Missing(date, null, raw);
            }
            else if (SourceText.TryParseNumber(raw, out var value))
            {
                builder.Add(date, value, null);
            }
            else
            {
                throw new DataFormatException(location, null, path, raw, "a number string like \"4.98\", or \".\" for a missing value");
            }
        }

        if (WireJson.Optional(location, root, "count", "") is { } countElement)
        {
            var count = WireJson.Integer(location, countElement, "count", "the number of observations");
            if (count > cells.Count)
            {
                issues.Add(new DataIssue(
                    "partial-response",
                    IssueSeverity.Warning,
                    location,
                    null,
                    "count",
                    count.ToString(CultureInfo.InvariantCulture),
                    $"The response holds {cells.Count} of the {count} observations of {id} (one page of a paged answer); fetch the rest with offset=.",
                    IssueAction.Reported)
                {
                    Symbol = builder.Instrument.Symbol,
                });
            }
        }

        issues.InsertRange(0, builder.MissingIssues(location, (_, _) => "FRED has no observation for that date"));
        return FredSeries.ToBatch(input.Document(Name), [builder], issues);
    }

    [GeneratedRegex(@"^\s*\{\s*""realtime_start""\s*:")]
    private static partial Regex Observations();

    [GeneratedRegex(@"^\s*\{\s*""error_code""\s*:.*""error_message""", RegexOptions.Singleline)]
    private static partial Regex FredError();
}
