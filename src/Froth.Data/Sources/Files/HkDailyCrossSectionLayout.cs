using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Data.Sources.Wire;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>hk-daily-cross-section</c>: one day's cross-section of every Hong Kong stock, one JSON file per day named by the
/// date (<c>market_cap/hk_daily/2026-07-24.json</c>): an array of
/// <c>{"code":"00700","name":"腾讯控股","pe":14.84,"mc":39516.08,"rev":…,"profit":…,"cur":"HKD","ind":…,"sec":…,"g":…}</c>.
/// The folder's <c>manifest.json</c> (<c>{"dates":[…]}</c>) is recognised and refused: it lists the days, it holds no data.
/// </summary>
/// <remarks>
/// <para>The date is the file name's (the body carries none); a file whose name is not a date is an error. Per stock,
/// the five-digit <c>code</c> becomes the Yahoo symbol exactly: four digits for codes below 10000 (<c>00700</c> →
/// <c>0700.HK</c>, <c>09988</c> → <c>9988.HK</c>), five above (<c>89988</c> → <c>89988.HK</c>, the renminbi counter of
/// Alibaba, never <c>9988.HK</c>). Two series per stock: <c>&lt;symbol&gt;:MARKET_CAP</c> from <c>mc</c>, total market
/// capitalisation in 亿 of the counter's trading currency <c>cur</c> (HKD; CNY for the seven renminbi counters, whose
/// <c>mc</c> is 0.86× their HKD twin's), converted to plain units (× 10⁸) and stored in that currency; and
/// <c>&lt;symbol&gt;:PE</c> from <c>pe</c>, the trailing P/E as published (negative for a trailing loss). <c>rev</c>,
/// <c>profit</c> and the sector fields are not read (they are annual-report figures, not market data, and their
/// currency is not the <c>cur</c> of the counter).</para>
/// <para>Missing: a <c>pe</c> or <c>mc</c> that is absent or <c>null</c>, and a <c>pe</c> of exactly 0 (no P/E can be 0: the
/// source writes 0 where it has none) — one <c>missing-value</c> issue per cell. A <c>code</c> that is not five digits,
/// a code listed twice, an <c>mc</c> that is not a positive number or a <c>cur</c> that is not a currency code is an error
/// naming the JSON path. The series' source is the folder's name (<c>hk_daily</c>), so that the days of one
/// folder form one series per stock; the batch is marked as a <see cref="CrossSection"/> so that a day that repeats
/// the previous one is found (<see cref="Quality.QualityRuleIds.RepeatedCrossSection"/>).</para>
/// </remarks>
public sealed partial class HkDailyCrossSectionLayout : ISourceLayout
{
    /// <summary>
    /// The two instruments of a stock by code, name and currency, shared by the day files: 27 files of 2,750 stocks
    /// would otherwise describe the same 5,500 instruments 27 times.
    /// </summary>
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<(string Code, string? Name, string Currency), (Instrument MarketCap, Instrument Pe)> Instruments = new();

    /// <inheritdoc />
    public string Name => "hk-daily-cross-section";

    /// <inheritdoc />
    public string Description => "Hong Kong daily cross-section JSON, one file per day (YYYY-MM-DD.json): [{\"code\",\"name\",\"pe\",\"mc\" (亿),\"cur\",…}]";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var head = string.Join('\n', sniff.FirstLines);
        return (Head().IsMatch(head) && head.Contains("\"mc\":", StringComparison.Ordinal))
            || (IsManifestName(sniff.FileName) && Manifest().IsMatch(head));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var root = doc.RootElement;
        if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("dates", out _))
        {
            throw new RefusedDocumentException(
                location,
                1,
                input.FileName,
                "a day's cross-section (YYYY-MM-DD.json); this is the folder's manifest, which lists the dates of the day files beside it",
                "a manifest of the Hong Kong daily cross-sections (the list of their dates), not market data");
        }

        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        if (!DateOnly.TryParseExact(stem, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new DataFormatException(location, null, null, input.FileName, "a file name that is the date of the cross-section, like 2026-07-24.json (the body carries no date)");
        }

        WireJson.RequireKind(location, root, JsonValueKind.Array, "", "a JSON array of stocks [{\"code\":…,\"mc\":…,\"pe\":…}]");
        var source = SourceText.IsUrl(location) ? "hk-cross-section" : FolderName(location);
        var series = new List<ScalarSeries>(root.GetArrayLength() * 2);
        var issues = new List<DataIssue>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
        var i = 0;
        foreach (var item in root.EnumerateArray())
        {
            // Paths are built only for messages: a file holds 2,750 stocks.
            var at = i;
            string PathOf(string field) => WireJson.Join(WireJson.Item("", at), field);
            if (item.ValueKind != JsonValueKind.Object)
            {
                throw new DataFormatException(location, null, WireJson.Item("", at), WireJson.Show(item), "an object {\"code\":…,\"mc\":…,\"pe\":…}");
            }

            var code = item.TryGetProperty("code", out var c) && c.ValueKind == JsonValueKind.String ? c.GetString()! : null;
            if (code is null || !FiveDigits().IsMatch(code))
            {
                throw new DataFormatException(location, null, PathOf("code"), code ?? (item.TryGetProperty("code", out var bad) ? WireJson.Show(bad) : null), "a five-digit Hong Kong stock code string like \"00700\"");
            }

            if (!seen.TryAdd(code, i))
            {
                throw new DataFormatException(location, null, PathOf("code"), code, $"each stock once per cross-section; {code} is also [{seen[code].ToString(CultureInfo.InvariantCulture)}]");
            }

            var currency = item.TryGetProperty("cur", out var cur) && cur.ValueKind == JsonValueKind.String ? cur.GetString()! : null;
            if (currency is null || !Currency().IsMatch(currency))
            {
                throw new DataFormatException(location, null, PathOf("cur"), currency ?? (item.TryGetProperty("cur", out var bad) ? WireJson.Show(bad) : null), "an ISO currency code string like \"HKD\" or \"CNY\"");
            }

            var name = item.TryGetProperty("name", out var n) && n.ValueKind == JsonValueKind.String ? n.GetString() : null;
            var (cap, pe) = Instruments.GetOrAdd((code, name, currency), k =>
            {
                var symbol = SymbolCatalog.FromExchangeCode("hk" + k.Code)!;
                return (ScalarMetrics.StockMarketCap(symbol, k.Name, k.Currency, Frequency.Daily), ScalarMetrics.StockPe(symbol, k.Name));
            });

            if (!item.TryGetProperty("mc", out var mc) || mc.ValueKind == JsonValueKind.Null)
            {
                issues.Add(Missing(location, PathOf("mc"), mc.ValueKind == JsonValueKind.Null ? "null" : "", cap.Symbol, date, "no market capitalisation"));
            }
            else if (ScaledNumber.TryParse(mc, ScaledNumber.Yi, out var value) && value > 0)
            {
                series.Add(new ScalarSeries(cap, source, [new ScalarPoint(date, value)]));
            }
            else
            {
                throw new DataFormatException(location, null, PathOf("mc"), WireJson.Show(mc), $"a market capitalisation in 亿 {currency}, a number above 0 like 39516.08");
            }

            if (!item.TryGetProperty("pe", out var p) || p.ValueKind == JsonValueKind.Null)
            {
                issues.Add(Missing(location, PathOf("pe"), p.ValueKind == JsonValueKind.Null ? "null" : "", pe.Symbol, date, "no P/E"));
            }
            else if (p.ValueKind == JsonValueKind.Number && p.TryGetDouble(out var ratio) && double.IsFinite(ratio))
            {
                if (ratio == 0)
                {
                    issues.Add(Missing(location, PathOf("pe"), p.GetRawText(), pe.Symbol, date, "a P/E of 0, which no stock can have (the source writes 0 where it has no P/E)"));
                }
                else
                {
                    series.Add(new ScalarSeries(pe, source, [new ScalarPoint(date, ratio)]));
                }
            }
            else
            {
                throw new DataFormatException(location, null, PathOf("pe"), WireJson.Show(p), "a P/E number like 14.84 (or null)");
            }

            i++;
        }

        return new ImportBatch(input.Document(Name), [], series, issues)
        {
            CrossSection = new CrossSection($"{Name}:{Path.GetDirectoryName(location) ?? ""}", date),
        };
    }

    private static DataIssue Missing(string location, string path, string raw, string symbol, DateOnly date, string what) =>
        new(
            "missing-value",
            IssueSeverity.Info,
            location,
            null,
            path,
            raw,
            $"{symbol} has {what} on {IsoDate.Format(date)} ({(raw.Length == 0 ? "the field is absent" : $"'{raw}'")}); the value was skipped.",
            IssueAction.Skipped)
        {
            Symbol = symbol,
            Date = date,
        };

    private static string FolderName(string location) =>
        Path.GetFileName(Path.GetDirectoryName(location)) is { Length: > 0 } folder ? folder : "hk-cross-section";

    private static bool IsManifestName(string fileName) => string.Equals(fileName, "manifest.json", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*\[\s*\{\s*""code""\s*:\s*""[0-9]{5}""")]
    private static partial Regex Head();

    [GeneratedRegex(@"^\s*\{\s*""dates""\s*:\s*\[")]
    private static partial Regex Manifest();

    [GeneratedRegex("^[0-9]{5}$")]
    private static partial Regex FiveDigits();

    [GeneratedRegex("^[A-Z]{3}$")]
    private static partial Regex Currency();
}
