using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// Tencent's fqkline response (<c>web.ifzq.gtimg.cn/appstock/app/fqkline/get?param=sh000300,day,,,320,qfq</c>):
/// <c>{"code":0,"msg":"","data":{"sh000300":{"day":[["2026-09-28","4423.820","4340.760","4423.820","4323.570","171277373.000"],…]}}}</c>.
/// </summary>
/// <remarks>
/// <para>Each row is an array <c>[date, open, close, high, low, volume, …]</c> of strings (close second); extra
/// elements (dividend notes) are ignored. One <see cref="BarSeries"/> per symbol under <c>data</c>; the symbol
/// is Tencent's exchange code (<c>sh000300</c> → <c>000300.SS</c>, <c>hk00700</c> → <c>0700.HK</c>,
/// <c>usAAPL.OQ</c> → <c>AAPL</c>).</para>
/// <para>Adjustment from the array's name: <c>qfqday</c> forward-adjusted, <c>day</c> as traded, <c>hfqday</c>
/// backward-adjusted (<see cref="PriceAdjustment.Unknown"/>). When several are present the first of
/// <c>qfqday</c>, <c>day</c>, <c>hfqday</c> is read and the others reported.</para>
/// <para>Errors: <c>code</c> ≠ 0 (with <c>msg</c>), or a symbol without any of the arrays.</para>
/// </remarks>
public sealed partial class TencentKlineLayout : ISourceLayout
{
    private static readonly (string Name, PriceAdjustment Adjustment)[] Arrays =
        [("qfqday", PriceAdjustment.Forward), ("day", PriceAdjustment.None), ("hfqday", PriceAdjustment.Unknown)];

    /// <inheritdoc />
    public string Name => "tencent-fqkline-json";

    /// <inheritdoc />
    public string Description => "Tencent fqkline JSON: {\"code\":0,\"data\":{\"sh000300\":{\"day\"|\"qfqday\":[[date,open,close,high,low,volume],…]}}}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return Code().IsMatch(head)
            && (KlineArray().IsMatch(head) || sniff.FileName.Contains("fqkline", StringComparison.OrdinalIgnoreCase));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var root = doc.RootElement;
        var code = WireJson.Integer(location, WireJson.Required(location, root, "code", ""), "code", "Tencent's return code, 0 for success");
        if (code != 0)
        {
            var msg = WireJson.Optional(location, root, "msg", "") is { } m ? m.ToString() : "";
            throw new DataFormatException(location, null, "code", $"{code.ToString(CultureInfo.InvariantCulture)} {msg}".Trim(), "code 0 (Tencent answered with an error)");
        }

        var data = WireJson.Required(location, root, "data", "");
        WireJson.RequireKind(location, data, JsonValueKind.Object, "data", "an object keyed by symbol, like {\"sh000300\":{\"day\":[…]}}");
        var source = SourceText.SourceName(input, "tencent");
        var series = new List<BarSeries>();
        var issues = new List<DataIssue>();
        foreach (var entry in data.EnumerateObject())
        {
            var path = WireJson.Join("data", entry.Name);
            WireJson.RequireKind(location, entry.Value, JsonValueKind.Object, path, "an object with a day or qfqday array");
            var present = Arrays.Where(a => entry.Value.TryGetProperty(a.Name, out var v) && v.ValueKind == JsonValueKind.Array).ToList();
            if (present.Count == 0)
            {
                throw new DataFormatException(location, null, path, WireJson.Show(entry.Value), "a 'qfqday', 'day' or 'hfqday' array of klines");
            }

            var instrument = InstrumentOf(location, entry.Name, path);
            var (arrayName, adjustment) = present[0];
            foreach (var ignored in present.Skip(1))
            {
                issues.Add(new DataIssue("ignored-array", IssueSeverity.Info, location, null, WireJson.Join(path, ignored.Name), null, $"{entry.Name}: '{arrayName}' was read; '{ignored.Name}' holds the same sessions with another adjustment and was not.", IssueAction.Skipped) { Symbol = instrument.Symbol });
            }

            var arrayPath = WireJson.Join(path, arrayName);
            var bars = new List<DailyBar>();
            var i = 0;
            foreach (var row in entry.Value.GetProperty(arrayName).EnumerateArray())
            {
                var rowPath = WireJson.Item(arrayPath, i++);
                WireJson.RequireKind(location, row, JsonValueKind.Array, rowPath, "an array [date, open, close, high, low, volume]");
                if (row.GetArrayLength() < 6)
                {
                    throw new DataFormatException(location, null, rowPath, WireJson.Show(row), "at least six elements: date, open, close, high, low, volume");
                }

                var date = WireJson.Date(location, row[0], WireJson.Item(rowPath, 0));
                bars.Add(new DailyBar(
                    date,
                    Number(location, row[1], WireJson.Item(rowPath, 1), "open"),
                    Number(location, row[3], WireJson.Item(rowPath, 3), "high"),
                    Number(location, row[4], WireJson.Item(rowPath, 4), "low"),
                    Number(location, row[2], WireJson.Item(rowPath, 2), "close"),
                    Number(location, row[5], WireJson.Item(rowPath, 5), "volume")));
            }

            if (bars.Count == 0)
            {
                issues.Add(new DataIssue("no-rows", IssueSeverity.Info, location, null, arrayPath, "[]", $"The response holds no klines for {instrument.Symbol}; nothing was read.", IssueAction.Reported) { Symbol = instrument.Symbol });
                continue;
            }

            series.Add(new BarSeries(instrument, source, adjustment, [.. bars.OrderBy(b => b.Date)]));
        }

        if (series.Count == 0 && issues.Count == 0)
        {
            throw new DataFormatException(location, null, "data", "{}", "klines for at least one symbol");
        }

        return new ImportBatch(input.Document(Name), series, [], issues);
    }

    private static Instrument InstrumentOf(string location, string key, string path)
    {
        var symbol = SymbolCatalog.FromExchangeCode(key);
        if (symbol is null && key.StartsWith("us", StringComparison.Ordinal) && key.Length > 2)
        {
            var ticker = key[2..];
            var dot = ticker.IndexOf('.', StringComparison.Ordinal);
            symbol = (dot > 0 ? ticker[..dot] : ticker).ToUpperInvariant();
        }

        if (symbol is null)
        {
            throw new DataFormatException(location, null, path, key, "a Tencent symbol like sh000300, sz300308, hk00700 or usAAPL.OQ");
        }

        return SymbolCatalog.Find(symbol) ?? SymbolCatalog.Describe(symbol);
    }

    private static double Number(string location, JsonElement element, string path, string what)
    {
        var ok = element.ValueKind switch
        {
            JsonValueKind.String => SourceText.TryParseNumber(element.GetString()!, out var s) ? s : (double?)null,
            JsonValueKind.Number when element.TryGetDouble(out var n) && double.IsFinite(n) => n,
            _ => null,
        };
        return ok ?? throw new DataFormatException(location, null, path, WireJson.Show(element), $"the {what} as a number string like \"4423.820\"");
    }

    [GeneratedRegex(@"^\s*\{\s*""code""\s*:")]
    private static partial Regex Code();

    [GeneratedRegex(@"""(qfq|hfq)?day""\s*:\s*\[")]
    private static partial Regex KlineArray();
}
