using Froth.Series;
namespace Froth.Valuation;

/// <summary>How a valuation series is set against its own history (<see cref="ValuationHistory.Compute"/>).</summary>
/// <remarks>Definitions of every statistic are in <c>docs/valuation.md</c>.</remarks>
public sealed record ValuationOptions
{
    /// <summary>The defaults: 3 years, losses handled as for an earnings multiple, stale after 10 equal observations, 10 days' grace.</summary>
    public static ValuationOptions Default { get; } = new();

    /// <summary>
    /// Length of the history in calendar years (at least 1). Default 3. The window is every observation dated
    /// after <c>asOf.AddYears(-Years)</c> and on or before the as-of date: exactly <c>Years</c> calendar years of days
    /// (29 February steps back to 28 February).
    /// </summary>
    public int Years { get; init; } = 3;

    /// <summary>
    /// True (the default) for an earnings multiple such as a P/E: a value ≤ 0 means the earnings were a loss, so
    /// it is no multiple. Such observations are left out of the average, median, minimum, maximum, standard
    /// deviation and z-score, and rank as more expensive than any positive multiple in the percentile. False for
    /// series whose negative values are ordinary numbers (an equity risk premium, a yield): every observation
    /// then counts alike and there is no earnings-yield z-score.
    /// </summary>
    public bool NonPositiveIsLoss { get; init; } = true;

    /// <summary>
    /// A value repeated unchanged on at least this many consecutive observations is stale (at least 2). Default
    /// <see cref="StaleData.RunLength"/> (10), Froth's one stale-data threshold, which the <c>stale-run</c> data
    /// quality rule and the store's preferred-source rule also use.
    /// </summary>
    public int StaleRunLength { get; init; } = StaleData.RunLength;

    /// <summary>
    /// The history is short when the series starts more than this many days after the window's start (at least 0).
    /// Default 10: the longest closure of the markets covered (Golden Week, Lunar New Year) leaves at most
    /// 9 calendar days without a session, so a series that starts within 10 days of the window's start does
    /// cover it.
    /// </summary>
    public int CoverageGraceDays { get; init; } = 10;

    /// <summary>Throws <see cref="FrothException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (Years < 1)
        {
            throw new FrothException($"The valuation history must span at least 1 year, got {Years}.");
        }

        if (Years > 200)
        {
            throw new FrothException($"The valuation history can span at most 200 years, got {Years}.");
        }

        if (StaleRunLength < 2)
        {
            throw new FrothException($"A stale run needs at least 2 equal observations, got {StaleRunLength}.");
        }

        if (CoverageGraceDays < 0)
        {
            throw new FrothException($"The coverage grace must be 0 days or more, got {CoverageGraceDays}.");
        }
    }
}
