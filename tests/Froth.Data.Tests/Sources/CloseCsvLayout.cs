using System.Globalization;
using System.Text;
using Froth.Data.Sources;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Testing.Layouts;

/// <summary>
/// A minimal real layout for tests of the import pipeline and the CLI, independent of the snapshot's layouts:
/// a CSV whose header is exactly <c>date,close</c>, one <c>yyyy-MM-dd,number</c> row per line. The file stem up
/// to the first underscore is the symbol (<c>0700.HK_test.csv</c> holds 0700.HK), the whole stem is the source.
/// A row whose close is <c>skip</c> is left out and reported as a <c>test-skip</c> issue.
/// </summary>
public sealed class CloseCsvLayout : ISourceLayout
{
    public string Name => "close-csv";

    public string Description => "Test layout: date,close";

    public bool Matches(SourceSniff sniff) =>
        sniff.FirstLines.Count > 0 && string.Equals(sniff.FirstLines[0].Trim(), "date,close", StringComparison.OrdinalIgnoreCase);

    public ImportBatch Read(SourceInput input)
    {
        var text = Encoding.UTF8.GetString(input.Content.Span).TrimStart('\uFEFF');
        var lines = text.Split('\n').Select(l => l.TrimEnd('\r')).ToList();
        if (!Matches(new SourceSniff(input.FileName, lines)))
        {
            throw new DataFormatException(input.Location, 1, null, lines[0], "the header 'date,close'");
        }

        var stem = Path.GetFileNameWithoutExtension(input.FileName);
        var instrument = SymbolCatalog.Describe(stem.Split('_')[0]);
        var bars = new List<DailyBar>();
        var issues = new List<DataIssue>();
        for (var i = 1; i < lines.Count; i++)
        {
            var line = i + 1;
            if (lines[i].Length == 0)
            {
                continue;
            }

            var fields = lines[i].Split(',');
            if (fields.Length != 2)
            {
                throw new DataFormatException(input.Location, line, null, lines[i], "two fields: date,close");
            }

            if (!DateOnly.TryParseExact(fields[0], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, line, "date", fields[0], "a date like 2024-07-10");
            }

            if (fields[1] == "skip")
            {
                issues.Add(new DataIssue("test-skip", IssueSeverity.Warning, input.Location, line, "close", "skip", "The close is 'skip'; the row is left out.", IssueAction.Skipped)
                {
                    Symbol = instrument.Symbol,
                    Date = date,
                });
                continue;
            }

            if (!double.TryParse(fields[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var close))
            {
                throw new DataFormatException(input.Location, line, "close", fields[1], "a number like 20675.38");
            }

            bars.Add(new DailyBar(date, close, close, close, close, null));
        }

        var document = new SourceDocument(input.Location, Name, SourceReader.Hash(input.Content.Span), input.Content.Length);
        return new ImportBatch(document, [new BarSeries(instrument, stem, PriceAdjustment.None, bars)], [], issues);
    }
}
