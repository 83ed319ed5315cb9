namespace Froth.Baskets;

/// <summary>How a basket's constituents are weighted each time it is rebalanced.</summary>
public enum BasketWeighting
{
    /// <summary>Each constituent present gets the same weight, 1/n.</summary>
    Equal,

    /// <summary>Weights proportional to price in the reporting currency (one unit of each, like the Dow); needs one currency.</summary>
    Price,

    /// <summary>Weights proportional to market value, shares × price in the reporting currency; needs shares for every constituent and one currency.</summary>
    Cap,

    /// <summary>The weights the basket file gives, renormalised over the constituents present.</summary>
    Fixed,
}
