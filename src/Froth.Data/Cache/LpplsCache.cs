using System.Globalization;
using Froth.Bubbles.Lppls;

namespace Froth.Data.Cache;

/// <summary>
/// LPPLS indicators through a <see cref="FileCache"/>, keyed by the prices they read and every option that changes
/// them. Kinds <c>lppls-confidence</c> (the confidence indicator at one end date) and <c>lppls-fit</c> (one window's fit).
/// </summary>
/// <remarks>
/// The key holds a SHA-256 of the prices of the longest window (the only prices the indicator at that end date
/// reads), so a confidence computed once for a date is reused by every later report that reaches back to it,
/// wherever the window sits in the series, and a revised price invalidates it. It also holds the windows, the
/// calibration options (starts, candidates, scouting, finalists, iterations, seed, search bounds), the confidence
/// filter and the quantile levels; not the thread count, which does not change results.
/// </remarks>
public static class LpplsCache
{
    /// <summary>The cache kind of the confidence at one end date.</summary>
    public const string ConfidenceKind = "lppls-confidence";

    /// <summary>The cache kind of a single window's fit.</summary>
    public const string FitKind = "lppls-fit";

    /// <summary>Bumped whenever the calibration or the indicator changes its results.</summary>
    public const int Version = 1;

    /// <summary>The key of the confidence indicator at the last of <paramref name="windowPrices"/> (exactly <c>MaxWindow + 1</c> prices).</summary>
    public static CacheKey ConfidenceKey(IReadOnlyList<double> windowPrices, LpplsIndicatorOptions options)
    {
        ArgumentNullException.ThrowIfNull(windowPrices);
        ArgumentNullException.ThrowIfNull(options);
        var filter = options.ConfidenceFilter;
        return Calibration(new CacheKey(ConfidenceKind, Version), options.Fit)
            .WithData("prices", windowPrices)
            .With("minWindow", options.MinWindow)
            .With("maxWindow", options.MaxWindow)
            .With("step", options.Step)
            .With("filter", Join(filter.MinM, filter.MaxM, filter.MinOmega, filter.MaxOmega, filter.MinTcFraction, filter.MaxTcFraction, filter.MinOscillations, filter.MinDamping, filter.MaxRelativeError))
            .With("quantiles", Join([.. options.QuantileLevels]));
    }

    /// <summary>The key of <see cref="Lppls.Fit"/> on these prices with these options.</summary>
    public static CacheKey FitKey(IReadOnlyList<double> prices, LpplsOptions options)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(options);
        return Calibration(new CacheKey(FitKind, Version), options).WithData("prices", prices);
    }

    /// <summary>The LPPLS fit of <paramref name="prices"/>, from the cache when present.</summary>
    /// <exception cref="FrothException">Bad prices or options, or a calibration that failed from every start.</exception>
    public static LpplsFit Fit(FileCache? cache, IReadOnlyList<double> prices, LpplsOptions options)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(options);
        return cache is null ? Lppls.Fit(prices, options) : cache.GetOrAdd(FitKey(prices, options), () => Lppls.Fit(prices, options));
    }

    private static CacheKey Calibration(CacheKey key, LpplsOptions fit)
    {
        var bounds = fit.Bounds;
        return key
            .With("starts", fit.Starts)
            .With("candidates", fit.Candidates)
            .With("scoutIterations", fit.ScoutIterations)
            .With("finalists", fit.Finalists)
            .With("maxIterations", fit.MaxIterations)
            .With("seed", fit.Seed)
            .With("bounds", Join(bounds.MinTcAfterEnd, bounds.MaxTcAfterEndFraction, bounds.MinM, bounds.MaxM, bounds.MinOmega, bounds.MaxOmega));
    }

    /// <summary>
    /// The confidence indicator at the last of <paramref name="windowPrices"/>, from the cache when present. The
    /// prices are exactly those of the longest window (<c>MaxWindow + 1</c>), so the result's <c>End</c> is <c>MaxWindow</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The prices are not <c>MaxWindow + 1</c> long.</exception>
    public static LpplsConfidence Confidence(FileCache? cache, IReadOnlyList<double> windowPrices, LpplsIndicatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(windowPrices);
        ArgumentNullException.ThrowIfNull(options);
        if (windowPrices.Count != options.MaxWindow + 1)
        {
            throw new ArgumentException($"Expected the {options.MaxWindow + 1} prices of the longest window, got {windowPrices.Count}.", nameof(windowPrices));
        }

        cancellationToken.ThrowIfCancellationRequested();
        LpplsConfidence Compute() => LpplsIndicators.Confidence(windowPrices, options.MaxWindow, options);
        return cache is null ? Compute() : cache.GetOrAdd(ConfidenceKey(windowPrices, options), Compute);
    }

    private static string Join(params double[] values) => string.Join(',', values.Select(v => v.ToString("R", CultureInfo.InvariantCulture)));
}
