using Froth.Statistics;
namespace Froth.Bubbles.Lppls;

/// <summary>
/// The multi-window LPPLS indicators of the ETH Financial Crisis Observatory: the confidence indicator at an
/// end date and as a daily series, the trust indicator by residual resampling, and the distribution of the
/// critical time across qualified fits.
/// </summary>
/// <remarks>
/// <para>Definitions follow Sornette et al. (2015), "Real-time prediction and post-mortem analysis of the
/// Shanghai 2015 stock market bubble and crash", and Zhang, Zhang and Sornette (2016), "Early warning signals of
/// financial crises with multi-scale quantile regressions of log-periodic power law singularities": at an end
/// date t2, the LPPLS is fitted on every nested window <c>[t1, t2]</c> of <see cref="LpplsIndicatorOptions"/>;
/// the confidence is the number of windows whose fit passes the confidence filter, divided by the number of
/// windows (all of them, not only those of one sign as in the Python <c>lppls</c> package).</para>
/// <para>Every indicator at t2 uses prices up to t2 only. Windows are fitted in parallel with a seed derived
/// from the options' seed and the window's span, so results do not depend on the thread count.</para>
/// </remarks>
public static class LpplsIndicators
{
    /// <summary>Fits every window ending at index <paramref name="end"/>, longest first (null for a window whose calibration failed numerically).</summary>
    /// <param name="prices">Positive, finite prices, one per session, oldest first.</param>
    /// <param name="end">Index of the end date t2; at least <see cref="LpplsIndicatorOptions.MaxWindow"/>.</param>
    /// <param name="options">Indicator options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="FrothException">Bad prices, bad options, or too little history before <paramref name="end"/>.</exception>
    public static IReadOnlyList<LpplsFit?> FitWindows(IReadOnlyList<double> prices, int end, LpplsIndicatorOptions? options = null)
    {
        options = Checked(options);
        var logs = Prepare(prices, end, end, options);
        var spans = options.Windows();
        var fits = new LpplsFit?[spans.Count];
        Run(logs, spans.Count, i => (end - spans[i], end), options, keepResiduals: true, (i, fit) => fits[i] = fit, CancellationToken.None);
        return fits;
    }

    /// <summary>The confidence indicator at index <paramref name="end"/>.</summary>
    /// <exception cref="FrothException">Bad prices, bad options, or too little history before <paramref name="end"/>.</exception>
    public static LpplsConfidence Confidence(IReadOnlyList<double> prices, int end, LpplsIndicatorOptions? options = null)
    {
        options = Checked(options);
        return Summarize(end, FitWindows(prices, end, options), options);
    }

    /// <summary>
    /// The confidence indicator for every end date, aligned to <paramref name="prices"/>: <see langword="null"/>
    /// during the warm-up (fewer than <c>MaxWindow + 1</c> prices up to the date) and outside
    /// [<paramref name="from"/>, <paramref name="to"/>].
    /// </summary>
    /// <param name="prices">Positive, finite prices, one per session, oldest first.</param>
    /// <param name="options">Indicator options, or <see langword="null"/> for the defaults.</param>
    /// <param name="from">First end index, or <see langword="null"/> for the first after the warm-up.</param>
    /// <param name="to">Last end index, or <see langword="null"/> for the last price.</param>
    /// <param name="progress">Receives the number of end dates completed so far (from any thread).</param>
    /// <param name="cancellationToken">Stops the computation.</param>
    /// <exception cref="FrothException">Bad prices or options, an empty range, or a range that starts in the warm-up.</exception>
    public static IReadOnlyList<LpplsConfidence?> ConfidenceSeries(
        IReadOnlyList<double> prices,
        LpplsIndicatorOptions? options = null,
        int? from = null,
        int? to = null,
        IProgress<int>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(prices);
        options = Checked(options);
        var first = from ?? options.MaxWindow;
        var last = to ?? prices.Count - 1;
        var logs = Prepare(prices, first, last, options);
        var spans = options.Windows();
        var perEnd = spans.Count;
        var ends = last - first + 1;
        var outcomes = new Outcome[ends * perEnd];
        var remaining = new int[ends];
        Array.Fill(remaining, perEnd);
        var completed = 0;
        Run(
            logs,
            ends * perEnd,
            i => (first + (i / perEnd) - spans[i % perEnd], first + (i / perEnd)),
            options,
            keepResiduals: false,
            (i, fit) =>
            {
                outcomes[i] = Classify(fit, options.ConfidenceFilter);
                if (Interlocked.Decrement(ref remaining[i / perEnd]) == 0)
                {
                    progress?.Report(Interlocked.Increment(ref completed));
                }
            },
            cancellationToken);

        var series = new LpplsConfidence?[prices.Count];
        for (var e = 0; e < ends; e++)
        {
            series[first + e] = Summarize(first + e, outcomes.AsSpan(e * perEnd, perEnd), options);
        }

        return series;
    }

    /// <summary>The trust indicator at index <paramref name="end"/>, from <paramref name="resamples"/> resampled series per window.</summary>
    /// <param name="prices">Positive, finite prices, one per session, oldest first.</param>
    /// <param name="end">Index of the end date t2.</param>
    /// <param name="resamples">Synthetic series per window (at least 1); each costs one more fit per window.</param>
    /// <param name="options">Indicator options, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="FrothException">Bad prices, bad options, or too little history before <paramref name="end"/>.</exception>
    public static LpplsTrust Trust(IReadOnlyList<double> prices, int end, int resamples, LpplsIndicatorOptions? options = null)
    {
        options = Checked(options);
        if (resamples < 1)
        {
            throw new FrothException($"The LPPLS trust indicator needs at least 1 resample per window, got {resamples}.");
        }

        var logs = Prepare(prices, end, end, options);
        var spans = options.Windows();
        var fits = new LpplsFit?[spans.Count];
        Run(logs, spans.Count, i => (end - spans[i], end), options, keepResiduals: true, (i, fit) => fits[i] = fit, CancellationToken.None);

        var outcomes = new Outcome[spans.Count * resamples];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1 };
        var capacity = options.MaxWindow + 1;
        Parallel.For(
            0,
            outcomes.Length,
            parallel,
            () => (Calibrator: new LpplsCalibrator(capacity), Buffer: new double[capacity]),
            (job, _, local) =>
            {
                var w = job / resamples;
                var fit = fits[w];
                if (fit is null)
                {
                    outcomes[job] = default;
                    return local;
                }

                // Fitted path plus residuals drawn with replacement; the draws depend on the seed, span and replicate only.
                var rng = SplitMix64.Derive(options.Fit.Seed, spans[w], job % resamples, TrustStream);
                var n = fit.Length;
                var synthetic = local.Buffer.AsSpan(0, n);
                for (var i = 0; i < n; i++)
                {
                    var fitted = logs[fit.Start + i] - fit.Residuals[i];
                    synthetic[i] = fitted + fit.Residuals[rng.NextInt(n)];
                }

                local.Calibrator.Load(synthetic);
                outcomes[job] = Classify(local.Calibrator.Fit(fit.Start, options.Fit, keepResiduals: false), options.TrustFilter);
                return local;
            },
            _ => { });

        var positive = new double[spans.Count];
        var negative = new double[spans.Count];
        for (var w = 0; w < spans.Count; w++)
        {
            var slice = outcomes.AsSpan(w * resamples, resamples);
            foreach (var outcome in slice)
            {
                positive[w] += outcome.Sign == LpplsBubbleSign.Positive && outcome.Qualified ? 1 : 0;
                negative[w] += outcome.Sign == LpplsBubbleSign.Negative && outcome.Qualified ? 1 : 0;
            }

            positive[w] /= resamples;
            negative[w] /= resamples;
        }

        return new LpplsTrust(end, spans.Count, resamples, Quantiles.Median(positive)!.Value, Quantiles.Median(negative)!.Value);
    }

    /// <summary>The confidence indicator from fits already made for the windows ending at <paramref name="end"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="fits"/> is empty or a fit does not end at <paramref name="end"/>.</exception>
    public static LpplsConfidence Summarize(int end, IReadOnlyList<LpplsFit?> fits, LpplsIndicatorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(fits);
        options ??= LpplsIndicatorOptions.Default;
        if (fits.Count == 0)
        {
            throw new ArgumentException("Expected at least one window.", nameof(fits));
        }

        var outcomes = new Outcome[fits.Count];
        for (var i = 0; i < fits.Count; i++)
        {
            if (fits[i] is { } fit && fit.End != end)
            {
                throw new ArgumentException($"Expected every fit to end at index {end}; fit {i} ends at {fit.End}.", nameof(fits));
            }

            outcomes[i] = Classify(fits[i], options.ConfidenceFilter);
        }

        return Summarize(end, outcomes, options);
    }

    private const long TrustStream = 0x7472757374; // "trust": keeps resampling draws apart from the calibration's

    private static LpplsConfidence Summarize(int end, ReadOnlySpan<Outcome> outcomes, LpplsIndicatorOptions options)
    {
        int positive = 0, negative = 0, notConverged = 0;
        var tcs = new List<double>();
        foreach (var o in outcomes)
        {
            if (!o.Converged)
            {
                notConverged++;
                continue;
            }

            if (!o.Qualified)
            {
                continue;
            }

            tcs.Add(o.TcAfterEnd);
            if (o.Sign == LpplsBubbleSign.Positive)
            {
                positive++;
            }
            else if (o.Sign == LpplsBubbleSign.Negative)
            {
                negative++;
            }
        }

        IReadOnlyList<LpplsTcQuantile>? quantiles = null;
        if (tcs.Count > 0)
        {
            tcs.Sort();
            var sorted = tcs.ToArray();
            quantiles = [.. options.QuantileLevels.Select(level => new LpplsTcQuantile(level, Quantiles.OfSorted(sorted, level)))];
        }

        return new LpplsConfidence(end, outcomes.Length, positive, negative, notConverged, quantiles);
    }

    private static Outcome Classify(LpplsFit? fit, LpplsFilter filter) =>
        fit is null
            ? default
            : new Outcome(fit.Converged, fit.Converged && filter.Qualifies(fit), fit.Sign, fit.TcAfterEnd);

    private static LpplsIndicatorOptions Checked(LpplsIndicatorOptions? options)
    {
        options ??= LpplsIndicatorOptions.Default;
        options.Validate();
        return options;
    }

    /// <summary>Validates the prices and the end range, returns the log prices.</summary>
    private static double[] Prepare(IReadOnlyList<double> prices, int first, int last, LpplsIndicatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(prices);
        if (last < first)
        {
            throw new FrothException($"The range of LPPLS end dates is empty: it starts at index {first} and ends at index {last}.");
        }

        if (last >= prices.Count)
        {
            throw new FrothException($"The last LPPLS end date (index {last}) is beyond the data, which has {prices.Count} prices.");
        }

        if (first < options.MaxWindow)
        {
            throw new FrothException(
                $"The LPPLS windows are longer than the data: an end date at index {Math.Max(first, 0)} has {Math.Max(first, 0) + 1} prices up to it, "
                + $"but the longest window spans {options.MaxWindow} sessions and needs {options.MaxWindow + 1}.");
        }

        return Lppls.LogPrices(prices);
    }

    private static void Run(
        double[] logs,
        int jobs,
        Func<int, (int Start, int End)> window,
        LpplsIndicatorOptions options,
        bool keepResiduals,
        Action<int, LpplsFit?> sink,
        CancellationToken cancellationToken)
    {
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxDegreeOfParallelism ?? -1,
            CancellationToken = cancellationToken,
        };
        var capacity = options.MaxWindow + 1;
        Parallel.For(
            0,
            jobs,
            parallel,
            () => new LpplsCalibrator(capacity),
            (job, _, calibrator) =>
            {
                var (start, end) = window(job);
                calibrator.Load(logs.AsSpan(start, end - start + 1));
                sink(job, calibrator.Fit(start, options.Fit, keepResiduals));
                return calibrator;
            },
            _ => { });
    }

    /// <summary>What the indicators keep of one fit.</summary>
    private readonly record struct Outcome(bool Converged, bool Qualified, LpplsBubbleSign Sign, double TcAfterEnd);
}
