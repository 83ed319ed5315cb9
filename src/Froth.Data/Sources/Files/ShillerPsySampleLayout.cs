using System.Globalization;
using System.Text.RegularExpressions;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// The monthly S&amp;P 500 sample of Phillips, Shi and Yu (2015) as shipped with the R package <c>bubble</c>
/// (<c>SP_DV.csv</c>): <c>Date;Price;Dividend;price dividend ratio;PV ratio</c>, semicolon-separated, dates
/// written <c>1871.01</c> … <c>1871.1</c> (October) … <c>2011.03</c>.
/// </summary>
/// <remarks>
/// <para>Dates: the digits after the point are the month, and a single digit is a month written without its
/// trailing zero — <c>1871.1</c> is October (<c>1871.10</c>), never January. Each value is dated the first of
/// its month.</para>
/// <para>Series: <c>^GSPC:PD_RATIO</c> (nominal price / nominal dividend, ratio — equal to Shiller's
/// SP500/Dividend), <c>^GSPC:PD_RATIO_REBASED</c> (the file's "PV ratio": the same ratio rebased to
/// 1871-01 = 100, index), and <c>^GSPC:PSY_REAL_PRICE</c> / <c>^GSPC:PSY_REAL_DIVIDEND</c> (Shiller's real
/// price and dividend in the constant dollars of this 2011 vintage, USD; they differ from
/// <c>^GSPC:REAL_PRICE</c> of the current Shiller file by a constant factor, the CPI base, so they are kept
/// apart).</para>
/// </remarks>
public sealed partial class ShillerPsySampleLayout : ISourceLayout
{
    private static readonly string[] Columns = ["Date", "Price", "Dividend", "price dividend ratio", "PV ratio"];

    /// <inheritdoc />
    public string Name => "shiller-psy-sample";

    /// <inheritdoc />
    public string Description => "PSY (2015) S&P 500 sample, SP_DV.csv: Date;Price;Dividend;price dividend ratio;PV ratio with 1871.01 dates";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count > 0
            && CsvTable.Split(sniff.FirstLines[0], ';').Select(h => h.Trim()).SequenceEqual(Columns);
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ';');
        if (!table.Header.SequenceEqual(Columns))
        {
            throw new DataFormatException(input.Location, table.HeaderLine, null, string.Join(";", table.Header), $"the header {string.Join(";", Columns)}");
        }

        var sp = SymbolCatalog.Find("^GSPC")!;
        var source = SourceText.SourceName(input, "psy-sample");
        var b = new ScalarSeriesBuilder[Columns.Length];
        b[1] = new(ScalarMetrics.Valuation(sp, "PSY_REAL_PRICE", "real price, constant dollars of the PSY (2015) sample", "USD", Frequency.Monthly), source, Columns[1]);
        b[2] = new(ScalarMetrics.Valuation(sp, "PSY_REAL_DIVIDEND", "real dividend, constant dollars of the PSY (2015) sample", "USD", Frequency.Monthly), source, Columns[2]);
        b[3] = new(ScalarMetrics.Valuation(sp, "PD_RATIO", "price/dividend ratio", "ratio", Frequency.Monthly), source, Columns[3]);
        b[4] = new(ScalarMetrics.Valuation(sp, "PD_RATIO_REBASED", "price/dividend ratio rebased to 1871-01 = 100", "index", Frequency.Monthly), source, Columns[4]);

        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[0].Trim();
            var date = ParseMonth(dateText)
                ?? throw new DataFormatException(input.Location, row.Line, "Date", dateText, "a month like 1871.01 (1871.1 is October)");
            for (var c = 1; c < Columns.Length; c++)
            {
                var raw = row.Fields[c].Trim();
                if (raw.Length == 0)
                {
                    b[c].Missing(date, row.Line, raw);
                }
                else if (SourceText.TryParseNumber(raw, out var value))
                {
                    b[c].Add(date, value, row.Line);
                }
                else
                {
                    throw new DataFormatException(input.Location, row.Line, Columns[c], raw, "a number with a decimal point like 79.61 (or an empty cell)");
                }
            }
        }

        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            b.Skip(1),
            [.. b.Skip(1).SelectMany(x => x.MissingIssues(input.Location))]);
    }

    /// <summary>Parses Shiller's <c>yyyy.mm</c>: <c>1871.01</c> is January, <c>1871.1</c> October, <c>1871.12</c> December.</summary>
    internal static DateOnly? ParseMonth(string text)
    {
        var m = ShillerMonth().Match(text);
        if (!m.Success)
        {
            return null;
        }

        var year = int.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture);
        var digits = m.Groups[2].Value;
        var month = int.Parse(digits, CultureInfo.InvariantCulture) * (digits.Length == 1 ? 10 : 1);
        return month is >= 1 and <= 12 ? new DateOnly(year, month, 1) : null;
    }

    [GeneratedRegex(@"^([0-9]{4})\.([0-9]{1,2})$")]
    private static partial Regex ShillerMonth();
}
