using System.Globalization;
using System.Text.RegularExpressions;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// The valuation export of lixinger.com (理杏仁): <c>日期,收盘点位,市值(港币),PE-TTM等权,PE-TTM 分位点,
/// PE-TTM 80%分位点值,…</c>, numbers written Excel-style as <c>=5065.6300</c>, newest row first, and a last
/// line <c>数据来源于：理杏仁网站(lixinger.com)</c>.
/// </summary>
/// <remarks>
/// <para>Every column becomes a series of the index the file is about: close (<c>CLOSE</c>, points), market
/// capitalisation (<c>MARKET_CAP</c>, in the currency the header names), equal-weighted P/E TTM (<c>PE</c>),
/// its percentile in lixinger's history (<c>PE_PERCENTILE</c>, fraction) and the P/E at the 80th, 50th and 20th
/// percentiles (<c>PE_P80</c>…). A column Froth does not know is an error, so nothing is dropped unseen.</para>
/// <para>The export does not say which index it is: the file name must name it (<c>hstech_pe_lixinger.csv</c>
/// → <c>HSTECH.HK</c>), through any alias of <see cref="SymbolCatalog"/>.</para>
/// <para>Missing values: an empty cell (the index did not trade, e.g. typhoon days; the first day has no
/// percentile) is skipped, one <see cref="DataIssue"/> per run of empty cells in a column. The footer line is
/// reported as an Info issue.</para>
/// </remarks>
public sealed partial class LixingerValuationLayout : ISourceLayout
{
    private const string DateColumn = "日期";

    /// <inheritdoc />
    public string Name => "lixinger-valuation";

    /// <inheritdoc />
    public string Description => "lixinger.com valuation export: 日期,收盘点位,市值(…),PE-TTM等权,… with =-prefixed numbers, newest first";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (sniff.FirstLines.Count == 0)
        {
            return false;
        }

        var header = CsvTable.Split(sniff.FirstLines[0], ',');
        return header[0].Trim() == DateColumn && header.Skip(1).Any(h => h.Trim().StartsWith("PE-TTM", StringComparison.Ordinal));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        if (table.Header[0] != DateColumn)
        {
            throw new DataFormatException(input.Location, table.HeaderLine, table.Header[0], table.Header[0], $"the first column to be '{DateColumn}'");
        }

        var index = SubjectOf(input);
        var source = SourceText.SourceName(input, "lixinger");
        var columns = new ScalarSeriesBuilder[table.Header.Count];
        for (var c = 1; c < table.Header.Count; c++)
        {
            var instrument = InstrumentFor(table.Header[c], index)
                ?? throw new DataFormatException(
                    input.Location,
                    table.HeaderLine,
                    table.Header[c],
                    table.Header[c],
                    "a lixinger column: 收盘点位, 市值(港币|人民币|美元), PE-TTM等权, PE-TTM 分位点 or PE-TTM NN%分位点值");
            columns[c] = new ScalarSeriesBuilder(instrument, source, table.Header[c]);
        }

        var issues = new List<DataIssue>();
        var rows = table.Rows;
        var dataRows = rows.Count;
        while (dataRows > 0 && IsFooter(rows[dataRows - 1], table.Header.Count))
        {
            dataRows--;
        }

        if (dataRows == 0)
        {
            throw new DataFormatException(input.Location, table.HeaderLine, null, null, "at least one data line after the header (the file has only a header and a footer)");
        }

        for (var r = dataRows; r < rows.Count; r++)
        {
            issues.Add(new DataIssue(
                "footer",
                IssueSeverity.Info,
                input.Location,
                rows[r].Line,
                null,
                rows[r].Raw,
                $"Line {rows[r].Line} is the export's attribution footer ('{rows[r].Raw.Trim()}'), not data; it was skipped.",
                IssueAction.Skipped));
        }

        for (var r = 0; r < dataRows; r++)
        {
            var row = rows[r];
            table.RequireWidth(row);
            var dateText = row.Fields[0].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, row.Line, DateColumn, dateText, "a date like 2026-04-20");
            }

            for (var c = 1; c < columns.Length; c++)
            {
                var raw = row.Fields[c].Trim();
                if (raw.Length == 0)
                {
                    columns[c].Missing(date, row.Line, raw);
                    continue;
                }

                var number = raw.StartsWith('=') ? raw[1..] : raw;
                if (!SourceText.TryParseNumber(number, out var value))
                {
                    throw new DataFormatException(input.Location, row.Line, table.Header[c], raw, "a number like =5065.6300 (or an empty cell)");
                }

                columns[c].Add(date, value, row.Line);
            }
        }

        for (var c = 1; c < columns.Length; c++)
        {
            issues.AddRange(columns[c].MissingIssues(input.Location, (_, _) => "lixinger prints no value for that day"));
        }

        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            columns.Skip(1),
            issues);
    }

    private static bool IsFooter(CsvRow row, int width) =>
        row.Fields.Count < width && !DateOnly.TryParseExact(row.Fields[0].Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _);

    private static Instrument? InstrumentFor(string column, Instrument index)
    {
        switch (column)
        {
            case "收盘点位":
                return ScalarMetrics.Close(index);
            case "PE-TTM等权":
                return ScalarMetrics.Pe(index);
            case "PE-TTM 分位点":
                return ScalarMetrics.PePercentile(index);
        }

        if (PercentileValue().Match(column) is { Success: true } p)
        {
            return ScalarMetrics.PeAtPercentile(index, int.Parse(p.Groups[1].Value, CultureInfo.InvariantCulture));
        }

        if (MarketCap().Match(column) is { Success: true } m)
        {
            var currency = m.Groups[1].Value switch
            {
                "港币" => "HKD",
                "人民币" => "CNY",
                "美元" => "USD",
                _ => null,
            };
            return currency is null ? null : ScalarMetrics.MarketCap(index, currency);
        }

        return null;
    }

    /// <summary>The index named by the file name (<c>hstech_pe_lixinger.csv</c> → <c>HSTECH.HK</c>).</summary>
    private static Instrument SubjectOf(SourceInput input)
    {
        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        foreach (var token in stem.Split(['_', '-', ' ', '.'], StringSplitOptions.RemoveEmptyEntries))
        {
            if (SymbolCatalog.Find(token) is { Kind: InstrumentKind.Index } index)
            {
                return index;
            }
        }

        throw new DataFormatException(
            input.Location,
            null,
            null,
            input.FileName,
            "a file name that names the index, since the lixinger export does not (e.g. hstech_pe_lixinger.csv for the Hang Seng TECH Index)");
    }

    [GeneratedRegex(@"^PE-TTM (\d{1,2})%分位点值$")]
    private static partial Regex PercentileValue();

    [GeneratedRegex(@"^市值\((.+)\)$")]
    private static partial Regex MarketCap();
}
