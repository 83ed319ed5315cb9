namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>yahoo-multiindex</c>: yfinance ≥ 0.2.5x <c>download()</c> saved with its two-level column index, a
/// three-line header <c>Price,Adj Close,Close,High,Low,Open,Volume</c> / <c>Ticker,^NDX,^NDX,…</c> /
/// <c>Date,,,,,,</c>, columns in alphabetical order (<c>prices/us/NDX_yahoo_1985-2026-02.csv</c>,
/// <c>prices/fx/USDCNY_yahoo_2001-2026-02.csv</c>).
/// </summary>
/// <remarks>
/// Detected by a first line starting <c>Price,</c> and a second starting <c>Ticker,</c>. The instrument is the
/// ticker row's symbol; a file with several tickers gives one series per ticker. The <c>Date</c> line is
/// optional. Columns are found by name.
/// </remarks>
public sealed class YahooMultiIndexLayout : ISourceLayout
{
    /// <inheritdoc/>
    public string Name => "yahoo-multiindex";

    /// <inheritdoc/>
    public string Description => "yfinance download() CSV with the three-line Price/Ticker/Date header";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count >= 2
            && sniff.FirstLines[0].StartsWith("Price,", StringComparison.Ordinal)
            && sniff.FirstLines[1].StartsWith("Ticker,", StringComparison.Ordinal);
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new CsvLineReader(PriceLayoutSupport.Open(input));
        var fields = PriceLayoutSupport.ReadHeader(ref reader, input.Location);
        if (fields[0] != "Price" || !reader.TryReadLine(out var tickerLine))
        {
            throw new DataFormatException(input.Location, 1, null, string.Join(",", fields), "a header 'Price,…' followed by a line 'Ticker,…'");
        }

        var tickers = CsvFields.SplitToStrings(tickerLine);
        if (tickers[0] != "Ticker")
        {
            throw new DataFormatException(input.Location, 2, null, CsvFields.Text(tickerLine), "a second header line starting 'Ticker,'");
        }

        tickers[0] = "";
        var headerLines = 2;
        var peek = reader;
        if (peek.TryReadLine(out var dateLine) && IsDateLine(CsvFields.SplitToStrings(dateLine)))
        {
            reader = peek;
            headerLines = 3;
        }

        var batch = new PriceBatchBuilder(input, Name);
        YahooTickerColumns.Read(ref reader, input.Location, fields, tickers, headerLines, batch);
        return batch.Build();
    }

    private static bool IsDateLine(string[] names) =>
        names.Length > 0 && names[0] is "Date" or "Datetime" && names.Skip(1).All(n => n.Length == 0);
}
