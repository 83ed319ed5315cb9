namespace Froth.Bubbles.Lppls;

/// <summary>
/// The LPPLS confidence indicator at one end date: the share of the nested windows whose best fit passes the
/// confidence filter, for positive and for negative bubbles, with the distribution of their critical times.
/// </summary>
/// <param name="End">Index of the end date t2 in the price series.</param>
/// <param name="Windows">Number of windows fitted.</param>
/// <param name="QualifiedPositive">Windows whose fit qualifies with <c>B &lt; 0</c>.</param>
/// <param name="QualifiedNegative">Windows whose fit qualifies with <c>B &gt; 0</c>.</param>
/// <param name="NotConverged">Windows whose best fit did not converge or failed numerically (never qualified).</param>
/// <param name="TcQuantiles">Quantiles of <c>tc − t2</c> over every qualified fit, either sign; <see langword="null"/> when none qualifies.</param>
public sealed record LpplsConfidence(
    int End,
    int Windows,
    int QualifiedPositive,
    int QualifiedNegative,
    int NotConverged,
    IReadOnlyList<LpplsTcQuantile>? TcQuantiles)
{
    /// <summary>Confidence of a positive bubble: qualified fits with <c>B &lt; 0</c> as a fraction of all windows, in [0, 1].</summary>
    public double Positive => (double)QualifiedPositive / Windows;

    /// <summary>Confidence of a negative bubble: qualified fits with <c>B &gt; 0</c> as a fraction of all windows, in [0, 1].</summary>
    public double Negative => (double)QualifiedNegative / Windows;
}
