using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Series;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// <c>eastmoney-valuation-json</c>: Eastmoney's datacenter report <c>RPT_VALUEANALYSIS_DET</c> (个股估值, daily valuation
/// of A shares): <c>{"result":{"data":[{"TRADE_DATE":"2026-07-06 00:00:00","SECURITY_CODE":"688256","SECUCODE":"688256.SH",
/// "SECURITY_NAME_ABBR":"寒武纪","CLOSE_PRICE":…,"TOTAL_MARKET_CAP":…,"PE_TTM":…,"PB_MRQ":…,…}]},"success":true,…}</c>,
/// one row per stock and day (a history of one stock, or one day's cross-section).
/// </summary>
/// <remarks>
/// <para>Two series per stock: <c>&lt;symbol&gt;:MARKET_CAP</c> from <c>TOTAL_MARKET_CAP</c> (total market value in yuan,
/// CNY, daily) and <c>&lt;symbol&gt;:PE</c> from <c>PE_TTM</c> (ratio; negative for a trailing loss). The symbol comes
/// from <c>SECUCODE</c> (<c>.SH</c> → <c>.SS</c>) or else from the six-digit <c>SECURITY_CODE</c> (6… and 9… Shanghai,
/// 0…, 2… and 3… Shenzhen, 4…, 8… and 92… Beijing). The other columns (P/B, P/S, the close, the board) are not read.
/// A <c>null</c> value is missing. No recorded response exists: the layout follows the report's documented shape and
/// is tested with hand-made bodies in that shape, so the unit of <c>TOTAL_MARKET_CAP</c> (yuan) is as documented by
/// public code that reads the report, not checked against a live body.</para>
/// </remarks>
public sealed partial class EastmoneyValuationJsonLayout : ISourceLayout
{
    /// <summary>The report this layout reads.</summary>
    public const string Report = "RPT_VALUEANALYSIS_DET";

    /// <inheritdoc />
    public string Name => "eastmoney-valuation-json";

    /// <inheritdoc />
    public string Description => $"Eastmoney datacenter {Report} JSON: {{\"result\":{{\"data\":[{{\"TRADE_DATE\",\"SECURITY_CODE\",\"TOTAL_MARKET_CAP\",\"PE_TTM\",…}}]}}}}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return Envelope().IsMatch(head) && head.Contains("\"TRADE_DATE\"", StringComparison.Ordinal) && head.Contains("\"TOTAL_MARKET_CAP\"", StringComparison.Ordinal);
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

        var source = SourceText.SourceName(input, "eastmoney-valuation");
        var caps = new Dictionary<string, ScalarSeriesBuilder>(StringComparer.Ordinal);
        var pes = new Dictionary<string, ScalarSeriesBuilder>(StringComparer.Ordinal);
        var order = new List<string>();
        var i = 0;
        foreach (var row in rows.EnumerateArray())
        {
            var path = WireJson.Item("result.data", i++);
            var date = EastmoneyDatacenter.Date(location, WireJson.Required(location, row, "TRADE_DATE", path), WireJson.Join(path, "TRADE_DATE"));
            var symbol = SymbolOf(location, row, path);
            var name = WireJson.Optional(location, row, "SECURITY_NAME_ABBR", path) is { ValueKind: JsonValueKind.String } n ? n.GetString() : null;
            if (!caps.TryGetValue(symbol, out var cap))
            {
                order.Add(symbol);
                caps[symbol] = cap = new ScalarSeriesBuilder(ScalarMetrics.StockMarketCap(symbol, name, "CNY", Frequency.Daily), source, "TOTAL_MARKET_CAP");
                pes[symbol] = new ScalarSeriesBuilder(ScalarMetrics.StockPe(symbol, name), source, "PE_TTM");
            }

            var pe = pes[symbol];
            if (WireJson.Optional(location, row, "TOTAL_MARKET_CAP", path) is not { } mv)
            {
                cap.Missing(date, null, "null");
            }
            else if (ScaledNumber.TryParse(mv, 1m, out var value) && value > 0)
            {
                cap.Add(date, value, null);
            }
            else
            {
                throw new DataFormatException(location, null, WireJson.Join(path, "TOTAL_MARKET_CAP"), WireJson.Show(mv), "a market value in yuan, a number above 0");
            }

            if (WireJson.Optional(location, row, "PE_TTM", path) is not { } p)
            {
                pe.Missing(date, null, "null");
            }
            else
            {
                pe.Add(date, WireJson.Number(location, p, WireJson.Join(path, "PE_TTM"), "a P/E number or null"), null);
            }
        }

        var builders = order.SelectMany(s => new[] { caps[s], pes[s] }).ToList();
        issues.AddRange(builders.SelectMany(b => b.MissingIssues(location)));
        return ScalarSeriesBuilder.ToBatch(input.Document(Name), builders, issues);
    }

    private static string SymbolOf(string location, JsonElement row, string path)
    {
        if (WireJson.Optional(location, row, "SECUCODE", path) is { ValueKind: JsonValueKind.String } secu && SecuCode().Match(secu.GetString()!) is { Success: true } m)
        {
            return m.Groups[2].Value == "SH" ? $"{m.Groups[1].Value}.SS" : secu.GetString()!;
        }

        var code = WireJson.String(location, WireJson.Required(location, row, "SECURITY_CODE", path), WireJson.Join(path, "SECURITY_CODE"), "a six-digit code string like \"688256\"");
        if (!SixDigits().IsMatch(code))
        {
            throw new DataFormatException(location, null, WireJson.Join(path, "SECURITY_CODE"), code, "a six-digit A-share code like \"688256\"");
        }

        return code[0] switch
        {
            '6' or '9' when !code.StartsWith("92", StringComparison.Ordinal) => $"{code}.SS",
            '0' or '2' or '3' => $"{code}.SZ",
            _ => $"{code}.BJ",
        };
    }

    [GeneratedRegex(@"^\s*\{\s*""version""\s*:")]
    private static partial Regex Envelope();

    [GeneratedRegex("^([0-9]{6})\\.(SH|SZ|BJ)$")]
    private static partial Regex SecuCode();

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();
}
