using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// Yahoo Finance's v8 chart response (<c>/v8/finance/chart/0700.HK?interval=1d&amp;range=…</c>):
/// <c>chart.result[k]</c> with <c>meta</c>, <c>timestamp[]</c> and <c>indicators.quote[0]{open,high,low,close,volume}</c>
/// arrays aligned with the timestamps, optionally <c>indicators.adjclose[0].adjclose[]</c>; or <c>chart.error</c>.
/// </summary>
/// <remarks>
/// <para>Dates: a timestamp is the session's opening instant in Unix seconds; the session date is its calendar
/// date in the exchange's time zone — <c>meta.exchangeTimezoneName</c> (so that daylight saving is right for
/// every date), or the fixed <c>meta.gmtoffset</c> when the zone is unknown to the system.</para>
/// <para>Bars: one <see cref="BarSeries"/> per result, the instrument from <c>meta.symbol</c> (catalogued
/// symbols and aliases resolve to their canonical instrument; others are described from <c>meta</c>). Yahoo's
/// quote arrays are split-adjusted but not dividend-adjusted; <see cref="PriceAdjustment"/> has no split-only
/// value, so the series says <see cref="PriceAdjustment.None"/> (no dividend adjustment). When
/// <c>adjclose</c> is present a second series, source <c>&lt;source&gt;-adj</c>, holds the bars scaled by
/// adjclose/close (<see cref="PriceAdjustment.SplitAndDividend"/>), so neither close is lost.</para>
/// <para>Nulls: a timestamp whose open, high, low and close are all <c>null</c> (no trades) is skipped, one
/// Info issue per run; one with only some of them <c>null</c> is skipped with a Warning each; a <c>null</c>
/// volume gives a bar without volume. <c>chart.error</c> is an error naming Yahoo's code and description.</para>
/// </remarks>
public sealed partial class YahooChartLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "yahoo-chart-json";

    /// <inheritdoc />
    public string Description => "Yahoo Finance v8 chart JSON: {\"chart\":{\"result\":[{meta,timestamp,indicators}],\"error\":null}}";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return Chart().IsMatch(string.Join('\n', sniff.FirstLines));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        using var doc = WireJson.Parse(input);
        var chart = WireJson.Required(location, doc.RootElement, "chart", "");
        WireJson.RequireKind(location, chart, JsonValueKind.Object, "chart", "an object with 'result' and 'error'");
        if (WireJson.Optional(location, chart, "error", "chart") is { } error)
        {
            var code = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("code", out var c) ? c.ToString() : WireJson.Show(error);
            var description = error.ValueKind == JsonValueKind.Object && error.TryGetProperty("description", out var d) ? $": {d}" : "";
            throw new DataFormatException(location, null, "chart.error", code + description, "a chart result (Yahoo answered with an error instead)");
        }

        var results = WireJson.Required(location, chart, "result", "chart");
        WireJson.RequireKind(location, results, JsonValueKind.Array, "chart.result", "an array of chart results");
        var source = SourceText.SourceName(input, "yahoo");
        var bars = new List<BarSeries>();
        var issues = new List<DataIssue>();
        var k = 0;
        foreach (var result in results.EnumerateArray())
        {
            ReadResult(input, result, WireJson.Item("chart.result", k++), source, bars, issues);
        }

        if (k == 0)
        {
            issues.Add(new DataIssue("no-rows", IssueSeverity.Info, location, null, "chart.result", "[]", "The response holds no chart result; nothing was read.", IssueAction.Reported));
        }

        return new ImportBatch(input.Document(Name), bars, [], issues);
    }

    private static void ReadResult(SourceInput input, JsonElement result, string path, string source, List<BarSeries> bars, List<DataIssue> issues)
    {
        var location = input.Location;
        var metaPath = WireJson.Join(path, "meta");
        var meta = WireJson.Required(location, result, "meta", path);
        var symbol = WireJson.String(location, WireJson.Required(location, meta, "symbol", metaPath), WireJson.Join(metaPath, "symbol"), "a symbol string like \"0700.HK\"");
        if (string.IsNullOrWhiteSpace(symbol))
        {
            throw new DataFormatException(location, null, WireJson.Join(metaPath, "symbol"), symbol, "a symbol string like \"0700.HK\" (it is empty)");
        }

        var instrument = InstrumentOf(location, meta, metaPath, symbol);
        var toDate = SessionDate(location, meta, metaPath);

        if (WireJson.Optional(location, result, "timestamp", path) is not { } timestamps)
        {
            issues.Add(new DataIssue("no-rows", IssueSeverity.Info, location, null, WireJson.Join(path, "timestamp"), null, $"The result for {symbol} holds no timestamps (no sessions in the range asked); nothing was read.", IssueAction.Reported) { Symbol = instrument.Symbol });
            return;
        }

        var tsPath = WireJson.Join(path, "timestamp");
        WireJson.RequireKind(location, timestamps, JsonValueKind.Array, tsPath, "an array of Unix times in seconds");
        var n = timestamps.GetArrayLength();
        var indicatorsPath = WireJson.Join(path, "indicators");
        var indicators = WireJson.Required(location, result, "indicators", path);
        var quoteList = WireJson.Required(location, indicators, "quote", indicatorsPath);
        var quotePath = WireJson.Item(WireJson.Join(indicatorsPath, "quote"), 0);
        if (quoteList.ValueKind != JsonValueKind.Array || quoteList.GetArrayLength() == 0)
        {
            throw new DataFormatException(location, null, WireJson.Join(indicatorsPath, "quote"), WireJson.Show(quoteList), "an array holding one quote object");
        }

        var quote = quoteList[0];
        var open = Column(location, quote, quotePath, "open", n);
        var high = Column(location, quote, quotePath, "high", n);
        var low = Column(location, quote, quotePath, "low", n);
        var close = Column(location, quote, quotePath, "close", n);
        var volume = Column(location, quote, quotePath, "volume", n);
        JsonElement? adjclose = null;
        var adjPath = WireJson.Join(WireJson.Item(WireJson.Join(indicatorsPath, "adjclose"), 0), "adjclose");
        if (WireJson.Optional(location, indicators, "adjclose", indicatorsPath) is { ValueKind: JsonValueKind.Array } adjList && adjList.GetArrayLength() > 0)
        {
            adjclose = Column(location, adjList[0], WireJson.Item(WireJson.Join(indicatorsPath, "adjclose"), 0), "adjclose", n);
        }

        var raw = new List<DailyBar>(n);
        var adjusted = new List<DailyBar>(n);
        (int First, int Last, DateOnly From, DateOnly To)? run = null;
        void CloseRun()
        {
            if (run is { } r)
            {
                var count = r.Last - r.First + 1;
                issues.Add(new DataIssue(
                    "missing-value",
                    IssueSeverity.Info,
                    location,
                    null,
                    r.First == r.Last ? $"{quotePath}[{r.First}]" : $"{quotePath}[{r.First}..{r.Last}]",
                    "null",
                    $"{symbol}: open, high, low and close are null at {count} timestamp{(count == 1 ? "" : "s")} ({IsoDate.Format(r.From)}{(count == 1 ? "" : $" … {IsoDate.Format(r.To)}")}), sessions without trades; skipped.",
                    IssueAction.Skipped)
                { Symbol = instrument.Symbol, Date = r.From });
                run = null;
            }
        }

        for (var i = 0; i < n; i++)
        {
            var ts = timestamps[i].ValueKind == JsonValueKind.Number && timestamps[i].TryGetInt64(out var t)
                ? t
                : WireJson.Integer(location, timestamps[i], WireJson.Item(tsPath, i), "a Unix time in whole seconds");
            if (!DataDomain.IsValidUnixSeconds(ts))
            {
                throw new DataFormatException(location, null, WireJson.Item(tsPath, i), ts.ToString(CultureInfo.InvariantCulture), $"a Unix time in seconds of {DataDomain.ExpectedDate}");
            }

            var date = toDate(ts);
            double?[] ohlc = [Value(location, open[i], quotePath, "open", i), Value(location, high[i], quotePath, "high", i), Value(location, low[i], quotePath, "low", i), Value(location, close[i], quotePath, "close", i)];
            if (ohlc.All(v => v is null))
            {
                run = run is { } r ? (r.First, i, r.From, date) : (i, i, date, date);
                continue;
            }

            CloseRun();
            var nulls = new[] { "open", "high", "low", "close" }.Where((_, j) => ohlc[j] is null).ToList();
            if (nulls.Count > 0)
            {
                issues.Add(new DataIssue(
                    "incomplete-bar",
                    IssueSeverity.Warning,
                    location,
                    null,
                    $"{quotePath}.{nulls[0]}[{i}]",
                    "null",
                    $"{symbol} {IsoDate.Format(date)}: {string.Join(", ", nulls)} {(nulls.Count == 1 ? "is" : "are")} null while the other prices are not; the bar was skipped.",
                    IssueAction.Skipped)
                { Symbol = instrument.Symbol, Date = date });
                continue;
            }

            var vol = Value(location, volume[i], quotePath, "volume", i);
            var bar = new DailyBar(date, ohlc[0]!.Value, ohlc[1]!.Value, ohlc[2]!.Value, ohlc[3]!.Value, vol);
            raw.Add(bar);
            if (adjclose is { } adj)
            {
                if (Value(location, adj[i], adjPath, null, i) is { } a)
                {
                    var f = a / bar.Close;
                    adjusted.Add(bar with { Open = bar.Open * f, High = bar.High * f, Low = bar.Low * f, Close = a });
                }
                else
                {
                    issues.Add(new DataIssue("incomplete-bar", IssueSeverity.Warning, location, null, $"{adjPath}[{i}]", "null", $"{symbol} {IsoDate.Format(date)}: adjclose is null; the adjusted series has no bar for that date.", IssueAction.Skipped) { Symbol = instrument.Symbol, Date = date });
                }
            }
        }

        CloseRun();
        bars.Add(new BarSeries(instrument, source, PriceAdjustment.None, Ascending(raw)));
        if (adjclose is not null)
        {
            bars.Add(new BarSeries(instrument, $"{source}-adj", PriceAdjustment.SplitAndDividend, Ascending(adjusted)));
        }
    }

    private static Instrument InstrumentOf(string location, JsonElement meta, string metaPath, string symbol)
    {
        if (SymbolCatalog.Find(symbol) is { } known)
        {
            return known;
        }

        var described = SymbolCatalog.Describe(symbol);
        string? Text(string name) => WireJson.Optional(location, meta, name, metaPath) is { ValueKind: JsonValueKind.String } e ? e.GetString() : null;
        var kind = Text("instrumentType") switch
        {
            "EQUITY" => InstrumentKind.Stock,
            "INDEX" => InstrumentKind.Index,
            "ETF" or "MUTUALFUND" => InstrumentKind.Etf,
            "CURRENCY" => InstrumentKind.Fx,
            _ => described.Kind,
        };
        return described with
        {
            Name = Text("longName") ?? Text("shortName") ?? symbol,
            Currency = Text("currency") ?? described.Currency,
            Kind = kind,
        };
    }

    private static Func<long, DateOnly> SessionDate(string location, JsonElement meta, string metaPath)
    {
        if (WireJson.Optional(location, meta, "exchangeTimezoneName", metaPath) is { ValueKind: JsonValueKind.String } zone
            && TimeZoneInfo.TryFindSystemTimeZoneById(zone.GetString()!, out var tz))
        {
            return ts => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeSeconds(ts), tz).DateTime);
        }

        if (WireJson.Optional(location, meta, "gmtoffset", metaPath) is { } offsetElement)
        {
            var seconds = WireJson.Integer(location, offsetElement, WireJson.Join(metaPath, "gmtoffset"), "the exchange's UTC offset in whole seconds, like 28800");
            if (Math.Abs(seconds) > 14 * 3600)
            {
                throw new DataFormatException(location, null, WireJson.Join(metaPath, "gmtoffset"), seconds.ToString(CultureInfo.InvariantCulture), "a UTC offset within ±14 hours, in seconds");
            }

            var offset = TimeSpan.FromSeconds(seconds);
            return ts => DateOnly.FromDateTime(DateTimeOffset.FromUnixTimeSeconds(ts).ToOffset(offset).DateTime);
        }

        throw new DataFormatException(location, null, metaPath, null, "meta.exchangeTimezoneName (an IANA zone such as Asia/Hong_Kong) or meta.gmtoffset, to turn timestamps into session dates");
    }

    private static JsonElement Column(string location, JsonElement quote, string quotePath, string name, int length)
    {
        var path = WireJson.Join(quotePath, name);
        var column = WireJson.Required(location, quote, name, quotePath);
        WireJson.RequireKind(location, column, JsonValueKind.Array, path, "an array of numbers or nulls, one per timestamp");
        if (column.GetArrayLength() != length)
        {
            throw new DataFormatException(location, null, path, $"{column.GetArrayLength()} values", $"{length} values, one per timestamp");
        }

        return column;
    }

    /// <summary>A number or null; the JSON path is only built for the error message.</summary>
    private static double? Value(string location, JsonElement element, string arrayPath, string? name, int i)
    {
        if (element.ValueKind == JsonValueKind.Null)
        {
            return null;
        }

        var path = WireJson.Item(name is null ? arrayPath : WireJson.Join(arrayPath, name), i);
        if (element.ValueKind == JsonValueKind.Number && element.TryGetDouble(out var value) && double.IsFinite(value))
        {
            return name is "volume" || DataDomain.IsValidPrice(value)
                ? value
                : throw new DataFormatException(location, null, path, element.GetRawText(), DataDomain.ExpectedPrice);
        }

        return WireJson.Number(location, element, path, "a number or null");
    }

    private static DailyBar[] Ascending(List<DailyBar> bars)
    {
        for (var i = 1; i < bars.Count; i++)
        {
            if (bars[i].Date < bars[i - 1].Date)
            {
                return [.. bars.OrderBy(b => b.Date)];
            }
        }

        return [.. bars];
    }

    [GeneratedRegex(@"^\s*\{\s*""chart""\s*:")]
    private static partial Regex Chart();
}
