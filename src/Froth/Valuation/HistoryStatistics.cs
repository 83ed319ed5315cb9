namespace Froth.Valuation;

/// <summary>
/// A value set against the observations of its own series over the <see cref="Years"/> calendar years up to the
/// as-of date (point-in-time: nothing after the as-of date is used). Definitions in <c>docs/valuation.md</c>.
/// </summary>
/// <param name="Years">Calendar years asked for.</param>
/// <param name="WindowStart">The window holds observations dated after this day: the as-of date minus <paramref name="Years"/> years.</param>
/// <param name="From">Date of the first observation in the window.</param>
/// <param name="To">Date of the last observation in the window (the value's date).</param>
/// <param name="Observations">Observations in the window, including the value's own, excluding stale repeats.</param>
/// <param name="LossObservations">
/// Observations in the window whose value is ≤ 0 (an earnings multiple of a loss); 0 when
/// <see cref="ValuationOptions.NonPositiveIsLoss"/> is false.
/// </param>
/// <param name="StaleRepeatsExcluded">
/// Observations left out of the window because they repeat the first observation of a stale run (a run of at
/// least <see cref="ValuationOptions.StaleRunLength"/> equal values): a forward-filled value counts once.
/// </param>
/// <param name="Average">Arithmetic mean of the multiples (the positive values for an earnings multiple); <see langword="null"/> when there is none.</param>
/// <param name="Median">Median of the same values; the mean of the two middle ones for an even count.</param>
/// <param name="Min">Smallest of the same values.</param>
/// <param name="Max">Largest of the same values.</param>
/// <param name="StandardDeviation">Sample standard deviation (divisor n − 1) of the same values; <see langword="null"/> for fewer than 2.</param>
/// <param name="Percentile">
/// Fraction of the window's observations (all of them, losses included) strictly cheaper than the value, in [0, 1):
/// for positive multiples, the fraction strictly below; a loss is never cheaper than a positive multiple (see
/// <c>docs/valuation.md</c>). For a series that is no earnings multiple, the fraction strictly below.
/// </param>
/// <param name="ZScore">
/// (value − <paramref name="Average"/>) / <paramref name="StandardDeviation"/>; <see langword="null"/> when the
/// deviation is 0 or undefined, or the value is a loss.
/// </param>
/// <param name="EarningsYieldZScore">
/// z-score of the earnings yield 1/value against the earnings yields of every observation in the window, losses
/// included (the yield is continuous where earnings cross zero, the P/E is not); positive when the value is
/// cheaper than average. <see langword="null"/> for a series that is no earnings multiple, or when undefined.
/// </param>
/// <param name="IsShort">True when the series starts more than <see cref="ValuationOptions.CoverageGraceDays"/> days after <paramref name="WindowStart"/>.</param>
/// <param name="CoveredYears">
/// <paramref name="Years"/> when the history is not short; otherwise the years from the series' first
/// observation to the as-of date (days / 365.25).
/// </param>
public sealed record HistoryStatistics(
    int Years,
    DateOnly WindowStart,
    DateOnly From,
    DateOnly To,
    int Observations,
    int LossObservations,
    int StaleRepeatsExcluded,
    double? Average,
    double? Median,
    double? Min,
    double? Max,
    double? StandardDeviation,
    double Percentile,
    double? ZScore,
    double? EarningsYieldZScore,
    bool IsShort,
    double CoveredYears);
