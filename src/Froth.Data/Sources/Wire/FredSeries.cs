using System.Text.RegularExpressions;
using Froth.Series;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// What the FRED layouts share: series ids, the instrument of a series (<c>FRED:&lt;ID&gt;</c>), and the
/// frequency inferred from the observation dates (FRED's bodies do not state it).
/// </summary>
internal static partial class FredSeries
{
    /// <summary>Name, unit and frequency of the FRED series the snapshot and the product use; others get generic ones.</summary>
    private static readonly Dictionary<string, (string Name, string Unit)> Known = new(StringComparer.Ordinal)
    {
        ["SP500"] = ("S&P 500 index level (FRED SP500)", ScalarMetrics.Points),
        ["HQMCB10YR"] = ("10-year High Quality Market corporate bond spot rate (FRED HQMCB10YR)", "percent"),
        ["CHNCPIALLMINMEI"] = ("China consumer price index, all items, 2015 = 100 (FRED CHNCPIALLMINMEI, OECD MEI)", "index"),
        ["DGS10"] = ("US 10-year Treasury constant maturity yield (FRED DGS10)", "percent"),
        ["CPIAUCSL"] = ("US CPI for all urban consumers, 1982-84 = 100 (FRED CPIAUCSL)", "index"),
        ["NASDAQ100"] = ("Nasdaq-100 index level (FRED NASDAQ100)", ScalarMetrics.Points),
    };

    /// <summary>
    /// FRED's daily exchange rates quoted as units of a currency per US dollar (the H.10 noon buying rates), and the
    /// Yahoo currency pair each is: they are stored as that pair's bars, so that a rate from FRED and one from Yahoo
    /// are two sources of one instrument. (FRED's <c>DEXUSEU</c>, <c>DEXUSUK</c>… are dollars per currency, the
    /// other way round, and are not mapped.)
    /// </summary>
    private static readonly Dictionary<string, string> FxPairs = new(StringComparer.Ordinal)
    {
        ["DEXHKUS"] = "HKD=X",
        ["DEXCHUS"] = "CNY=X",
        ["DEXJPUS"] = "JPY=X",
    };

    /// <summary>The Yahoo currency pair a FRED exchange-rate id is stored as (<c>DEXHKUS</c> → <c>HKD=X</c>), or <see langword="null"/>.</summary>
    public static string? FxSymbol(string id) => FxPairs.GetValueOrDefault(id);

    /// <summary>The FRED id of a currency pair (<c>HKD=X</c> → <c>DEXHKUS</c>), or <see langword="null"/>.</summary>
    public static string? FxId(string symbol) =>
        FxPairs.Where(p => string.Equals(p.Value, symbol, StringComparison.OrdinalIgnoreCase)).Select(p => p.Key).FirstOrDefault();

    /// <summary>
    /// The instrument a column of FRED values is stored as: the currency pair of an exchange-rate id read without a
    /// transformation (<c>DEXHKUS</c> → <c>HKD=X</c>, kind FX, bars), else <see cref="Instrument(string, string?, Frequency)"/>.
    /// </summary>
    public static Instrument SeriesInstrument(string id, string? units, Frequency frequency)
    {
        var transformed = units is not null && !string.Equals(units, "lin", StringComparison.OrdinalIgnoreCase);
        return !transformed && FxSymbol(id) is { } pair
            ? Symbols.SymbolCatalog.Describe(pair)
            : Instrument(id, units, frequency);
    }

    /// <summary>
    /// The batch of FRED builders: scalar series as they are, and the builders of currency pairs
    /// (<see cref="SeriesInstrument"/>) as close-only bar series — FRED publishes one rate a day, so the bar's open,
    /// high and low are that rate, and there is no volume. Lines are kept where every value has one.
    /// </summary>
    public static ImportBatch ToBatch(SourceDocument document, IReadOnlyList<ScalarSeriesBuilder> builders, IReadOnlyList<DataIssue> issues)
    {
        var scalars = ScalarSeriesBuilder.ToBatch(document, builders.Where(b => !b.Instrument.HasBars), issues);
        var bars = new List<BarSeries>();
        var lines = new List<IReadOnlyList<int>>();
        var allLines = true;
        foreach (var builder in builders.Where(b => b.Instrument.HasBars))
        {
            if (builder.Build() is not { } built)
            {
                continue;
            }

            bars.Add(new BarSeries(builder.Instrument, builder.Source, PriceAdjustment.None, [.. built.Series.Points.Select(p => new DailyBar(p.Date, p.Value, p.Value, p.Value, p.Value, null))]));
            if (built.Lines is { } l)
            {
                lines.Add(l);
            }
            else
            {
                allLines = false;
            }
        }

        return scalars with { Bars = bars, BarLines = bars.Count > 0 && allLines ? lines : null };
    }

    /// <summary>True for a FRED series id: upper-case letters, digits and underscores, with a letter.</summary>
    public static bool IsSeriesId(string text) => SeriesId().IsMatch(text);

    /// <summary>
    /// The instrument <c>FRED:&lt;ID&gt;</c> (kind Macro). When FRED transformed the values (<c>units</c> other
    /// than <c>lin</c>, e.g. <c>pch</c>) the code gets the transformation appended (<c>FRED:CPIAUCSL_PCH</c>) so
    /// that levels and changes never share a series. Unknown series have unit <c>unspecified</c>.
    /// </summary>
    public static Instrument Instrument(string id, string? units, Frequency frequency)
    {
        var transformed = units is not null && !string.Equals(units, "lin", StringComparison.OrdinalIgnoreCase);
        var (name, unit) = Known.TryGetValue(id, out var k) ? k : ($"FRED series {id}", "unspecified");
        if (transformed)
        {
            name = $"{name}, FRED units={units}";
            unit = "unspecified";
        }

        var code = transformed ? $"{id}_{units!.ToUpperInvariant()}" : id;
        return ScalarMetrics.Macro("FRED", code, name, unit, frequency);
    }

    /// <summary>
    /// Frequency from the dates, ascending: all on the first of a month → annual when every month is January,
    /// quarterly when every month starts a quarter, else monthly; otherwise weekly when all fall on the same
    /// weekday 7 days apart or more, else daily. A single observation on the first of a month counts as monthly.
    /// </summary>
    public static Frequency Infer(IReadOnlyList<DateOnly> dates)
    {
        if (dates.Count > 0 && dates.All(d => d.Day == 1))
        {
            if (dates.Count > 1 && dates.All(d => d.Month == 1))
            {
                return Frequency.Annual;
            }

            return dates.Count > 1 && dates.All(d => d.Month is 1 or 4 or 7 or 10) ? Frequency.Quarterly : Frequency.Monthly;
        }

        if (dates.Count > 2 && dates.All(d => d.DayOfWeek == dates[0].DayOfWeek))
        {
            return Frequency.Weekly;
        }

        return Frequency.Daily;
    }

    /// <summary>
    /// The series id of a response whose body does not carry it: the URL's <c>series_id=</c> query, else the
    /// file name — the whole stem when it is an id (<c>HQMCB10YR.json</c>), or the last <c>_</c>-separated
    /// token that is one (<c>fred_series_observations_HQMCB10YR_2024-06-27.json</c>).
    /// </summary>
    public static string? IdFromLocation(SourceInput input)
    {
        if (SourceText.QueryParameter(input.Location, "series_id") is { Length: > 0 } fromQuery)
        {
            return fromQuery.Trim().ToUpperInvariant();
        }

        if (SourceText.IsUrl(input.Location))
        {
            return null;
        }

        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        if (IsSeriesId(stem))
        {
            return stem;
        }

        return stem.Split('_', StringSplitOptions.RemoveEmptyEntries).LastOrDefault(t => IsSeriesId(t) && t.Any(char.IsAsciiLetterUpper) && t.Length >= 2);
    }

    [GeneratedRegex("^(?=.*[A-Z])[A-Z0-9_]+$")]
    private static partial Regex SeriesId();
}
