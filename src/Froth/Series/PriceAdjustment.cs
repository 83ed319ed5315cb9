namespace Froth.Series;

/// <summary>How the prices of a bar series relate to the prices the exchange printed.</summary>
public enum PriceAdjustment
{
    /// <summary>Prices as traded; no adjustment (indices, FX, raw closes).</summary>
    None,

    /// <summary>
    /// Back-adjusted for splits and dividends, so the latest prices equal the traded ones and earlier
    /// prices are scaled down (Yahoo's <c>auto_adjust</c>, an "Adj Close" column).
    /// </summary>
    SplitAndDividend,

    /// <summary>
    /// Forward-adjusted (Chinese "qfq", 前复权): the latest prices equal the traded ones and earlier prices
    /// are scaled for corporate actions.
    /// </summary>
    Forward,

    /// <summary>The source does not say.</summary>
    Unknown,
}
