using System.Globalization;

namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>eastmoney-margin-csv</c>: the whole mainland market's margin-trading totals as saved from Eastmoney's datacenter
/// report <c>RPTA_WEB_MARGIN_DAILYTRADE</c> (<c>margin/cn_margin_total_eastmoney_2012-2026-08.csv</c>):
/// <c>date,fin_balance,loan_balance,fin_buy,guarantee</c>, one row per trading day, ISO dates.
/// </summary>
/// <remarks>
/// <para>Columns, all converted to plain units: <c>fin_balance</c> financing balance (融资余额) in 亿 CNY →
/// <c>CN:MARGIN_BALANCE</c> in CNY (× 10⁸); <c>loan_balance</c> securities-lending balance (融券余额) →
/// <c>CN:LENDING_BALANCE</c>; <c>fin_buy</c> financing purchases of the day (融资买入额) → <c>CN:MARGIN_PURCHASES</c>;
/// <c>guarantee</c> average maintenance collateral ratio (平均维持担保比例, %) → <c>CN:COLLATERAL_RATIO</c> in percent.
/// The totals are of every mainland exchange (Shanghai, Shenzhen and Beijing): on 2026-08-03 the financing
/// balance is 25,803.46 亿 against 13,232.58 (SSE) + 12,489.16 (SZSE) = 25,721.74, the rest is Beijing's.</para>
/// <para>An empty cell is a missing value (one <c>missing-value</c> issue per run: the collateral ratio is empty on 70
/// days of 2014–2015); a negative number or text that is not a number is an error naming the line and column.
/// Values are multiplied exactly (decimal arithmetic, one rounding), so 25,803.46293375 亿 is
/// 2,580,346,293,375 CNY.</para>
/// </remarks>
public sealed class EastmoneyMarginCsvLayout : ISourceLayout
{
    private static readonly (string Column, string Metric, decimal Factor)[] Columns =
    [
        ("fin_balance", "MARGIN_BALANCE", ScaledNumber.Yi),
        ("loan_balance", "LENDING_BALANCE", ScaledNumber.Yi),
        ("fin_buy", "MARGIN_PURCHASES", ScaledNumber.Yi),
        ("guarantee", "COLLATERAL_RATIO", 1m),
    ];

    /// <inheritdoc />
    public string Name => "eastmoney-margin-csv";

    /// <inheritdoc />
    public string Description => "Eastmoney margin totals of the mainland market: date,fin_balance,loan_balance,fin_buy,guarantee (亿 CNY, %)";

    /// <inheritdoc />
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count > 0 && IsHeader(CsvTable.Split(sniff.FirstLines[0], ','));
    }

    /// <inheritdoc />
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var table = CsvTable.Parse(input.Location, SourceText.Decode(input), ',');
        if (!IsHeader(table.Header))
        {
            throw new DataFormatException(input.Location, table.HeaderLine, null, string.Join(",", table.Header), "the header date,fin_balance,loan_balance,fin_buy,guarantee");
        }

        var source = SourceText.SourceName(input, "eastmoney");
        var date = table.IndexOf("date");
        var builders = Columns
            .Select(c => (Builder: new ScalarSeriesBuilder(ScalarMetrics.Margin("CN", c.Metric), source, c.Column), At: table.IndexOf(c.Column), c.Factor))
            .ToList();
        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[date].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                throw new DataFormatException(input.Location, row.Line, "date", dateText, "a date like 2026-08-03");
            }

            foreach (var (builder, at, factor) in builders)
            {
                var raw = row.Fields[at].Trim();
                if (raw.Length == 0)
                {
                    builder.Missing(day, row.Line, raw);
                }
                else if (ScaledNumber.TryParse(raw, factor, grouped: false, out var value) && value >= 0)
                {
                    builder.Add(day, value, row.Line);
                }
                else
                {
                    throw new DataFormatException(
                        input.Location,
                        row.Line,
                        table.Header[at],
                        raw,
                        factor == 1m ? "a ratio in percent, a number ≥ 0 like 268.8839 (or an empty cell)" : "an amount in 亿 CNY, a number ≥ 0 like 25803.46293375 (or an empty cell)");
                }
            }
        }

        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            builders.Select(b => b.Builder),
            [.. builders.SelectMany(b => b.Builder.MissingIssues(input.Location, (_, _) => "Eastmoney published no value for that day"))]);
    }

    private static bool IsHeader(IReadOnlyList<string> header) =>
        header.Count == Columns.Length + 1
        && header.Select(h => h.Trim()).Order(StringComparer.Ordinal).SequenceEqual(Columns.Select(c => c.Column).Append("date").Order(StringComparer.Ordinal), StringComparer.Ordinal);
}
