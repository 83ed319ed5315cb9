namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>yahoo-ticker-row</c>: yfinance <c>download()</c> saved with a two-line header, the field names
/// (<c>Date,Close,High,Low,Open,Volume</c>) then a row of tickers with an empty first cell
/// (<c>,KWEB,KWEB,…</c>) (<c>prices/us/KWEB.csv</c>, <c>MCHI.csv</c>).
/// </summary>
/// <remarks>
/// Detected by a first line starting <c>Date,</c> and a second line whose first cell is empty and whose
/// other cells are all non-empty and not numbers. No Adj Close column means yfinance's <c>auto_adjust</c>
/// was on, so stock and ETF prices are split- and dividend-adjusted.
/// </remarks>
public sealed class YahooTickerRowLayout : ISourceLayout
{
    /// <inheritdoc/>
    public string Name => "yahoo-ticker-row";

    /// <inheritdoc/>
    public string Description => "yfinance download() CSV with a field-name line and a ticker line (,KWEB,KWEB,…)";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        return sniff.FirstLines.Count >= 2 && sniff.FirstLines[0].StartsWith("Date,", StringComparison.Ordinal) && HasTickerLine(sniff);
    }

    /// <summary>True when the second line has an empty first cell and only non-numeric names after it.</summary>
    internal static bool HasTickerLine(SourceSniff sniff)
    {
        var tickers = PriceLayoutSupport.SniffNames(sniff.FirstLines, 1);
        return tickers.Length >= 2
            && tickers[0].Length == 0
            && tickers.Skip(1).All(t => t.Length > 0 && !double.TryParse(t, System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var reader = new CsvLineReader(PriceLayoutSupport.Open(input));
        var fields = PriceLayoutSupport.ReadHeader(ref reader, input.Location);
        if (fields[0] != "Date" || !reader.TryReadLine(out var tickerLine))
        {
            throw new DataFormatException(input.Location, 1, null, string.Join(",", fields), "a header 'Date,…' followed by a ticker line ',TICKER,…'");
        }

        var tickers = CsvFields.SplitToStrings(tickerLine);
        if (tickers[0].Length != 0)
        {
            throw new DataFormatException(input.Location, 2, null, CsvFields.Text(tickerLine), "a ticker line whose first cell is empty (',KWEB,KWEB,…')");
        }

        var batch = new PriceBatchBuilder(input, Name);
        YahooTickerColumns.Read(ref reader, input.Location, fields, tickers, 2, batch);
        return batch.Build();
    }
}
