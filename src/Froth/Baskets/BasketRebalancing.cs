namespace Froth.Baskets;

/// <summary>
/// When a basket's holdings are reset to their target weights. Between resets the number of units of each
/// constituent is fixed, so weights drift with prices. A constituent entering (listed after the start) always
/// resets the basket at the close of its first session, whatever the rule.
/// </summary>
public enum BasketRebalancing
{
    /// <summary>At the close of every basket session.</summary>
    Daily,

    /// <summary>At the close of the first basket session of each calendar month.</summary>
    Monthly,

    /// <summary>At the close of the first basket session of each calendar quarter.</summary>
    Quarterly,

    /// <summary>Only at the start and when a constituent enters (buy and hold).</summary>
    None,
}
