using Froth.Series;

namespace Froth.Bubbles.Lppls;

/// <summary>
/// LPPLS on dated prices: one window's fit with its critical date and its verdict under the confidence filter, and
/// the confidence indicator keyed by date. Both fit log prices (LPPLS models <c>ln p</c>), so the prices must be
/// positive; time runs in sessions, whatever the calendar gaps.
/// </summary>
public static class LpplsDating
{
    /// <summary>Fits the whole dated window and checks the fit against <paramref name="filter"/>.</summary>
    /// <param name="prices">Dated prices, strictly ascending dates, positive and finite; at least <see cref="Lppls.MinimumPoints"/>.</param>
    /// <param name="options">Calibration options, or <see langword="null"/> for <see cref="LpplsOptions.Default"/>.</param>
    /// <param name="filter">The qualification filter, or <see langword="null"/> for <see cref="LpplsFilters.Confidence"/>.</param>
    /// <exception cref="FrothException">Dates out of order, too few or bad prices, bad options, or a failed calibration.</exception>
    public static LpplsDatedFit Fit(IReadOnlyList<ScalarPoint> prices, LpplsOptions? options = null, LpplsFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        CheckDates(prices);
        return Describe(prices[0].Date, prices[^1].Date, Lppls.Fit([.. prices.Select(p => p.Value)], options), filter);
    }

    /// <summary>Dates and qualifies a fit made on the window <paramref name="first"/> … <paramref name="last"/>.</summary>
    public static LpplsDatedFit Describe(DateOnly first, DateOnly last, LpplsFit fit, LpplsFilter? filter = null)
    {
        ArgumentNullException.ThrowIfNull(fit);
        filter ??= LpplsFilters.Confidence;
        IReadOnlyList<string> failures = [.. fit.Converged ? [] : new[] { "converged" }, .. filter.Failures(fit)];
        return new LpplsDatedFit(first, last, fit, filter.Name, failures, LpplsDates.CriticalDate(last, fit.TcAfterEnd));
    }

    /// <summary>
    /// The confidence indicator on every date from <paramref name="from"/> to <paramref name="to"/> (each a session
    /// of <paramref name="prices"/>), each from the prices up to that date only.
    /// </summary>
    /// <exception cref="FrothException">Dates out of order, no session in the range, too little history before it, bad prices or options.</exception>
    public static IReadOnlyList<LpplsDatedConfidence> Confidence(
        IReadOnlyList<ScalarPoint> prices,
        DateOnly from,
        DateOnly to,
        LpplsIndicatorOptions? options = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        CheckDates(prices);
        options ??= LpplsIndicatorOptions.Default;
        var last = Sessions.LastOnOrBefore(prices, to);
        var first = Sessions.LastOnOrBefore(prices, from.AddDays(-1)) + 1;
        if (last < first)
        {
            throw new FrothException($"The prices have no session from {IsoDate.Format(from)} to {IsoDate.Format(to)}.");
        }

        if (first < options.MaxWindow)
        {
            throw new FrothException(
                $"The first end date, {IsoDate.Format(prices[first].Date)}, has {first + 1} prices up to it; the longest window of {options.MaxWindow} sessions needs {options.MaxWindow + 1}.");
        }

        var series = LpplsIndicators.ConfidenceSeries([.. prices.Select(p => p.Value)], options, first, last, progress, cancellationToken);
        return [.. Enumerable.Range(first, last - first + 1).Select(i => LpplsDatedConfidence.Of(prices[i].Date, series[i]!))];
    }

    private static void CheckDates(IReadOnlyList<ScalarPoint> prices)
    {
        for (var i = 1; i < prices.Count; i++)
        {
            if (prices[i].Date <= prices[i - 1].Date)
            {
                throw new FrothException($"The LPPLS prices' dates must be strictly ascending; {IsoDate.Format(prices[i].Date)} follows {IsoDate.Format(prices[i - 1].Date)}.");
            }
        }
    }
}
