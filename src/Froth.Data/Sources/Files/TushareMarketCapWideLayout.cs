using System.Globalization;
using System.Text.RegularExpressions;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>tushare-total-mv-wide</c>: quarter-end total market capitalisation of A shares from Tushare's
/// <c>daily_basic.total_mv</c>, pivoted wide (<c>market_cap/a_quarterly/total_mv_quarterly_wide.csv</c>): a first
/// column with a blank header holding <c>YYYYMMDD</c> dates, then one column per stock named by Tushare's code
/// (<c>688256.SH</c>, <c>300308.SZ</c>, <c>430047.BJ</c>), values in 万 CNY (10⁴).
/// </summary>
/// <remarks>
/// <para>One series per stock, <c>&lt;symbol&gt;:MARKET_CAP</c> in CNY (× 10⁴, exact), frequency quarterly, dated as
/// printed (the quarter's last calendar day: the value of that day's or the last earlier session, a point-in-time
/// level, so it is not moved to the first of the quarter as period figures are). Symbols follow Yahoo:
/// <c>.SH</c> → <c>.SS</c>, <c>.SZ</c> stays, and <c>.BJ</c> stays <c>.BJ</c> (Yahoo lists no Beijing stocks; the
/// catalogue and the Eastmoney and Tencent codes use <c>.BJ</c>).</para>
/// <para>Two quirks are handled by documented rules and reported:
/// <see cref="ScalarIssueRules.OffQuarterRow"/>: a row dated on a month-end that is not a quarter-end (a dozen junk
/// rows such as <c>20130731</c>, each holding one or two values of stocks not listed yet) is left out, one warning per
/// row naming its stocks; <see cref="ScalarIssueRules.PreListingValue"/>: a stock's leading run of two or more equal
/// values is the source's back-fill of its listing-day market cap to dates before it listed (688256 shows 8,498,124
/// 万 from 2017-12-31 to 2020-06-30 and listed on 2020-07-20) and is left out, one warning per stock. A real stock
/// suspended over its first two quarter-ends in the table looks the same; the warning gives the dates so that a
/// reader can tell.</para>
/// <para>A blank cell before a stock's first or after its last value is not a value (the stock was not listed, or
/// had left): one Info issue for the whole table counts them. A blank between two values is a missing value
/// (<c>missing-value</c>, one issue per run). A value that is not a number ≥ 0, a date that is not <c>YYYYMMDD</c>, a
/// header that is not a stock code and a line of the wrong width are errors naming line and column.</para>
/// </remarks>
public sealed partial class TushareMarketCapWideLayout : ISourceLayout
{
    /// <summary>Fewest equal leading values that count as a pre-listing back-fill.</summary>
    public const int PreListingRunLength = 2;

    /// <inheritdoc />
    public string Name => "tushare-total-mv-wide";

    /// <inheritdoc />
    public string Description => "Tushare total_mv pivoted wide: blank first header, YYYYMMDD rows, one column per stock (688256.SH …), 万 CNY";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (sniff.FirstLines.Count == 0)
        {
            return false;
        }

        // The header of 5,000 columns is longer than the sniffed head: check the complete fields only.
        var fields = CsvTable.Split(sniff.FirstLines[0], ',');
        var complete = fields.Take(Math.Max(1, fields.Count - 1)).Skip(1).ToList();
        return fields.Count >= 2 && fields[0].Trim().Length == 0 && complete.Count > 0 && complete.All(f => StockCode().IsMatch(f.Trim()));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var location = input.Location;
        var table = CsvTable.Parse(location, SourceText.Decode(input), ',');
        var header = table.Header;
        if (header.Count < 2 || header[0].Length != 0)
        {
            throw new DataFormatException(location, table.HeaderLine, header[0], header[0], "a blank first header (the date column) followed by stock codes like 688256.SH");
        }

        var symbols = new string[header.Count];
        for (var c = 1; c < header.Count; c++)
        {
            var m = StockCode().Match(header[c]);
            if (!m.Success)
            {
                throw new DataFormatException(location, table.HeaderLine, header[c], header[c], "a Tushare stock code like 688256.SH, 300308.SZ or 430047.BJ");
            }

            symbols[c] = m.Groups[2].Value == "SH" ? $"{m.Groups[1].Value}.SS" : header[c];
        }

        var issues = new List<DataIssue>();
        var cells = new List<(DateOnly Date, int Line, string Raw)>[header.Count];
        for (var c = 1; c < header.Count; c++)
        {
            cells[c] = [];
        }

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var text = row.Fields[0].Trim();
            if (!DateOnly.TryParseExact(text, "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(location, row.Line, "(date)", text, "a date like 20241231");
            }

            if (!IsQuarterEnd(date))
            {
                var held = Enumerable.Range(1, header.Count - 1).Where(c => row.Fields[c].Trim().Length > 0).Select(c => $"{symbols[c]} {row.Fields[c].Trim()}").ToList();
                issues.Add(new DataIssue(
                    ScalarIssueRules.OffQuarterRow,
                    IssueSeverity.Warning,
                    location,
                    row.Line,
                    "(date)",
                    text,
                    $"{IsoDate.Format(date)} is not a quarter-end, in a table of quarter-end values; the row ({(held.Count == 0 ? "no values" : string.Join(", ", held) + " 万")}) was left out.",
                    IssueAction.Skipped) { Date = date });
                continue;
            }

            for (var c = 1; c < header.Count; c++)
            {
                var raw = row.Fields[c].Trim();
                if (raw.Length > 0)
                {
                    cells[c].Add((date, row.Line, raw));
                }
                else if (cells[c].Count > 0)
                {
                    cells[c].Add((date, row.Line, ""));
                }
            }
        }

        var source = SourceText.SourceName(input, "tushare");
        var builders = new List<ScalarSeriesBuilder>(header.Count - 1);
        var outside = 0;
        var quarters = table.Rows.Count(r => DateOnly.TryParseExact(r.Fields[0].Trim(), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) && IsQuarterEnd(d));
        for (var c = 1; c < header.Count; c++)
        {
            var column = cells[c];
            while (column.Count > 0 && column[^1].Raw.Length == 0)
            {
                column.RemoveAt(column.Count - 1);
            }

            outside += quarters - column.Count;
            var builder = new ScalarSeriesBuilder(ScalarMetrics.StockMarketCap(symbols[c], null, "CNY", Frequency.Quarterly), source, header[c]);
            var start = PreListing(location, header[c], symbols[c], column, issues);
            for (var k = start; k < column.Count; k++)
            {
                var (date, line, raw) = column[k];
                if (raw.Length == 0 && builder.Count == 0)
                {
                    // Blank between a pre-listing run and the first real value: the stock was not trading yet.
                    outside++;
                }
                else if (raw.Length == 0)
                {
                    builder.Missing(date, line, raw);
                }
                else if (ScaledNumber.TryParse(raw, ScaledNumber.Wan, grouped: false, out var value) && value >= 0)
                {
                    builder.Add(date, value, line);
                }
                else
                {
                    throw new DataFormatException(location, line, header[c], raw, "a market capitalisation in 万 CNY, a number ≥ 0 like 27468654.0 (or an empty cell)");
                }
            }

            issues.AddRange(builder.MissingIssues(location, (_, _) => "a quarter-end without a value between two that have one"));
            builders.Add(builder);
        }

        if (outside > 0)
        {
            issues.Add(new DataIssue(
                ScalarIssueRules.BlankOutsideListing,
                IssueSeverity.Info,
                location,
                null,
                null,
                "",
                $"{outside.ToString("N0", CultureInfo.InvariantCulture)} blank cells lie before a stock's first value or after its last (a stock not listed yet, or delisted, at that quarter-end): they are not values, and nothing was stored for them.",
                IssueAction.Reported));
        }

        return ScalarSeriesBuilder.ToBatch(input.Document(Name), builders, issues);
    }

    /// <summary>True for 31 March, 30 June, 30 September and 31 December.</summary>
    private static bool IsQuarterEnd(DateOnly date) => date.Month % 3 == 0 && date.Day == DateTime.DaysInMonth(date.Year, date.Month);

    /// <summary>
    /// The index of the first value after the stock's leading run of equal values when that run is at least
    /// <see cref="PreListingRunLength"/> long (reported as a pre-listing back-fill), else 0.
    /// </summary>
    private static int PreListing(string location, string column, string symbol, List<(DateOnly Date, int Line, string Raw)> cells, List<DataIssue> issues)
    {
        if (cells.Count == 0)
        {
            return 0;
        }

        var first = cells[0];
        if (!ScaledNumber.TryParse(first.Raw, 1m, grouped: false, out var v0))
        {
            return 0;
        }

        var end = 1;
        var values = 1;
        while (end < cells.Count && (cells[end].Raw.Length == 0 || (ScaledNumber.TryParse(cells[end].Raw, 1m, grouped: false, out var v) && v == v0)))
        {
            values += cells[end].Raw.Length == 0 ? 0 : 1;
            end++;
        }

        // Blank cells at the end of the run belong to what follows.
        while (end > 1 && cells[end - 1].Raw.Length == 0)
        {
            end--;
        }

        if (values < PreListingRunLength)
        {
            return 0;
        }

        var last = cells[end - 1];
        var next = end < cells.Count ? $" The series starts on {IsoDate.Format(cells[end].Date)}." : " No value is left.";
        issues.Add(new DataIssue(
            ScalarIssueRules.PreListingValue,
            IssueSeverity.Warning,
            location,
            first.Line,
            column,
            first.Raw,
            $"{symbol}'s first {values.ToString(CultureInfo.InvariantCulture)} quarter-end values ({IsoDate.Format(first.Date)} to {IsoDate.Format(last.Date)}, lines {first.Line.ToString(CultureInfo.InvariantCulture)}–{last.Line.ToString(CultureInfo.InvariantCulture)}) "
            + $"are all {first.Raw} 万 CNY: the source's back-fill of the listing-day market cap to dates before the listing (a stock suspended over its first quarter-ends looks the same); left out.{next}",
            IssueAction.Skipped)
        {
            Symbol = $"{symbol}:MARKET_CAP",
            Date = first.Date,
        });
        return end;
    }

    [GeneratedRegex("^([0-9]{6})\\.(SH|SZ|BJ)$")]
    private static partial Regex StockCode();
}
