using System.Globalization;
using Froth.Data.Sources.Files;

namespace Froth.Data.Sources.Wire;

/// <summary>
/// FRED's CSV download (<c>fredgraph.csv</c>, <c>/graph/fredgraph.csv?id=…</c>) in both header forms: the
/// current <c>observation_date,SP500</c> and the legacy <c>DATE,CHNCPIALLMINMEI</c>. Each column after the
/// date is one series, named by its header (the FRED series id).
/// </summary>
/// <remarks>
/// Series <c>FRED:&lt;ID&gt;</c> (kind Macro; see <see cref="FredSeries.Instrument"/> for names and units),
/// frequency inferred from the dates; FRED's exchange rates per US dollar are close-only bars of the Yahoo pair
/// (<c>DEXHKUS</c> → <c>HKD=X</c>, see <see cref="FredSeries.SeriesInstrument"/>). Missing values: an empty cell (current form) or <c>.</c> (legacy form) is
/// skipped, one <see cref="DataIssue"/> per run of missing cells. Source: the file name without extension, or
/// <c>fred</c> for a URL.
/// </remarks>
public sealed class FredCsvLayout : ISourceLayout
{
    /// <summary>Upper-case price CSV headers (<c>DATE,OPEN,HIGH,…</c>) look like series ids but belong to the price layouts.</summary>
    private static readonly HashSet<string> PriceColumns = ["OPEN", "HIGH", "LOW", "CLOSE", "VOLUME", "ADJ_CLOSE"];

    /// <inheritdoc />
    public string Name => "fred-csv";

    /// <inheritdoc />
    public string Description => "FRED CSV download: observation_date,<SERIES_ID> or legacy DATE,<SERIES_ID>";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (sniff.FirstLines.Count == 0)
        {
            return false;
        }

        var h = CsvTable.Split(sniff.FirstLines[0], ',').Select(c => c.Trim()).ToList();
        return h.Count >= 2
            && h[0] is ("observation_date" or "DATE")
            && h.Skip(1).All(FredSeries.IsSeriesId)
            && !h.Skip(1).Any(c => PriceColumns.Contains(c));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        var h = table.Header;
        if (h.Count < 2 || h[0] is not ("observation_date" or "DATE"))
        {
            throw new DataFormatException(input.Location, table.HeaderLine, h[0], string.Join(",", h), "the header observation_date,<SERIES_ID> (or the legacy DATE,<SERIES_ID>)");
        }

        for (var c = 1; c < h.Count; c++)
        {
            if (!FredSeries.IsSeriesId(h[c]))
            {
                throw new DataFormatException(input.Location, table.HeaderLine, h[c], h[c], "a FRED series id (upper-case letters and digits, like SP500) as the column name");
            }
        }

        var cells = new List<(DateOnly Date, int Line, string Raw)>[h.Count];
        for (var c = 1; c < h.Count; c++)
        {
            cells[c] = new(table.Rows.Count);
        }

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[0].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, row.Line, h[0], dateText, "a date like 2016-02-12");
            }

            for (var c = 1; c < h.Count; c++)
            {
                cells[c].Add((date, row.Line, row.Fields[c].Trim()));
            }
        }

        var source = SourceText.SourceName(input, "fred");
        var builders = new List<ScalarSeriesBuilder>();
        var issues = new List<DataIssue>();
        for (var c = 1; c < h.Count; c++)
        {
            var present = cells[c].Where(x => !IsMissing(x.Raw)).Select(x => x.Date).ToList();
            var builder = new ScalarSeriesBuilder(FredSeries.SeriesInstrument(h[c], null, FredSeries.Infer(present)), source, h[c]);
            foreach (var (date, line, raw) in cells[c])
            {
                if (IsMissing(raw))
                {
                    builder.Missing(date, line, raw);
                }
                else if (SourceText.TryParseNumber(raw, out var value))
                {
                    builder.Add(date, value, line);
                }
                else
                {
                    throw new DataFormatException(input.Location, line, h[c], raw, "a number like 1864.78, or an empty cell or '.' for a missing value");
                }
            }

            builders.Add(builder);
            issues.AddRange(builder.MissingIssues(input.Location, (_, _) => "FRED has no observation for that date (a holiday or an unpublished value)"));
        }

        return FredSeries.ToBatch(input.Document(Name), builders, issues);
    }

    private static bool IsMissing(string raw) => raw.Length == 0 || raw == ".";
}
