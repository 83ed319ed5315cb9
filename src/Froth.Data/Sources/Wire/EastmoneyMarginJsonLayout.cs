using System.Text.RegularExpressions;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// <c>eastmoney-margin-json</c>: Eastmoney's datacenter report <c>RPTA_WEB_MARGIN_DAILYTRADE</c> (两融账户统计, the whole
/// mainland market's margin-trading totals, one row per trading day): <c>{"result":{"data":[{"STATISTICS_DATE":
/// "2026-08-13 00:00:00","FIN_BALANCE":26497.25100007,"LOAN_BALANCE":…,"FIN_BUY_AMT":…,"AVG_GUARANTEE_RATIO":281.5776,
/// …}]},"success":true,…}</c>.
/// </summary>
/// <remarks>
/// <para>The same figures as the snapshot's <c>margin/cn_margin_total_eastmoney_*.csv</c> (which was saved from this
/// report; its 2026-08-13 row holds the same numbers as the public fixture quoted in <c>docs/fetch.md</c>) and the same
/// instruments: <c>FIN_BALANCE</c> (亿 CNY) → <c>CN:MARGIN_BALANCE</c> in CNY, <c>LOAN_BALANCE</c> →
/// <c>CN:LENDING_BALANCE</c>, <c>FIN_BUY_AMT</c> → <c>CN:MARGIN_PURCHASES</c>, <c>AVG_GUARANTEE_RATIO</c> (%) →
/// <c>CN:COLLATERAL_RATIO</c>. The report's other columns (investor counts, collateral value, short sales in yuan) are
/// not read. A <c>null</c> value is missing (one issue per run). No recorded response exists: the layout is built on
/// the report's documented shape and tested with hand-made bodies in that shape.</para>
/// <para>Eastmoney's "no data" answer (<c>success:false</c>, code 9201) gives no series and an Info issue
/// (<see cref="ScalarIssueRules.NotPublished"/>); another <c>success:false</c> is an error quoting its message.</para>
/// </remarks>
public sealed partial class EastmoneyMarginJsonLayout : ISourceLayout
{
    /// <summary>The report this layout reads.</summary>
    public const string Report = "RPTA_WEB_MARGIN_DAILYTRADE";

    private static readonly (string Field, string Metric, decimal Factor)[] Fields =
    [
        ("FIN_BALANCE", "MARGIN_BALANCE", ScaledNumber.Yi),
        ("LOAN_BALANCE", "LENDING_BALANCE", ScaledNumber.Yi),
        ("FIN_BUY_AMT", "MARGIN_PURCHASES", ScaledNumber.Yi),
        ("AVG_GUARANTEE_RATIO", "COLLATERAL_RATIO", 1m),
    ];

    /// <inheritdoc />
    public string Name => "eastmoney-margin-json";

    /// <inheritdoc />
    public string Description => $"Eastmoney datacenter {Report} JSON: {{\"result\":{{\"data\":[{{\"STATISTICS_DATE\",\"FIN_BALANCE\" (亿),…}}]}}}}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return Envelope().IsMatch(head) && head.Contains("\"STATISTICS_DATE\"", StringComparison.Ordinal) && head.Contains("\"FIN_BALANCE\"", StringComparison.Ordinal);
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var issues = new List<DataIssue>();
        if (EastmoneyDatacenter.Rows(location, doc.RootElement, Report, issues) is not { } rows)
        {
            return new ImportBatch(input.Document(Name), [], [], issues);
        }

        var source = SourceText.SourceName(input, "eastmoney-margin");
        var builders = Fields.Select(f => new ScalarSeriesBuilder(ScalarMetrics.Margin("CN", f.Metric), source, f.Field)).ToArray();
        var i = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var path = WireJson.Item("result.data", i++);
            var date = EastmoneyDatacenter.Date(location, WireJson.Required(location, row, "STATISTICS_DATE", path), WireJson.Join(path, "STATISTICS_DATE"));
            for (var f = 0; f < Fields.Length; f++)
            {
                var (field, _, factor) = Fields[f];
                if (WireJson.Optional(location, row, field, path) is not { } value)
                {
                    builders[f].Missing(date, null, "null");
                }
                else if (ScaledNumber.TryParse(value, factor, out var number) && number >= 0)
                {
                    builders[f].Add(date, number, null);
                }
                else
                {
                    throw new DataFormatException(location, null, WireJson.Join(path, field), WireJson.Show(value), factor == 1m ? "a ratio in percent, a number ≥ 0 like 281.5776" : "an amount in 亿 CNY, a number ≥ 0 like 26497.25100007");
                }
            }
        }

        issues.AddRange(builders.SelectMany(b => b.MissingIssues(location)));
        return ScalarSeriesBuilder.ToBatch(input.Document(Name), builders, issues);
    }

    [GeneratedRegex(@"^\s*\{\s*""version""\s*:")]
    private static partial Regex Envelope();
}
