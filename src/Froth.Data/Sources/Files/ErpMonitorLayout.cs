using System.Globalization;
using System.Text.RegularExpressions;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// The daily files of the "equity risk premium monitor" (<c>erp_HSTECH.csv</c>, <c>erp_000688.csv</c>):
/// <c>Date,Bond_Yield_10Y,PE,ERP,IndexCode,IndexName,Currency,BondCode</c>, UTF-8 with a byte order mark,
/// ascending dates.
/// </summary>
/// <remarks>
/// <para>Three series: the index's P/E (<c>PE</c>, ratio), its equity risk premium (<c>ERP</c> = 1/PE minus
/// the bond yield, fraction) and the country's 10-year government bond yield (<c>BOND_YIELD_10Y</c>, fraction:
/// 0.0289 = 2.89 %). The index comes from <c>IndexCode</c> (<c>HSTECH</c> → <c>HSTECH.HK</c>; a six-digit
/// <c>000…</c> code is a Shanghai index, <c>399…</c> a Shenzhen one: <c>000688</c> → <c>000688.SS</c>); the
/// country from <c>BondCode</c> (<c>CN10Y</c> → <c>CN</c>). <c>IndexCode</c>, <c>IndexName</c>,
/// <c>Currency</c> and <c>BondCode</c> describe the file and must not change from line to line.</para>
/// <para>Missing values: the bond series starts years before the P/E, so <c>PE</c> and <c>ERP</c> are empty on
/// the first thousands of lines; each run of empty cells in a column is skipped with one
/// <see cref="DataIssue"/>.</para>
/// <para>The monitor names the Nasdaq-100 by the ticker of the ETF that tracks it: <c>IndexCode</c> <c>QQQ</c> →
/// <c>^NDX</c> (<c>erp_QQQ.csv</c>: <c>^NDX:PE</c>, <c>^NDX:ERP</c> and <c>US:BOND_YIELD_10Y</c>).</para>
/// <para>Weekend rows (<see cref="ScalarIssueRules.WeekendRow"/>): the monitor writes a row for every working day of
/// its bond's country. In a <c>US10Y</c> file a Saturday or Sunday is never a session — those rows repeat a
/// neighbouring Friday or Monday — so they are left out, one warning per row. In a <c>CN10Y</c> file they are China's
/// make-up working days (调休), on which the interbank bond market trades, and they are kept as before.</para>
/// </remarks>
public sealed partial class ErpMonitorLayout : ISourceLayout
{
    private static readonly string[] Required = ["Date", "Bond_Yield_10Y", "PE", "ERP", "IndexCode", "IndexName", "Currency", "BondCode"];

    /// <summary>Index codes that are the ticker of an ETF tracking the index, and the index they stand for.</summary>
    private static readonly Dictionary<string, string> EtfIndices = new(StringComparer.OrdinalIgnoreCase)
    {
        ["QQQ"] = "^NDX",
    };

    /// <summary>Bond countries whose calendar has no weekend working day, so that a weekend row is not a session.</summary>
    private static readonly HashSet<string> WeekendFreeCountries = new(StringComparer.Ordinal) { "US" };

    /// <inheritdoc />
    public string Name => "erp-monitor";

    /// <inheritdoc />
    public string Description => "equity-risk-premium monitor: Date,Bond_Yield_10Y,PE,ERP,IndexCode,IndexName,Currency,BondCode";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count > 0
            && CsvTable.Split(sniff.FirstLines[0], ',').Select(h => h.Trim()).SequenceEqual(Required);
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        var at = new int[Required.Length];
        for (var i = 0; i < Required.Length; i++)
        {
            at[i] = table.IndexOf(Required[i]);
            if (at[i] < 0)
            {
                throw new DataFormatException(input.Location, table.HeaderLine, Required[i], string.Join(",", table.Header), $"a column named '{Required[i]}' (header {string.Join(",", Required)})");
            }
        }

        var first = table.Rows[0];
        table.RequireWidth(first);
        var index = IndexOf(input.Location, first, at[4], at[5]);
        var country = CountryOf(input.Location, first, at[7]);
        var source = SourceText.SourceName(input, "erp-monitor");
        var bond = new ScalarSeriesBuilder(ScalarMetrics.BondYield10Y(country), source, "Bond_Yield_10Y");
        var pe = new ScalarSeriesBuilder(ScalarMetrics.Pe(index), source, "PE");
        var erp = new ScalarSeriesBuilder(ScalarMetrics.Erp(index), source, "ERP");
        (ScalarSeriesBuilder Builder, int Column)[] values = [(bond, at[1]), (pe, at[2]), (erp, at[3])];
        var weekendFree = WeekendFreeCountries.Contains(country);
        var issues = new List<DataIssue>();

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[at[0]].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, row.Line, "Date", dateText, "a date like 2026-07-07");
            }

            foreach (var c in (int[])[at[4], at[5], at[6], at[7]])
            {
                if (row.Fields[c].Trim() != first.Fields[c].Trim())
                {
                    throw new DataFormatException(input.Location, row.Line, table.Header[c], row.Fields[c], $"'{first.Fields[c].Trim()}' as on line {first.Line} (one index and one bond per file)");
                }
            }

            if (weekendFree && date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                issues.Add(new DataIssue(
                    ScalarIssueRules.WeekendRow,
                    IssueSeverity.Warning,
                    input.Location,
                    row.Line,
                    "Date",
                    dateText,
                    $"{dateText} is a {date.DayOfWeek}, and this file follows the calendar of its bond {first.Fields[at[7]].Trim()}, which has no weekend sessions: "
                    + $"the row (PE '{row.Fields[at[2]].Trim()}', Bond_Yield_10Y '{row.Fields[at[1]].Trim()}') repeats a neighbouring session and was left out.",
                    IssueAction.Skipped)
                {
                    Symbol = pe.Instrument.Symbol,
                    Date = date,
                });
                continue;
            }

            foreach (var (builder, c) in values)
            {
                var raw = row.Fields[c].Trim();
                if (raw.Length == 0)
                {
                    builder.Missing(date, row.Line, raw);
                }
                else if (SourceText.TryParseNumber(raw, out var value))
                {
                    builder.Add(date, value, row.Line);
                }
                else
                {
                    throw new DataFormatException(input.Location, row.Line, table.Header[c], raw, "a number like 0.0174 (or an empty cell)");
                }
            }
        }

        issues.AddRange(values.SelectMany(v => v.Builder.MissingIssues(input.Location)));
        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            values.Select(v => v.Builder),
            issues);
    }

    private static Instrument IndexOf(string location, CsvRow row, int codeColumn, int nameColumn)
    {
        var code = row.Fields[codeColumn].Trim();
        if (EtfIndices.TryGetValue(code, out var tracked))
        {
            return SymbolCatalog.Find(tracked)!;
        }

        if (SymbolCatalog.Find(code) is { Kind: InstrumentKind.Index } known)
        {
            return known;
        }

        if (SixDigits().IsMatch(code) && (code.StartsWith("000", StringComparison.Ordinal) || code.StartsWith("399", StringComparison.Ordinal)))
        {
            var exchange = code.StartsWith('0') ? "sh" : "sz";
            if (SymbolCatalog.Find(exchange + code) is { Kind: InstrumentKind.Index } listed)
            {
                return listed;
            }

            var name = row.Fields[nameColumn].Trim();
            return exchange == "sh"
                ? new Instrument($"{code}.SS", name.Length > 0 ? name : code, InstrumentKind.Index, "SH", "CNY")
                : new Instrument($"{code}.SZ", name.Length > 0 ? name : code, InstrumentKind.Index, "SZ", "CNY");
        }

        throw new DataFormatException(location, row.Line, "IndexCode", code, "an index Froth knows (HSTECH, STAR50…), the ETF ticker QQQ for the Nasdaq-100, or a six-digit Shanghai (000…) or Shenzhen (399…) index code");
    }

    private static string CountryOf(string location, CsvRow row, int column)
    {
        var code = row.Fields[column].Trim();
        var m = BondCode().Match(code);
        return m.Success
            ? m.Groups[1].Value
            : throw new DataFormatException(location, row.Line, "BondCode", code, "a 10-year bond code like CN10Y (country code, then 10Y)");
    }

    [GeneratedRegex("^[0-9]{6}$")]
    private static partial Regex SixDigits();

    [GeneratedRegex("^([A-Z]{2})10Y$")]
    private static partial Regex BondCode();
}
