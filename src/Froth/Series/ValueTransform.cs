namespace Froth.Series;

/// <summary>
/// What a test is run on, named rather than implied: the values as they are, their natural logarithm, or their
/// reciprocal. Prices are tested in logs (a bubble is explosive growth of the log price, and LPPLS fits the log
/// price too: its <c>Lppls.Fit</c> always takes logs); a ratio such as the price/dividend ratio is tested as it is.
/// </summary>
public enum ValueTransform
{
    /// <summary>Natural logarithm; every value must be positive. The choice for prices, as in LPPLS.</summary>
    Log,

    /// <summary>The values as they are (a price/dividend ratio, a spread); any finite value.</summary>
    None,

    /// <summary><c>1/x</c>: a dividend yield into a price/dividend ratio (psymonitor's <c>snp</c> example); no value may be 0.</summary>
    Reciprocal,
}
