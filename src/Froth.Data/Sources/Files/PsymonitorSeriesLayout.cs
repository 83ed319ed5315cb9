using System.Globalization;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// The two monthly data sets of the R package psymonitor, exported as <c>date,value</c>: <c>snp.csv</c>
/// (S&amp;P 500 dividend yield, percent) and <c>spread.csv</c> (GIIPS 10-year government bond spread over
/// Germany, percentage points).
/// </summary>
/// <remarks>
/// <para>The header <c>date,value</c> says nothing about what the values are, so the layout is chosen by the
/// file name as well: only <c>snp.csv</c> and <c>spread.csv</c> match (for other <c>date,value</c> files use
/// <c>--file F --column value</c>). Series <c>^GSPC:DIVIDEND_YIELD</c> and <c>GIIPS:BOND_SPREAD_10Y</c>,
/// percent, monthly; the month-end dates of <c>snp.csv</c> (1973-01-31) become the first of the month.</para>
/// <para>psymonitor's own example analyses the price/dividend ratio, the reciprocal of the dividend yield
/// (1/value): that is a computation, not a stored series.</para>
/// </remarks>
public sealed class PsymonitorSeriesLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "psymonitor-series";

    /// <inheritdoc />
    public string Description => "psymonitor data sets snp.csv (S&P 500 dividend yield) and spread.csv (GIIPS bond spread): date,value";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count > 0
            && KindOf(sniff.FileName) is not null
            && CsvTable.Split(sniff.FirstLines[0], ',').Select(h => h.Trim()).SequenceEqual(["date", "value"]);
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        if (!table.Header.SequenceEqual(["date", "value"]))
        {
            throw new DataFormatException(input.Location, table.HeaderLine, null, string.Join(",", table.Header), "the header date,value");
        }

        var instrument = KindOf(input.FileName) switch
        {
            "snp" => ScalarMetrics.Valuation(SymbolCatalog.Find("^GSPC")!, "DIVIDEND_YIELD", "dividend yield (psymonitor snp)", "percent", Frequency.Monthly),
            "spread" => ScalarMetrics.Macro("GIIPS", "BOND_SPREAD_10Y", "GIIPS 10-year government bond spread over Germany (psymonitor spread), percentage points", "percent", Frequency.Monthly),
            _ => throw new DataFormatException(input.Location, null, null, input.FileName, "a file named snp.csv or spread.csv (the psymonitor data sets); for another date,value file use --file F --column value"),
        };

        var builder = new ScalarSeriesBuilder(instrument, SourceText.SourceName(input, "psymonitor"), "value");
        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[0].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, row.Line, "date", dateText, "a date like 1973-01-31");
            }

            date = new DateOnly(date.Year, date.Month, 1);
            var raw = row.Fields[1].Trim();
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
                throw new DataFormatException(input.Location, row.Line, "value", raw, "a number like 2.27 (or an empty cell)");
            }
        }

        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            [builder],
            [.. builder.MissingIssues(input.Location)]);
    }

    private static string? KindOf(string fileName) => Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant() switch
    {
        "snp" => "snp",
        "spread" => "spread",
        _ => null,
    };
}
