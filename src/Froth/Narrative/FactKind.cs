namespace Froth.Narrative;

/// <summary>What a <see cref="Fact"/> measures; it decides how the value is rounded and written (<see cref="FactStyle"/>).</summary>
public enum FactKind
{
    /// <summary>A return or change, as a fraction (0.0087 = +0.87%); written as a percentage to one decimal.</summary>
    Return,

    /// <summary>A part of a whole, as a fraction in [0, 1] (0.86 = 86% of the constituents); written as a percentage.</summary>
    Share,

    /// <summary>A difference of two returns or rates, as a fraction (0.031 = 3.1 percentage points).</summary>
    PercentagePoints,

    /// <summary>An index level or a price, in its own unit.</summary>
    Level,

    /// <summary>A valuation multiple such as a P/E (31.38 = 31.4 times earnings).</summary>
    Multiple,

    /// <summary>A ratio of two like quantities (turnover 2.57 times its average).</summary>
    Ratio,

    /// <summary>A test statistic (a t-statistic such as BSADF), written to two decimals.</summary>
    Statistic,

    /// <summary>A score on a 0–100 scale, written as a whole number.</summary>
    Score,

    /// <summary>A whole number of things (stocks, weeks, sessions).</summary>
    Count,

    /// <summary>A calendar year (2023), written as four figures without a separator.</summary>
    Year,

    /// <summary>A calendar date.</summary>
    Date,

    /// <summary>A name (of an index, a stock, a basket): text that may hold digits ("STAR 50"), traced like any fact.</summary>
    Name,
}
