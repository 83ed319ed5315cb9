using System.Globalization;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// A margin-financing balance as a plain <c>date,balance</c> CSV: one row per trading day, the balance in yuan
/// (CNY) as the exchange or data vendor publishes it (Eastmoney's <c>RPTA_RZRQ_LSHJ</c>, the exchanges' daily
/// margin reports).
/// </summary>
/// <remarks>
/// <para>The header says nothing about which market the balance is of, so the market comes from the layout's
/// <c>market</c> option (<see cref="MarginBalanceLayout(string)"/>) or else from the file name: the first
/// <c>_</c>, <c>-</c> or <c>.</c>-separated token of the name that names a market. <c>CN</c>, <c>CHINA</c>,
/// <c>ALL</c> or <c>TOTAL</c> give the whole mainland market, <c>CN:MARGIN_BALANCE</c>; <c>SSE</c>, <c>SH</c> or
/// <c>SHANGHAI</c> give <c>SH:MARGIN_BALANCE</c>; <c>SZSE</c>, <c>SZ</c>, <c>SHENZHEN</c> give
/// <c>SZ:MARGIN_BALANCE</c>; <c>BSE</c>, <c>BJ</c>, <c>BEIJING</c> give <c>BJ:MARGIN_BALANCE</c> (the market
/// codes of <see cref="Instrument.Market"/>). So <c>margin_SSE.csv</c> is the Shanghai balance and
/// <c>margin_CN_2024.csv</c> the whole market. A file whose name names no market is refused with a message
/// saying how to name it.</para>
/// <para>Series: kind Macro, unit CNY, daily. Whether the balance is financing only (融资余额) or financing plus
/// securities lending (融资融券余额) is whatever the file holds; the two differ by about 1 %. Dates are ISO
/// (<c>2024-09-30</c>). An empty balance is a missing value (one issue per run); a negative one, or text that is
/// not a number, is an error naming the line. The instruments are those of the other margin layouts
/// (<see cref="ScalarMetrics.Margin"/>): the snapshot's Eastmoney totals (<see cref="EastmoneyMarginCsvLayout"/>) are
/// another source of <c>CN:MARGIN_BALANCE</c>.</para>
/// </remarks>
public sealed class MarginBalanceLayout : ISourceLayout
{
    private static readonly string[] Header = ["date", "balance"];

    private readonly string? _market;

    /// <summary>A layout that takes the market from the file name (the one registered in <see cref="SourceLayouts.All"/>).</summary>
    public MarginBalanceLayout()
    {
    }

    /// <summary>A layout for files of one market, whatever their names (an import's <c>symbol</c> option).</summary>
    /// <param name="market">A market name or code: <c>CN</c>, <c>SSE</c>/<c>SH</c>, <c>SZSE</c>/<c>SZ</c>, <c>BSE</c>/<c>BJ</c>…</param>
    /// <exception cref="FrothException">The market is none of those.</exception>
    public MarginBalanceLayout(string market)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(market);
        _market = MarketCode(market) ?? throw new FrothException(
            $"Unknown margin-balance market '{market}'; expected CN (the whole market), SSE/SH, SZSE/SZ or BSE/BJ.");
    }

    /// <inheritdoc />
    public string Name => "margin-balance";

    /// <inheritdoc />
    public string Description => "margin-financing balance in CNY: date,balance (market from the file name, e.g. margin_SSE.csv)";

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
            throw new DataFormatException(input.Location, table.HeaderLine, null, string.Join(",", table.Header), "the header date,balance");
        }

        var market = _market ?? FromFileName(input.FileName) ?? throw new DataFormatException(
            input.Location,
            null,
            null,
            input.FileName,
            "a file name naming the market, e.g. margin_CN.csv (whole market), margin_SSE.csv, margin_SZSE.csv or margin_BSE.csv");

        var builder = new ScalarSeriesBuilder(Instrument(market), SourceText.SourceName(input, "margin"), table.Header[1]);
        foreach (var row in table.Rows)
        {
            table.RequireWidth(row);
            var dateText = row.Fields[0].Trim();
            if (!DateOnly.TryParseExact(dateText, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                throw new DataFormatException(input.Location, row.Line, table.Header[0], dateText, "a date like 2024-09-30");
            }

            var raw = row.Fields[1].Trim();
            if (raw.Length == 0)
            {
                builder.Missing(date, row.Line, raw);
            }
            else if (SourceText.TryParseNumber(raw, out var value) && value >= 0)
            {
                builder.Add(date, value, row.Line);
            }
            else
            {
                throw new DataFormatException(input.Location, row.Line, table.Header[1], raw, "a balance in yuan, a number ≥ 0 like 1523456789012.5 (or an empty cell)");
            }
        }

        return ScalarSeriesBuilder.ToBatch(
            input.Document(Name),
            [builder],
            [.. builder.MissingIssues(input.Location)]);
    }

    /// <summary>The market code a file name names, or <see langword="null"/>.</summary>
    internal static string? FromFileName(string fileName)
    {
        var stem = Path.GetFileNameWithoutExtension(fileName);
        return stem.Split(['_', '-', '.'], StringSplitOptions.RemoveEmptyEntries).Select(MarketCode).FirstOrDefault(c => c is not null);
    }

    private static string? MarketCode(string token) => token.Trim().ToUpperInvariant() switch
    {
        "CN" or "CHINA" or "ALL" or "TOTAL" => "CN",
        "SSE" or "SH" or "SHANGHAI" => "SH",
        "SZSE" or "SZ" or "SHENZHEN" => "SZ",
        "BSE" or "BJ" or "BEIJING" => "BJ",
        _ => null,
    };

    private static Instrument Instrument(string market) => ScalarMetrics.Margin(market, "MARGIN_BALANCE");

    private static bool IsHeader(IReadOnlyList<string> header) =>
        header.Count == Header.Length && header.Select(h => h.Trim()).SequenceEqual(Header, StringComparer.OrdinalIgnoreCase);
}
