using Froth.Series;

namespace Froth.Speculation;

/// <summary>
/// Turnover of the last few weeks against its own longer history: the speculation reading of the bubble-risk
/// scorecard. A single day's ratio (<see cref="TurnoverGauge"/>) is noisy; the mean of the last 20 sessions against
/// the mean of the 250 sessions before them says whether trading has been running hot for a month.
/// </summary>
public static class TurnoverSurge
{
    /// <summary>
    /// The ratio of mean turnover (close × volume) over the last <paramref name="recent"/> bars to its mean over the
    /// <paramref name="baseline"/> bars before them; <see langword="null"/> when the series is shorter than
    /// <c>recent + baseline</c> bars or any of them has no volume (the baseline mean is <see cref="TurnoverGauge"/>'s
    /// trailing average at the first recent bar, so both read the same turnover).
    /// </summary>
    /// <param name="bars">Daily bars up to the as-of session, ascending.</param>
    /// <param name="recent">Bars in the recent window (at least 1). Default 20, about a month.</param>
    /// <param name="baseline">Bars in the baseline before it (at least 1). Default 250, about a year.</param>
    public static TurnoverSurgeResult? Compute(IReadOnlyList<DailyBar> bars, int recent = 20, int baseline = 250)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentOutOfRangeException.ThrowIfLessThan(recent, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(baseline, 1);
        if (bars.Count < recent + baseline)
        {
            return null;
        }

        var tail = bars.Skip(bars.Count - recent - baseline).ToList();
        var points = TurnoverGauge.Compute(tail, new TurnoverOptions { Window = baseline });
        var first = points[baseline];
        if (first.Average is not { } baselineMean || !(baselineMean > 0))
        {
            return null;
        }

        var sum = 0.0;
        for (var i = baseline; i < points.Count; i++)
        {
            if (points[i].Turnover is not { } t)
            {
                return null;
            }

            sum += t;
        }

        var recentMean = sum / recent;
        return new TurnoverSurgeResult(recentMean / baselineMean, recentMean, baselineMean, tail[0].Date, first.Date, tail[^1].Date);
    }
}
