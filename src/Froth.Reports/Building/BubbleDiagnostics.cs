using Froth.Bubbles.Lppls;
using Froth.Bubbles.Psy;
using Froth.Data.Cache;

namespace Froth.Reports.Building;

/// <summary>
/// Runs the PSY and LPPLS tests a report shows on one price series, through the disk cache: PSY's Monte Carlo
/// critical values by sample size and options (<see cref="PsyCriticalValueCache"/>), each LPPLS confidence value
/// and fit by the prices it reads (<see cref="LpplsCache"/>). A second report over the same data computes nothing.
/// </summary>
public static class BubbleDiagnostics
{
    /// <summary>Runs the tests on closes up to and including the as-of session (the last one given).</summary>
    /// <param name="dates">Session dates, ascending, the as-of session last.</param>
    /// <param name="closes">Closes, positive and finite, one per date.</param>
    /// <param name="settings">Settings, or <see langword="null"/> for <see cref="BubbleSettings.Default"/>.</param>
    /// <param name="cache">The cache, or <see langword="null"/> to compute everything.</param>
    /// <param name="progress">Receives progress of the slow steps.</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <exception cref="FrothException">A close is not positive and finite.</exception>
    public static BubbleDiagnosticsResult Compute(
        IReadOnlyList<DateOnly> dates,
        IReadOnlyList<double> closes,
        BubbleSettings? settings = null,
        FileCache? cache = null,
        IProgress<BubbleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(dates);
        ArgumentNullException.ThrowIfNull(closes);
        if (dates.Count != closes.Count)
        {
            throw new ArgumentException($"Expected one close per date; got {dates.Count} dates and {closes.Count} closes.", nameof(closes));
        }

        settings ??= BubbleSettings.Default;
        for (var i = 0; i < closes.Count; i++)
        {
            if (!(closes[i] > 0) || !double.IsFinite(closes[i]))
            {
                throw new FrothException($"The bubble tests need positive closes; the close on {dates[i]:yyyy-MM-dd} is {closes[i]}.");
            }
        }

        var (psyDates, psy, table, episodes, minimum) = RunPsy(dates, closes, settings, cache, progress, cancellationToken);
        var confidence = RunConfidence(dates, closes, settings, cache, progress, cancellationToken);
        var fit = RunFit(dates, closes, settings, cache);
        return new BubbleDiagnosticsResult(psyDates, psy, table, episodes, minimum, confidence, fit);
    }

    private static (IReadOnlyList<DateOnly>, PsyResult?, PsyCriticalValueTable?, IReadOnlyList<PsyEpisode>, double) RunPsy(
        IReadOnlyList<DateOnly> dates, IReadOnlyList<double> closes, BubbleSettings settings, FileCache? cache, IProgress<BubbleProgress>? progress, CancellationToken cancellationToken)
    {
        var n = Math.Min(settings.PsyObservations, closes.Count);
        if (n < settings.PsyMinimumObservations)
        {
            return ([], null, null, [], 0);
        }

        var start = closes.Count - n;
        var logs = new double[n];
        for (var i = 0; i < n; i++)
        {
            logs[i] = Math.Log(closes[start + i]);
        }

        var options = new PsyOptions();
        var result = PsyTest.Run(logs, options);
        var reps = settings.MonteCarlo.Replications;
        var reporter = progress is null ? null : new Progress<int>(done => progress.Report(new BubbleProgress("PSY critical values", done, reps)));
        var table = cache is null
            ? PsyCriticalValues.MonteCarlo(n, options, settings.MonteCarlo, reporter, cancellationToken)
            : PsyCriticalValueCache.MonteCarlo(cache, n, options, settings.MonteCarlo, reporter, cancellationToken);
        progress?.Report(new BubbleProgress("PSY critical values", reps, reps));
        var minimum = PsyEpisodes.LogDuration(n, settings.MinDurationDelta);
        var episodes = PsyEpisodes.Find(logs, result.Bsadf, table.Bsadf95(), new PsyEpisodeOptions { MinimumDuration = minimum });
        return ([.. dates.Skip(start)], result, table, episodes, minimum);
    }

    private static List<LpplsConfidencePoint> RunConfidence(
        IReadOnlyList<DateOnly> dates, IReadOnlyList<double> closes, BubbleSettings settings, FileCache? cache, IProgress<BubbleProgress>? progress, CancellationToken cancellationToken)
    {
        var options = settings.Lppls;
        var ends = new List<int>();
        for (var k = settings.LpplsEndDates - 1; k >= 0; k--)
        {
            var end = closes.Count - 1 - (k * settings.LpplsEndStep);
            if (end >= options.MaxWindow)
            {
                ends.Add(end);
            }
        }

        var points = new List<LpplsConfidencePoint>(ends.Count);
        for (var j = 0; j < ends.Count; j++)
        {
            var end = ends[j];
            var window = new double[options.MaxWindow + 1];
            for (var i = 0; i < window.Length; i++)
            {
                window[i] = closes[end - options.MaxWindow + i];
            }

            points.Add(new LpplsConfidencePoint(dates[end], LpplsCache.Confidence(cache, window, options, cancellationToken)));
            progress?.Report(new BubbleProgress("LPPLS confidence", j + 1, ends.Count));
        }

        return points;
    }

    private static LpplsFitView? RunFit(IReadOnlyList<DateOnly> dates, IReadOnlyList<double> closes, BubbleSettings settings, FileCache? cache)
    {
        var span = settings.LpplsFitSpan;
        if (closes.Count < span + 1)
        {
            return null;
        }

        var start = closes.Count - 1 - span;
        var prices = closes.Skip(start).ToArray();
        var fitDates = dates.Skip(start).ToArray();
        var fit = LpplsCache.Fit(cache, prices, settings.Lppls.Fit);
        var filter = settings.Lppls.ConfidenceFilter;
        return new LpplsFitView(fit, fitDates, prices, filter.Failures(fit), filter.Qualifies(fit), LpplsDates.CriticalDate(fitDates[^1], fit.TcAfterEnd));
    }
}
