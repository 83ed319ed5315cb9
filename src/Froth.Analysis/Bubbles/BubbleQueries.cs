using Froth.Analysis.Subjects;

namespace Froth.Analysis.Bubbles;

/// <summary>The report's bubble tests of a subject, with the product's settings: the same PSY, confidence and fit that <c>froth bubble psy|lppls-confidence|lppls</c> give by default.</summary>
public static class BubbleQueries
{
    /// <summary>Runs the three tests the history allows.</summary>
    public static BubbleDiagnostics Diagnose(Workspace workspace, SubjectSeries series, BubbleSettings? settings = null, IProgress<BubbleProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(series);
        settings ??= BubbleSettings.Default;
        var closes = series.Closes;
        var n = closes.Count;

        PsyAnalysis? psy = null;
        string? psyShortfall = null;
        if (n < settings.PsyMinimumObservations)
        {
            psyShortfall = $"{n} sessions of history, fewer than the {settings.PsyMinimumObservations} the PSY test needs";
        }
        else
        {
            psy = PsyQueries.Run(workspace, series.Info, series.AsOf, closes, new PsyRequest(), wholeByDefault: false, settings, progress, cancellationToken);
        }

        LpplsConfidenceAnalysis? confidence = null;
        string? confidenceShortfall = null;
        var options = settings.Lppls;
        if (n - 1 < options.MaxWindow)
        {
            confidenceShortfall = $"{n} sessions of history, fewer than the {options.MaxWindow + 1} of the longest LPPLS window";
        }
        else
        {
            var first = Math.Max(options.MaxWindow, n - 1 - ((settings.LpplsEndDates - 1) * settings.LpplsEndStep));
            var request = new LpplsConfidenceRequest { From = closes[first].Date, Every = settings.LpplsEndStep, Options = options };
            confidence = LpplsQueries.Confidence(workspace, series, request, settings, progress, cancellationToken);
        }

        LpplsFitAnalysis? fit = null;
        string? fitShortfall = null;
        if (n < settings.LpplsFitSpan + 1)
        {
            fitShortfall = $"{n} sessions of history, fewer than the {settings.LpplsFitSpan + 1} of the fit's window";
        }
        else
        {
            fit = LpplsQueries.Fit(workspace, series, new LpplsFitRequest { Span = settings.LpplsFitSpan, Options = options.Fit }, wholeByDefault: false, settings);
        }

        return new BubbleDiagnostics(psy, psyShortfall, confidence, confidenceShortfall, fit, fitShortfall);
    }
}
