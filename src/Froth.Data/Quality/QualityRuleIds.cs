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

    /// <summary>
    /// A bar of a currency pair dated on a Saturday or Sunday. The currency market closes from Friday evening to Sunday
    /// evening (New York time), so a daily bar dated on a weekend is the tail of Friday's session written again, or a
    /// partial bar taken while the market was shut (Yahoo's HKD=X file ends with a Saturday bar): left out (warning).
    /// </summary>
    public const string WeekendBar = "weekend-bar";

    /// <summary>
    /// A jump of a daily valuation multiple (unit <c>ratio</c>, a P/E) by more than
    /// <see cref="QualityOptions.SeriesBreakMinJump"/> from one observation to the next, after which the series returns
    /// exactly to the value before the jump within <see cref="QualityOptions.SeriesBreakReturnWindow"/> observations:
    /// the mark of a change of source whose new values are patched with the old source's last value (the Nasdaq-100
    /// P/E of the ERP monitor on 2026-04-20, 37.62 → 31.06, where the GuruFocus history ends and hand-collected values
    /// begin). Reported (warning) with the date, the values before and after and the jump; the rows are kept, and
    /// statistics that span the date mix two sources.
    /// </summary>
    public const string SeriesBreak = "series-break";

    /// <summary>
    /// A day's cross-section (a file per day of many instruments, <see cref="Sources.CrossSection"/>) whose values
    /// repeat the previous day's for at least <see cref="QualityOptions.RepeatedCrossSectionShare"/> of the instruments
    /// both hold: the source did not update that day (a back-filled copy, or a day without a session such as a
    /// holiday). Every value of the day is left out (warning, one issue per series). Compared within one import.
    /// </summary>
    public const string RepeatedCrossSection = "repeated-cross-section";
}
