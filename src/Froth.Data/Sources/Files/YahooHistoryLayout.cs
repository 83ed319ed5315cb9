namespace Froth.Data.Sources.Files;

/// <summary>
/// <c>yahoo-history</c>: yfinance <c>Ticker.history()</c> saved as CSV: <c>Date,Open,High,Low,Close,Volume,Dividends,Stock Splits</c>
/// with dates like <c>2026-08-21 00:00:00+08:00</c> (<c>prices/hk/*.csv</c>, <c>prices/us/IXIC.csv</c>,
/// <c>GSPC.csv</c>), and its alphabetical-column variants without times (<c>QQQ_2020-2026-08.csv</c> with
/// <c>Capital Gains</c>, <c>000001.SS_yahoo_2020-2026-08.csv</c>).
/// </summary>
/// <remarks>
/// Detected by Yahoo's column names (exact case) including <c>Dividends</c> and <c>Stock Splits</c>. The
/// session date is the local date as written (the offset is the exchange's, so it is not converted). The
/// instrument comes from the file name. <c>history()</c> adjusts prices for splits and dividends by default
/// (<c>auto_adjust=True</c>), so stock and ETF series are <see cref="Froth.Series.PriceAdjustment.SplitAndDividend"/>;
/// the dividend and split columns are not stored (the prices already reflect them).
/// </remarks>
public sealed class YahooHistoryLayout : ISourceLayout
{
    private static readonly SingleTableOptions Options = new()
    {
        AdjClose = ["Adj Close"],
        Adjustment = (instrument, hasAdj) => PriceLayoutSupport.YahooAdjustment(instrument, hasAdj, autoAdjustedWithoutAdjClose: true),
    };

    /// <inheritdoc/>
    public string Name => "yahoo-history";

    /// <inheritdoc/>
    public string Description => "yfinance Ticker.history() CSV with Dividends and Stock Splits columns";

    /// <inheritdoc/>
    public bool Matches(SourceSniff sniff)
    {
        ArgumentNullException.ThrowIfNull(sniff);
        var names = PriceLayoutSupport.SniffNames(sniff.FirstLines);
        return PriceLayoutSupport.HasExactly(names, PriceLayoutSupport.YahooColumns, "Date", "Open", "High", "Low", "Close", "Dividends", "Stock Splits");
    }

    /// <inheritdoc/>
    public ImportBatch Read(SourceInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        return SingleTableReader.Read(input, Name, Options);
    }
}
