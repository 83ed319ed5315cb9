namespace Froth.Series;

/// <summary>How often a series is observed.</summary>
public enum Frequency
{
    /// <summary>Once per trading session.</summary>
    Daily,

    /// <summary>Once per week.</summary>
    Weekly,

    /// <summary>Once per calendar month.</summary>
    Monthly,

    /// <summary>Once per calendar quarter.</summary>
    Quarterly,

    /// <summary>Once per calendar year.</summary>
    Annual,
}
