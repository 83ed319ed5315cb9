using Froth.Data.Cache;
using Froth.Analysis.Subjects;
using Froth.Bubbles.Lppls;
using Froth.Series;

namespace Froth.Analysis.Bubbles;

/// <summary>The LPPLS use cases: one window's fit and the confidence indicator, both through the cache (keyed by the prices they read).</summary>
public static class LpplsQueries
{
    /// <summary>The stage name progress is reported under.</summary>
    public const string Stage = "LPPLS confidence";

    /// <summary>The fit of the window ending on the as-of session.</summary>
    /// <param name="workspace">The workspace (its cache).</param>
    /// <param name="series">The subject's prices up to the as-of session.</param>
    /// <param name="request">Window and calibration.</param>
    /// <param name="wholeByDefault">Fit every price unless a window is asked for (a file), instead of the last <see cref="BubbleSettings.LpplsFitSpan"/> sessions.</param>
    /// <param name="settings">The product's settings, or <see langword="null"/> for the defaults.</param>
    /// <exception cref="FrothException">Too few prices in the window, a price that is not positive, bad options, or a failed calibration.</exception>
    public static LpplsFitAnalysis Fit(Workspace workspace, SubjectSeries series, LpplsFitRequest request, bool wholeByDefault = false, BubbleSettings? settings = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(request);
        settings ??= BubbleSettings.Default;
        request.Options.Validate();
        var closes = series.Closes;
        IReadOnlyList<ScalarPoint> window = request.From is { } from
            ? [.. closes.Where(p => p.Date >= from)]
            : request.Span is not null || !wholeByDefault
                ? [.. closes.Skip(Math.Max(0, closes.Count - 1 - (request.Span ?? settings.LpplsFitSpan)))]
                : closes;
        if (window.Count < Lppls.MinimumPoints)
        {
            throw new FrothException($"LPPLS needs at least {Lppls.MinimumPoints} prices in the fit window; {series.Info.Key} has {window.Count} from {IsoDate.Format(window.Count > 0 ? window[0].Date : series.AsOf.Date)} to {IsoDate.Format(series.AsOf.Date)}.");
        }

        var prices = window.Select(p => p.Value).ToArray();
        CheckPositive(series.Info.Key, window);
        var fit = LpplsCache.Fit(workspace.Cache, prices, request.Options);
        var trust = LpplsDating.Describe(window[0].Date, window[^1].Date, fit, settings.Lppls.TrustFilter).Failures;
        return new LpplsFitAnalysis(series.Info, series.AsOf, LpplsDating.Describe(window[0].Date, window[^1].Date, fit, settings.Lppls.ConfidenceFilter), trust, request.Options, window);
    }

    /// <summary>The confidence indicator at every <see cref="LpplsConfidenceRequest.Every"/>-th session from the as-of session back to <see cref="LpplsConfidenceRequest.From"/>.</summary>
    /// <exception cref="FrothException">No session in the range, too little history before the first end date, bad prices or options.</exception>
    public static LpplsConfidenceAnalysis Confidence(
        Workspace workspace,
        SubjectSeries series,
        LpplsConfidenceRequest request,
        BubbleSettings? settings = null,
        IProgress<BubbleProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(request);
        settings ??= BubbleSettings.Default;
        var options = request.Options ?? settings.Lppls;
        options.Validate();
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(request.Every);
        var closes = series.Closes;
        var last = closes.Count - 1;
        var first = request.From is { } from ? Sessions.LastOnOrBefore(closes, from.AddDays(-1)) + 1 : last;
        if (first > last)
        {
            throw new FrothException($"{series.Info.Key} has no session from {IsoDate.Format(request.From!.Value)} to {IsoDate.Format(series.AsOf.Date)}.");
        }

        var ends = new List<int>();
        for (var e = last; e >= first && e >= options.MaxWindow; e -= request.Every)
        {
            ends.Add(e);
        }

        ends.Reverse();
        if (ends.Count == 0)
        {
            throw new FrothException(
                $"The windows are longer than the data: {series.Info.Key} has {last + 1} sessions up to {IsoDate.Format(closes[last].Date)} (from {IsoDate.Format(closes[0].Date)}), "
                + $"but the longest window of {options.MaxWindow} sessions needs {options.MaxWindow + 1}. Choose a later date or a smaller --max-window.");
        }

        CheckPositive(series.Info.Key, closes.Skip(ends[0] - options.MaxWindow).ToList());
        var points = new List<LpplsDatedConfidence>(ends.Count);
        for (var j = 0; j < ends.Count; j++)
        {
            var end = ends[j];
            var window = new double[options.MaxWindow + 1];
            for (var i = 0; i < window.Length; i++)
            {
                window[i] = closes[end - options.MaxWindow + i].Value;
            }

            points.Add(LpplsDatedConfidence.Of(closes[end].Date, LpplsCache.Confidence(workspace.Cache, window, options, cancellationToken)));
            progress?.Report(new BubbleProgress(Stage, j + 1, ends.Count));
        }

        return new LpplsConfidenceAnalysis(series.Info, series.AsOf, options, options.Windows().Count, points);
    }

    private static void CheckPositive(string what, IReadOnlyList<ScalarPoint> prices)
    {
        foreach (var p in prices)
        {
            if (!(p.Value > 0) || !double.IsFinite(p.Value))
            {
                throw new FrothException($"{what}: the price of {IsoDate.Format(p.Date)} is {p.Value.ToString(System.Globalization.CultureInfo.InvariantCulture)}; LPPLS needs positive, finite prices.");
            }
        }
    }
}
