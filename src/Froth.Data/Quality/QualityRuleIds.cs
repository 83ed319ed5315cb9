namespace Froth.Data.Quality;

/// <summary>
/// Rule identifiers (<see cref="Sources.DataIssue.Rule"/>) of the data quality rules that
/// <see cref="QualityRules.Apply"/> runs on every batch. What each detects and does is documented on the
/// constant and in <c>docs/layouts-prices.md</c>.
/// </summary>
public static class QualityRuleIds
{
    /// <summary>
    /// Two or more rows with the same date. One is kept: identical rows → the first; bars → the one with the
    /// larger volume (a smaller one is usually an intraday snapshot), else the later line; scalar points → the
    /// later line. The others are left out (warning); the kept row is reported too (info).
    /// </summary>
    public const string DuplicateDate = "duplicate-date";

    /// <summary>An open, high, low or close that is zero, negative or not finite: the bar is left out (warning).</summary>
    public const string NonPositivePrice = "non-positive-price";

    /// <summary>
    /// A scalar value that is not finite (left out), or a bar volume that is not finite or negative (the bar is
    /// kept without volume); severity warning.
    /// </summary>
    public const string NonFiniteValue = "non-finite-value";

    /// <summary>A bar whose high is below its low: kept as is and reported (error).</summary>
    public const string HighBelowLow = "high-below-low";

    /// <summary>
    /// A bar whose open or close lies outside [low, high] by more than rounding (10⁻⁶ relative): kept as is and
    /// reported (error).
    /// </summary>
    public const string CloseOutsideRange = "close-outside-range";

    /// <summary>
    /// More than <see cref="QualityOptions.MaxGapWeekdays"/> weekdays without a bar between two consecutive
    /// bars of a daily series: reported (info).
    /// </summary>
    public const string Gap = "gap";

    /// <summary>
    /// The same close (bars) or value (scalars) on at least <see cref="QualityOptions.StaleRunLength"/>
    /// consecutive observations, the mark of a stale or forward-filled source: kept and reported (error).
    /// </summary>
    public const string StaleRun = "stale-run";

    /// <summary>
    /// A step in the volume level by a power of ten (a unit change: lots vs shares, shares × 100): the volumes
    /// of the shorter segments of a stock or ETF are rescaled to the longest segment's unit (warning); other
    /// steps are reported (error).
    /// </summary>
    public const string VolumeScaleBreak = "volume-scale-break";
}
