using System.Globalization;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Robert Shiller's monthly S&amp;P 500 data as the <c>datasets/s-and-p-500</c> package publishes it:
/// <c>Date,SP500,Dividend,Earnings,Consumer Price Index,Long Interest Rate,Real Price,Real Dividend,Real Earnings,PE10</c>,
/// ISO dates on the first of the month.
/// </summary>
/// <remarks>
/// <para>Series (monthly, dated the first of the month): <c>^GSPC:PRICE</c> (monthly average of daily closes,
/// points), <c>^GSPC:DIVIDEND</c> and <c>^GSPC:EARNINGS</c> (per index share, annual rate, USD),
/// <c>^GSPC:REAL_PRICE</c>, <c>^GSPC:REAL_DIVIDEND</c>, <c>^GSPC:REAL_EARNINGS</c> (constant dollars of the
/// source's CPI base, USD), <c>^GSPC:CAPE</c> (PE10, ratio), <c>US:CPI</c> (CPI-U, index 1982–84 = 100) and
/// <c>US:LONG_RATE</c> (percent).</para>
/// <para>Missing values: every column but <c>SP500</c> uses <c>0</c> for "no value" — PE10 is 0 in its
/// ten-year warm-up (1871–1880), and after Shiller's own data stops (2023) the package keeps adding rows with
/// only SP500 and zeros elsewhere. None of these quantities can really be 0, so a 0 is skipped, one
/// <see cref="DataIssue"/> per run that says which case it is. A 0 or negative SP500 is an error.</para>
/// </remarks>
public sealed class ShillerMonthlyLayout : ISourceLayout
{
    private static readonly string[] Columns =
        ["Date", "SP500", "Dividend", "Earnings", "Consumer Price Index", "Long Interest Rate", "Real Price", "Real Dividend", "Real Earnings", "PE10"];

    /// <inheritdoc />
    public string Name => "shiller-monthly";

    /// <inheritdoc />
    public string Description => "Shiller monthly S&P 500 (datasets/s-and-p-500): Date,SP500,Dividend,Earnings,Consumer Price Index,…,PE10";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count > 0
            && CsvTable.Split(sniff.FirstLines[0], ',').Select(h => h.Trim()).SequenceEqual(Columns);
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        if (!table.Header.SequenceEqual(Columns))
        {
            throw new DataFormatException(input.Location, table.HeaderLine, null, string.Join(",", table.Header), $"the header {string.Join(",", Columns)}");
        }

        var sp = SymbolCatalog.Find("^GSPC")!;
        var source = SourceText.SourceName(input, "shiller");
        var b = new ScalarSeriesBuilder[Columns.Length];
        b[1] = new(ScalarMetrics.Valuation(sp, "PRICE", "monthly average price (Shiller)", ScalarMetrics.Points, Frequency.Monthly), source, Columns[1]);
        b[2] = new(ScalarMetrics.Valuation(sp, "DIVIDEND", "dividend per index share, annual rate (Shiller)", "USD", Frequency.Monthly), source, Columns[2]);
        b[3] = new(ScalarMetrics.Valuation(sp, "EARNINGS", "earnings per index share, trailing twelve months (Shiller)", "USD", Frequency.Monthly), source, Columns[3]);
        b[4] = new(ScalarMetrics.Cpi("US", "CPI-U, 1982-84 = 100, Shiller"), source, Columns[4]);
        b[5] = new(ScalarMetrics.LongRate("US"), source, Columns[5]);
        b[6] = new(ScalarMetrics.Valuation(sp, "REAL_PRICE", "real price, constant dollars (Shiller)", "USD", Frequency.Monthly), source, Columns[6]);
        b[7] = new(ScalarMetrics.Valuation(sp, "REAL_DIVIDEND", "real dividend, constant dollars (Shiller)", "USD", Frequency.Monthly), source, Columns[7]);
        b[8] = new(ScalarMetrics.Valuation(sp, "REAL_EARNINGS", "real earnings, constant dollars (Shiller)", "USD", Frequency.Monthly), source, Columns[8]);
        b[9] = new(ScalarMetrics.Valuation(sp, "CAPE", "cyclically adjusted P/E (Shiller PE10)", "ratio", Frequency.Monthly), source, Columns[9]);

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[0].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, row.Line, "Date", dateText, "a date like 1871-01-01");
            }

            date = new DateOnly(date.Year, date.Month, 1);
            for (var c = 1; c < Columns.Length; c++)
            {
                var raw = row.Fields[c].Trim();
                if (!SourceText.TryParseNumber(raw, out var value))
                {
                    throw new DataFormatException(input.Location, row.Line, Columns[c], raw, "a number like 4.44");
                }

                if (c == 1 && value <= 0)
                {
                    throw new DataFormatException(input.Location, row.Line, Columns[c], raw, "a positive S&P 500 price");
                }

                if (c > 1 && value == 0)
                {
                    b[c].Missing(date, row.Line, raw);
                }
                else
                {
                    b[c].Add(date, value, row.Line);
                }
            }
        }

        var issues = b.Skip(1).SelectMany(x => x.MissingIssues(input.Location, Explain)).ToList();
        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            b.Skip(1),
            issues);
    }

    private static string Explain(MissingRun run, MissingRunPosition position) => (run.Column, position) switch
    {
        ("PE10", MissingRunPosition.BeforeStart) => "0 is the warm-up of PE10, which needs ten years of earnings",
        (_, MissingRunPosition.AfterEnd) => "0 means no value: Shiller's own data stops before these rows, which carry only SP500",
        _ => "0 means no value in this file",
    };
}
