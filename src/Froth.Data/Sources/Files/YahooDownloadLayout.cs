namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>yahoo-download</c>: Yahoo's classic download CSV <c>Date,Open,High,Low,Close,Adj Close,Volume</c>
/// with literal <c>null</c> rows on holidays (<c>reference/000001.SS_yahoo_1990-2018.csv</c>,
/// <c>prices/hk_index/HSI_yahoo_1986-2024-08.csv</c>, <c>reference/nasdaq_dotcom_1994-2000_lppls.csv</c>),
/// and files with a subset of those columns in any order (<c>prices/us/JD.csv</c>, <c>PDD.csv</c>:
/// <c>Date,Adj Close,Close,High,Low,Open,Volume</c>; <c>NDX_yahoo_1985-2026-07_noVolume.csv</c>:
/// <c>Date,Open,High,Low,Close</c>).
/// </summary>
/// <remarks>
/// Detected by a header of Yahoo's column names only (exact case), without <c>Dividends</c> and without a
/// ticker line under it (that is <see cref="YahooTickerRowLayout"/>). Stooq writes
/// the same <c>Date,Open,High,Low,Close,Volume</c> header, so the <c>stooq</c> layout is tried first and
/// claims such a header when the file's name or CR LF line ends say Stooq. Close is Yahoo's close (adjusted
/// for splits only); when Adj Close differs from it on any row, a second series <c>STEM-adj</c> holds the
/// split- and dividend-adjusted prices.
/// </remarks>
public sealed class YahooDownloadLayout : ISourceLayout
{
    private static readonly SingleTableOptions Options = new()
    {
        AdjClose = ["Adj Close"],
        Adjustment = (instrument, hasAdj) => PriceLayoutSupport.YahooAdjustment(instrument, hasAdj, autoAdjustedWithoutAdjClose: false),
    };

    private static readonly string[] Columns = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume"];

    /// <inheritdoc/>
    public string Name => "yahoo-download";

    /// <inheritdoc/>
    public string Description => "Yahoo download CSV (Date,Open,High,Low,Close[,Adj Close][,Volume], any order, null holiday rows)";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var names = PriceLayoutSupport.SniffNames(sniff.FirstLines);
        return PriceLayoutSupport.HasExactly(names, Columns, "Date", "Open", "High", "Low", "Close")
            && !YahooTickerRowLayout.HasTickerLine(sniff);
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return SingleTableReader.Read(input, Name, Options);
    }
}
