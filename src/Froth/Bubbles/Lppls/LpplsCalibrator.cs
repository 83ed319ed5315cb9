namespace Froth.Bubbles.Lppls;

/// <summary>
/// Calibrates the LPPLS model on one window at a time: draws the candidates (<see cref="LpplsSampler"/>),
/// runs the multi-start search (<see cref="LpplsSearch"/>, with <see cref="LpplsMinimizer"/> on
/// <see cref="LpplsObjective"/>) and assembles the <see cref="LpplsFit"/>. Holds the objective's scratch
/// arrays, sized for the longest window; one instance per thread.
/// </summary>
/// <remarks>
/// The four linear parameters are slaved to (tc, m, ω) as in Filimonov and Sornette (2013), leaving a
/// three-parameter nonlinear least-squares problem, solved by a bounded Levenberg–Marquardt search on the
/// variable-projection residual (Golub and Pereyra 1973) with Kaufman's (1975) Jacobian.
/// </remarks>
internal sealed class LpplsCalibrator
{
    private readonly LpplsObjective _objective;

    /// <summary>A calibrator for windows of up to <paramref name="capacity"/> observations.</summary>
    public LpplsCalibrator(int capacity) => _objective = new LpplsObjective(capacity);

    /// <summary>Number of evaluations of the objective since creation (for diagnostics and benchmarks).</summary>
    public long Evaluations => _objective.Evaluations;

    /// <summary>Loads a window of log prices (finite values; checked by the caller).</summary>
    public void Load(ReadOnlySpan<double> logPrices) => _objective.Load(logPrices);

    /// <summary>
    /// Fits the loaded window, whose first observation is at index <paramref name="start"/> of the caller's
    /// series. Returns <see langword="null"/> when every candidate and start failed numerically.
    /// </summary>
    public LpplsFit? Fit(int start, LpplsOptions options, bool keepResiduals)
    {
        var objective = _objective;
        var n = objective.Length;
        var bounds = options.Bounds;
        Span<double> lo = [bounds.MinTcAfterEnd, bounds.MinM, bounds.MinOmega];
        Span<double> hi = [bounds.MaxTcAfterEnd(n - 1), bounds.MaxM, bounds.MaxOmega];

        // Latin-hypercube candidates; the draws depend on the seed and the window length only.
        var candidates = Math.Max(options.Candidates, options.Starts);
        Span<double> points = candidates <= 256 ? stackalloc double[candidates * 3] : new double[candidates * 3];
        Span<int> permutation = candidates <= 256 ? stackalloc int[candidates] : new int[candidates];
        LpplsSampler.LatinHypercube(options.Seed, n, lo, hi, points, permutation);

        Span<double> best = stackalloc double[3];
        if (LpplsSearch.Run(objective, points, options, lo, hi, best) is not { } outcome)
        {
            return null;
        }

        var finalSse = objective.Evaluate(best[0], best[1], best[2]);
        var r = objective.Residuals;
        var residuals = keepResiduals ? new double[n] : [];
        var relativeError = 0.0;
        for (var i = 0; i < n; i++)
        {
            if (keepResiduals)
            {
                residuals[i] = r[i];
            }

            relativeError += Math.Abs(Math.Exp(r[i]) - 1);
        }

        relativeError /= n;
        var end = start + n - 1;
        var beta = objective.Beta;
        var model = new LpplsModel(end + best[0], best[1], best[2], beta[0] + objective.Mean, beta[1], beta[2], beta[3]);
        var atBound = new List<string>(3);
        ReadOnlySpan<string> names = ["tc", "m", "omega"];
        for (var k = 0; k < 3; k++)
        {
            if (best[k] <= lo[k] || best[k] >= hi[k])
            {
                atBound.Add(names[k]);
            }
        }

        return new LpplsFit(model, start, end, finalSse, residuals, relativeError, outcome.Converged, outcome.FinalistsConverged, outcome.FinalistSse)
        {
            AtSearchBound = atBound,
        };
    }
}
