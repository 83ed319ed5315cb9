using Froth.Series;

namespace Froth.Valuation;

/// <summary>
/// A valuation series (a P/E, or any scalar series) against its own history, point-in-time: the latest value on
/// or before an as-of date, and its average, median, minimum, maximum, percentile and z-score over the
/// <see cref="ValuationOptions.Years"/> calendar years up to that date; and whether the value is stale.
/// </summary>
/// <remarks>
/// <para>Every statistic is defined in <c>docs/valuation.md</c>. In short: the window holds the observations
/// dated after <c>asOf − Years</c> and on or before <c>asOf</c>; the z-score uses the sample standard deviation
/// (n − 1); the percentile is the fraction of the window strictly cheaper than the value; the median of an even
/// count is the mean of the two middle values; a value repeated on <see cref="ValuationOptions.StaleRunLength"/>
/// or more consecutive observations is flagged stale and its repeats count once in the window.</para>
/// <para>Reference: the percentile over the whole history reproduces lixinger.com's published
/// <c>PE-TTM 分位点</c> of the Hang Seng TECH Index on the dates of 2025–2026 when counted over the other
/// observations (n − 1), lixinger's convention; its treatment of losses is the one used here.</para>
/// </remarks>
public static class ValuationHistory
{
    /// <summary>Sets the latest value on or before <paramref name="asOf"/> against its history.</summary>
    /// <param name="series">Observations ascending by date, unique dates. Non-finite values are treated as missing (not observations).</param>
    /// <param name="asOf">The as-of date; nothing after it is read.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="ValuationOptions.Default"/>.</param>
    /// <exception cref="ArgumentException">The series is not ascending with unique dates.</exception>
    /// <exception cref="FrothException">
    /// No observation on or before <paramref name="asOf"/>, or the latest one lies before the window (the series
    /// ended more than <see cref="ValuationOptions.Years"/> years before the as-of date), or an option is out of range.
    /// </exception>
    public static ValuationSnapshot Compute(IReadOnlyList<ScalarPoint> series, DateOnly asOf, ValuationOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= ValuationOptions.Default;
        options.Validate();
        RequireAscending(series);

        // Point-in-time: only finite observations on or before the as-of date exist.
        var known = new List<ScalarPoint>(series.Count);
        foreach (var p in series)
        {
            if (p.Date > asOf)
            {
                break;
            }

            if (double.IsFinite(p.Value))
            {
                known.Add(p);
            }
        }

        if (known.Count == 0)
        {
            var first = series.FirstOrDefault(p => double.IsFinite(p.Value));
            throw new FrothException(first == default
                ? "The series has no observation."
                : $"The series has no observation on or before {IsoDate.Format(asOf)}; it starts on {IsoDate.Format(first.Date)}.");
        }

        var last = known[^1];
        var windowStart = asOf.AddYears(-options.Years);
        if (last.Date <= windowStart)
        {
            throw new FrothException(
                $"The latest observation on or before {IsoDate.Format(asOf)} is from {IsoDate.Format(last.Date)}, more than {options.Years} year(s) earlier: there is no history to compare it with.");
        }

        var stale = StaleOf(known, options.StaleRunLength);
        var (window, repeats) = Window(known, windowStart, options.StaleRunLength);
        var history = Statistics(window, repeats, last.Value, asOf, windowStart, known[0].Date, options);
        return new ValuationSnapshot(asOf, last.Value, last.Date, history, stale, window, options);
    }

    /// <summary>
    /// Fraction of the snapshot's window strictly cheaper than <paramref name="value"/> (by the snapshot's rule for
    /// losses): where a multiple such as another market's P/E would rank in this series' history.
    /// </summary>
    public static double PercentileOf(ValuationSnapshot snapshot, double value)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        return ValuationOrder.Percentile(snapshot.Window.Select(p => p.Value), value, snapshot.Options.NonPositiveIsLoss);
    }

    /// <summary>
    /// Whether the latest observation on or before <paramref name="date"/> is stale: the run of equal values that
    /// ends with it (<see cref="StaleStatus"/>); <see langword="null"/> when there is no observation by then.
    /// </summary>
    /// <param name="series">Observations ascending by date; non-finite values are treated as missing.</param>
    /// <param name="date">The date asked about.</param>
    /// <param name="staleRunLength">Run length from which the value is flagged stale (at least 2); default <see cref="StaleData.RunLength"/>, as <see cref="ValuationOptions.StaleRunLength"/>.</param>
    public static StaleStatus? StaleAt(IReadOnlyList<ScalarPoint> series, DateOnly date, int staleRunLength = StaleData.RunLength)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfLessThan(staleRunLength, 2);
        RequireAscending(series);
        var known = series.Where(p => p.Date <= date && double.IsFinite(p.Value)).ToList();
        return known.Count == 0 ? null : StaleOf(known, staleRunLength);
    }

    private static StaleStatus StaleOf(List<ScalarPoint> known, int staleRunLength)
    {
        var end = known.Count - 1;
        var start = end;
        while (start > 0 && known[start - 1].Value.Equals(known[end].Value))
        {
            start--;
        }

        var length = end - start + 1;
        return new StaleStatus(length >= staleRunLength, length - 1, known[start].Date);
    }

    /// <summary>The observations after <paramref name="windowStart"/>, keeping only the first of each stale run.</summary>
    private static (List<ScalarPoint> Window, int Repeats) Window(List<ScalarPoint> known, DateOnly windowStart, int staleRunLength)
    {
        var window = new List<ScalarPoint>();
        var repeats = 0;
        var i = 0;
        while (i < known.Count)
        {
            // The run of equal values starting at i (runs are found over the whole known series, so a run that
            // began before the window still counts as one).
            var j = i;
            while (j + 1 < known.Count && known[j + 1].Value.Equals(known[i].Value))
            {
                j++;
            }

            // A stale run counts once: its first observation inside the window stands for it (for a run that began
            // before the window, that is a forward-filled copy of a value observed earlier).
            var isStale = j - i + 1 >= staleRunLength;
            var kept = false;
            for (var k = i; k <= j; k++)
            {
                if (known[k].Date <= windowStart)
                {
                    continue;
                }

                if (isStale && kept)
                {
                    repeats++;
                }
                else
                {
                    window.Add(known[k]);
                    kept = true;
                }
            }

            i = j + 1;
        }

        return (window, repeats);
    }

    private static HistoryStatistics Statistics(
        List<ScalarPoint> window, int repeats, double value, DateOnly asOf, DateOnly windowStart, DateOnly seriesStart, ValuationOptions options)
    {
        var loss = options.NonPositiveIsLoss;
        var multiples = new List<double>(window.Count);
        var losses = 0;
        foreach (var p in window)
        {
            if (loss && p.Value <= 0)
            {
                losses++;
            }
            else
            {
                multiples.Add(p.Value);
            }
        }

        multiples.Sort();
        var mean = Descriptive.Mean(multiples);
        var sd = mean is { } m ? Descriptive.SampleStandardDeviation(multiples, m) : null;
        var z = loss && value <= 0 ? null : Descriptive.ZScore(value, mean, sd);

        double? yieldZ = null;
        if (loss && value != 0)
        {
            var yields = window.Where(p => p.Value != 0).Select(p => 1 / p.Value).ToList();
            var ym = Descriptive.Mean(yields);
            yieldZ = Descriptive.ZScore(1 / value, ym, ym is { } y ? Descriptive.SampleStandardDeviation(yields, y) : null);
        }

        var isShort = seriesStart > windowStart.AddDays(options.CoverageGraceDays);
        var covered = isShort ? (asOf.DayNumber - seriesStart.DayNumber) / 365.25 : options.Years;
        return new HistoryStatistics(
            options.Years,
            windowStart,
            window[0].Date,
            window[^1].Date,
            window.Count,
            losses,
            repeats,
            mean,
            Froth.Statistics.Quantiles.MedianOfSorted(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(multiples)),
            multiples.Count == 0 ? null : multiples[0],
            multiples.Count == 0 ? null : multiples[^1],
            sd,
            ValuationOrder.Percentile(window.Select(p => p.Value), value, loss),
            z,
            yieldZ,
            isShort,
            covered);
    }

    private static void RequireAscending(IReadOnlyList<ScalarPoint> series)
    {
        for (var i = 1; i < series.Count; i++)
        {
            if (series[i].Date <= series[i - 1].Date)
            {
                throw new ArgumentException(
                    $"Expected observations ascending by date with unique dates; {IsoDate.Format(series[i].Date)} follows {IsoDate.Format(series[i - 1].Date)} at index {i}.",
                    nameof(series));
            }
        }
    }

}
