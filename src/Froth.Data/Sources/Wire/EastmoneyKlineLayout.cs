using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// Eastmoney's push2his kline response (<c>/api/qt/stock/kline/get?secid=1.000300&amp;klt=101&amp;fqt=1</c>):
/// <c>{"rc":0,…,"data":{"code":"000300","market":1,"name":"沪深300",…,"klines":["2026-09-28,4423.82,4340.76,4423.82,4323.57,171277373,…",…]}}</c>.
/// </summary>
/// <remarks>
/// <para>Each kline is one comma-joined string <c>date,open,close,high,low,volume,amount,amplitude[,…]</c>
/// (close second); the first six fields are read, the rest (turnover amount, amplitude, changes) have no place
/// in a <see cref="DailyBar"/>. Volume is as Eastmoney gives it (lots of 100 shares for A-share stocks).</para>
/// <para>Symbol from <c>data.market</c> and <c>data.code</c>: 1 → <c>.SS</c>, 0 → <c>.SZ</c> (or <c>.BJ</c> for
/// Beijing codes 4…/8…/92…), 116 → <c>.HK</c>, 105/106/107 → US tickers, 100 and 124 → indices by the table of
/// <see cref="EastmoneyCodes"/> (Eastmoney's own codes: <c>100.NDX</c> is the Nasdaq Composite <c>^IXIC</c>,
/// <c>100.NDX100</c> the Nasdaq-100 <c>^NDX</c>, <c>124.HSTECH</c> → <c>HSTECH.HK</c>). Other markets are refused.</para>
/// <para>Adjustment from the request (<c>fqt=</c> in the URL, or <c>fqt0</c>/<c>fqt1</c>/<c>fqt2</c> in the file
/// name): 0 none, 1 forward (qfq), 2 backward (hfq: <see cref="PriceAdjustment.Unknown"/>, which has no
/// backward value); not stated → unknown. Only daily klines (<c>klt=101</c>) are read.</para>
/// <para>Errors: <c>rc</c> ≠ 0, or <c>data: null</c> (Eastmoney's answer to an unknown secid), is an error.</para>
/// </remarks>
public sealed partial class EastmoneyKlineLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "eastmoney-kline-json";

    /// <inheritdoc />
    public string Description => "Eastmoney push2his kline JSON: {\"rc\":0,\"data\":{\"code\",\"market\",\"klines\":[\"date,open,close,high,low,volume,…\"]}}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return Rc().IsMatch(head)
            && (head.Contains("\"klines\"", StringComparison.Ordinal)
                || (sniff.FileName.Contains("kline", StringComparison.OrdinalIgnoreCase) && !QuoteFields().IsMatch(head)));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var root = doc.RootElement;
        var rc = WireJson.Integer(location, WireJson.Required(location, root, "rc", ""), "rc", "Eastmoney's return code, 0 for success");
        if (rc != 0)
        {
            throw new DataFormatException(location, null, "rc", rc.ToString(CultureInfo.InvariantCulture), "rc 0 (Eastmoney answered with an error code)");
        }

        var data = WireJson.Required(location, root, "data", "");
        if (data.ValueKind == JsonValueKind.Null)
        {
            throw new DataFormatException(location, null, "data", "null", "a data object (Eastmoney answers data:null for a secid it does not know)");
        }

        RequireDaily(input);
        var code = WireJson.String(location, WireJson.Required(location, data, "code", "data"), "data.code", "a code string like \"000300\"");
        var market = WireJson.Integer(location, WireJson.Required(location, data, "market", "data"), "data.market", "a market number (1 SH, 0 SZ, 116 HK…)");
        var name = WireJson.Optional(location, data, "name", "data") is { ValueKind: JsonValueKind.String } n ? n.GetString() : null;
        var instrument = InstrumentOf(location, market, code, name);
        var klines = WireJson.Required(location, data, "klines", "data");
        WireJson.RequireKind(location, klines, JsonValueKind.Array, "data.klines", "an array of kline strings");

        var bars = new List<DailyBar>(klines.GetArrayLength());
        var i = 0;
        foreach (var k in klines.EnumerateArray())
        {
            var path = WireJson.Item("data.klines", i++);
            var text = WireJson.String(location, k, path, "a kline string \"date,open,close,high,low,volume,…\"");
            var f = text.Split(',');
            if (f.Length < 6)
            {
                throw new DataFormatException(location, null, path, text, "at least six comma-separated fields: date,open,close,high,low,volume");
            }

            if (!DateOnly.TryParseExact(f[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(location, null, path, text, "a kline starting with a date like 2026-09-28");
            }

            double Field(int index, string what) => SourceText.TryParseNumber(f[index], out var v)
                ? v
                : throw new DataFormatException(location, null, $"{path} ({what})", f[index], $"a number for the {what}, field {index + 1} of \"date,open,close,high,low,volume\"");

            bars.Add(new DailyBar(date, Field(1, "open"), Field(3, "high"), Field(4, "low"), Field(2, "close"), Field(5, "volume")));
        }

        var issues = new List<DataIssue>();
        var series = new List<BarSeries>();
        if (bars.Count == 0)
        {
            issues.Add(new DataIssue("no-rows", IssueSeverity.Info, location, null, "data.klines", "[]", $"The response holds no klines for {instrument.Symbol}; nothing was read.", IssueAction.Reported) { Symbol = instrument.Symbol });
        }
        else
        {
            series.Add(new BarSeries(instrument, SourceText.SourceName(input, "eastmoney"), AdjustmentOf(input), [.. bars.OrderBy(b => b.Date)]));
        }

        return new ImportBatch(input.Document(Name), series, [], issues);
    }

    /// <summary>The canonical instrument of an Eastmoney market number and code.</summary>
    internal static Instrument InstrumentOf(string location, long market, string code, string? name)
    {
        var symbol = string.IsNullOrWhiteSpace(code) ? null : EastmoneyCodes.ToSymbol(market, code);
        if (symbol is null)
        {
            throw new DataFormatException(location, null, "data.market", market.ToString(CultureInfo.InvariantCulture), "an Eastmoney market Froth can map to a symbol: 1 SH, 0 SZ/BJ, 116 HK, 105/106/107 US, 100 global index, 124 HK index");
        }

        if (SymbolCatalog.Find(symbol) is { } known)
        {
            return known;
        }

        var described = SymbolCatalog.Describe(symbol);
        return name is { Length: > 0 } ? described with { Name = name } : described;
    }

    private static PriceAdjustment AdjustmentOf(SourceInput input)
    {
        var fqt = SourceText.QueryParameter(input.Location, "fqt")
            ?? (FileFqt().Match(input.FileName) is { Success: true } m ? m.Groups[1].Value : null);
        return fqt switch
        {
            "0" => PriceAdjustment.None,
            "1" => PriceAdjustment.Forward,
            _ => PriceAdjustment.Unknown,
        };
    }

    private static void RequireDaily(SourceInput input)
    {
        var klt = SourceText.QueryParameter(input.Location, "klt")
            ?? (FileKlt().Match(input.FileName) is { Success: true } m ? m.Groups[1].Value : null);
        if (klt is not null && klt != "101")
        {
            throw new DataFormatException(input.Location, null, "klt", klt, "daily klines (klt=101); weekly, monthly and intraday klines are not daily bars");
        }
    }

    [GeneratedRegex(@"^\s*\{\s*""rc""\s*:")]
    private static partial Regex Rc();

    [GeneratedRegex(@"""f(43|57|58)""\s*:")]
    private static partial Regex QuoteFields();

    [GeneratedRegex(@"(?:^|[_.-])fqt([0-2])(?:[_.-]|$)")]
    private static partial Regex FileFqt();

    [GeneratedRegex(@"(?:^|[_.-])klt([0-9]+)(?:[_.-]|$)")]
    private static partial Regex FileKlt();
}
