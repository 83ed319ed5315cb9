using System.Globalization;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// World Bank indicator extracts in the <c>datasets/*</c> long form, one row per country and year:
/// <c>Country,Country Code,Year,CPIInflationPct</c> (CPI inflation, FP.CPI.TOTL.ZG),
/// <c>Country,Country Code,Year,GDPDeflatorInflationPct</c> (GDP-deflator inflation, NY.GDP.DEFL.KD.ZG) and
/// <c>Country Name,Country Code,Year,Value</c> in a file whose name contains <c>gdp</c> (nominal GDP in current
/// US dollars, NY.GDP.MKTP.CD).
/// </summary>
/// <remarks>
/// <para>The indicator is taken from the value column's name, never from the file name, because the upstream
/// <c>datasets/inflation</c> files are named the wrong way round (<c>inflation-consumer.csv</c> holds the GDP
/// deflator, <c>inflation-gdp.csv</c> holds CPI). Their generic column <c>Inflation</c> therefore says nothing:
/// such a file is refused with a message asking to rename the column to what it was verified to hold.</para>
/// <para>One series per country: <c>CN:CPI_INFLATION</c>, <c>CN:GDP_DEFLATOR_INFLATION</c> (percent) and
/// <c>CN:NOMINAL_GDP</c> (USD), annual, dated 1 January of the year. World Bank alpha-3 codes become ISO
/// alpha-2 for the economies Froth reports on (<c>CHN</c> → <c>CN</c>); other codes are kept as written.
/// An empty value is skipped, one issue per run.</para>
/// </remarks>
public sealed class WorldBankIndicatorLayout : ISourceLayout
{
    private const string CpiColumn = "CPIInflationPct";
    private const string DeflatorColumn = "GDPDeflatorInflationPct";
    private const string GenericValue = "Value";
    private const string UpstreamInflation = "Inflation";

    /// <inheritdoc />
    public string Name => "worldbank-indicator";

    /// <inheritdoc />
    public string Description => "World Bank extracts: Country,Country Code,Year,CPIInflationPct|GDPDeflatorInflationPct, or Country Name,Country Code,Year,Value (GDP, current USD)";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        if (sniff.FirstLines.Count == 0)
        {
            return false;
        }

        var h = CsvTable.Split(sniff.FirstLines[0], ',').Select(c => c.Trim()).ToList();
        return h.Count == 4
            && h[0] is ("Country" or "Country Name")
            && h[1] == "Country Code"
            && h[2] == "Year"
            && (h[3] is CpiColumn or DeflatorColumn or UpstreamInflation
                || (h[3] == GenericValue && IsGdpFile(sniff.FileName)));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        var h = table.Header;
        if (h.Count != 4 || h[0] is not ("Country" or "Country Name") || h[1] != "Country Code" || h[2] != "Year")
        {
            throw new DataFormatException(input.Location, table.HeaderLine, null, string.Join(",", h), "the header Country,Country Code,Year,<indicator> (or Country Name,…)");
        }

        Func<string, Instrument> instrumentOf = h[3] switch
        {
            CpiColumn => ScalarMetrics.CpiInflation,
            DeflatorColumn => ScalarMetrics.GdpDeflatorInflation,
            GenericValue when IsGdpFile(input.FileName) => ScalarMetrics.NominalGdpUsd,
            GenericValue => throw new DataFormatException(
                input.Location, table.HeaderLine, h[3], h[3],
                "a file name containing 'gdp' (the datasets/gdp extract), because a column named 'Value' does not say what it measures"),
            UpstreamInflation => throw new DataFormatException(
                input.Location, table.HeaderLine, h[3], h[3],
                $"a column that names its indicator: {CpiColumn} or {DeflatorColumn}. The upstream datasets/inflation files "
                + "are named the wrong way round (inflation-consumer.csv holds the GDP deflator, inflation-gdp.csv holds CPI), "
                + "so 'Inflation' cannot be trusted; check the values against the World Bank and rename the column"),
            _ => throw new DataFormatException(
                input.Location, table.HeaderLine, h[3], h[3],
                $"{CpiColumn}, {DeflatorColumn} or (in a gdp file) {GenericValue} as the fourth column"),
        };

        var source = SourceText.SourceName(input, "worldbank");
        var byCountry = new Dictionary<string, ScalarSeriesBuilder>(StringComparer.Ordinal);
        var order = new List<ScalarSeriesBuilder>();
        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var yearText = row.Fields[2].Trim();
            if (yearText.Length != 4 || !int.TryParse(yearText, NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1000)
            {
                throw new DataFormatException(input.Location, row.Line, "Year", yearText, "a four-digit year like 2024");
            }

            var code = row.Fields[1].Trim();
            if (code.Length == 0)
            {
                throw new DataFormatException(input.Location, row.Line, "Country Code", code, "a World Bank country code like CHN");
            }

            var country = ScalarMetrics.CountryFromAlpha3(code);
            if (!byCountry.TryGetValue(country, out var builder))
            {
                builder = new ScalarSeriesBuilder(instrumentOf(country), source, h[3]);
                byCountry.Add(country, builder);
                order.Add(builder);
            }

            var date = new DateOnly(year, 1, 1);
            var raw = row.Fields[3].Trim();
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
                throw new DataFormatException(input.Location, row.Line, h[3], raw, "a number like 0.2181 (or an empty cell)");
            }
        }

        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            order,
            [.. order.SelectMany(b => b.MissingIssues(input.Location))]);
    }

    private static bool IsGdpFile(string fileName) => fileName.Contains("gdp", StringComparison.OrdinalIgnoreCase);
}
