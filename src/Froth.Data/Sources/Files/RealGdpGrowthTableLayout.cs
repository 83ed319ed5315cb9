using System.Globalization;
using System.Text.RegularExpressions;

namespace Froth.Data.Sources.Files;

/// <summary>
/// A hand-compiled table of annual real GDP growth by country, one column per country:
/// <c>Year,USA_real_GDP_growth_%,Japan_real_GDP_growth_%,China_real_GDP_growth_%</c>.
/// </summary>
/// <remarks>
/// <para>The table has no primary source and nobody has checked it (in the snapshot its last year looks like a
/// forecast and China 2024 is 4.8 where the NBS published 5.0). It is imported so that it can be compared,
/// never silently trusted: every instrument's name says "UNVERIFIED" and the batch carries an Info issue that
/// says so. Series <c>US:REAL_GDP_GROWTH</c>, <c>JP:REAL_GDP_GROWTH</c>, <c>CN:REAL_GDP_GROWTH</c>, percent,
/// annual, dated 1 January. Countries are named in English (USA/US/United States, Japan, China, Hong Kong).
/// An empty cell is skipped, one issue per run.</para>
/// </remarks>
public sealed partial class RealGdpGrowthTableLayout : ISourceLayout
{
    /// <inheritdoc />
    public string Name => "real-gdp-growth-table";

    /// <inheritdoc />
    public string Description => "hand-compiled real GDP growth table (UNVERIFIED): Year,<Country>_real_GDP_growth_%,…";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (sniff.FirstLines.Count == 0)
        {
            return false;
        }

        var h = CsvTable.Split(sniff.FirstLines[0], ',').Select(c => c.Trim()).ToList();
        return h.Count >= 2 && h[0] == "Year" && h.Skip(1).All(c => GrowthColumn().IsMatch(c));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        if (table.Header[0] != "Year" || table.Header.Count < 2)
        {
            throw new DataFormatException(input.Location, table.HeaderLine, table.Header[0], string.Join(",", table.Header), "the header Year,<Country>_real_GDP_growth_%,…");
        }

        var source = SourceText.SourceName(input, "real-gdp-growth");
        var columns = new ScalarSeriesBuilder[table.Header.Count];
        for (var c = 1; c < table.Header.Count; c++)
        {
            var m = GrowthColumn().Match(table.Header[c]);
            var country = m.Success ? CountryCode(m.Groups[1].Value) : null;
            if (country is null)
            {
                throw new DataFormatException(input.Location, table.HeaderLine, table.Header[c], table.Header[c], "a column like China_real_GDP_growth_% for USA, US, United States, Japan, China or Hong Kong");
            }

            columns[c] = new ScalarSeriesBuilder(ScalarMetrics.RealGdpGrowthUnverified(country), source, table.Header[c]);
        }

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var yearText = row.Fields[0].Trim();
            if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
            {
                throw new DataFormatException(input.Location, row.Line, "Year", yearText, "a four-digit year like 2024");
            }

            var date = new DateOnly(year, 1, 1);
            for (var c = 1; c < columns.Length; c++)
            {
                var raw = row.Fields[c].Trim();
                if (raw.Length == 0)
                {
                    columns[c].Missing(date, row.Line, raw);
                }
                else if (SourceText.TryParseNumber(raw, out var value))
                {
                    columns[c].Add(date, value, row.Line);
                }
                else
                {
                    throw new DataFormatException(input.Location, row.Line, table.Header[c], raw, "a growth rate in percent like 4.8 (or an empty cell)");
                }
            }
        }

        var named = columns.Skip(1).Where(b => b.Count > 0).Select(b => b.Instrument.Symbol);
        var issues = new List<DataIssue>
        {
            new(
                "unverified-source",
                IssueSeverity.Info,
                input.Location,
                null,
                null,
                null,
                $"This real GDP growth table is hand-compiled and UNVERIFIED (no primary source; its latest year may be a forecast). "
                + $"Its series ({string.Join(", ", named)}) are named UNVERIFIED; check them against official statistics before relying on them.",
                IssueAction.Reported),
        };
        issues.AddRange(columns.Skip(1).SelectMany(b => b.MissingIssues(input.Location)));
        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            columns.Skip(1),
            issues);
    }

    private static string? CountryCode(string name) => name.Trim().ToUpperInvariant() switch
    {
        "USA" or "US" or "UNITED STATES" or "UNITED_STATES" => "US",
        "JAPAN" or "JP" => "JP",
        "CHINA" or "CN" => "CN",
        "HONG KONG" or "HONG_KONG" or "HK" => "HK",
        _ => null,
    };

    [GeneratedRegex("^(.+)_real_GDP_growth_%$")]
    private static partial Regex GrowthColumn();
}
