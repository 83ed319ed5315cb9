using System.Globalization;

namespace Froth.Bubbles.Psy;

/// <summary>The augmented Dickey–Fuller regression with a constant on a whole series.</summary>
/// <remarks>
/// <para>The regression is <c>Δy_t = α + β·y_{t−1} + Σ_{i=1..k} ψ_i·Δy_{t−i} + ε_t</c> over every <c>t</c> where the
/// <c>k</c> lags exist (<c>T − 1 − k</c> rows); the statistic is the OLS t-ratio of <c>β</c>.</para>
/// <para>Matches statsmodels' <c>adfuller(x, maxlag=k, regression='c', autolag=None)</c> (<see cref="Fit"/>) and
/// <c>adfuller(x, maxlag=K, regression='c', autolag='AIC'|'BIC')</c> (<see cref="FitWithCriterion"/>: the lag chosen
/// on the rows common to all lags, then refitted on its longest sample). It is the statistic PSY computes in
/// each window (<see cref="PsyTest"/>).</para>
/// </remarks>
public static class AdfRegression
{
    /// <summary>The ADF regression with a fixed lag.</summary>
    /// <param name="series">The observations, oldest first; finite and not constant.</param>
    /// <param name="lag">Lagged differences (≥ 0).</param>
    /// <exception cref="FrothException">The series is not usable or too short for the lag.</exception>
    public static AdfResult Fit(IReadOnlyList<double> series, int lag)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfNegative(lag);
        var y = PsyTest.CheckSeries(series);
        var fit = FitWindow(y, lag, lag, null);
        return ToResult(fit);
    }

    /// <summary>
    /// The lag in <c>0…<paramref name="maxLag"/></c> that <paramref name="criterion"/> prefers, every lag fitted on the
    /// same <c>T − 1 − maxLag</c> rows (ties go to the smaller lag).
    /// </summary>
    /// <exception cref="FrothException">The series is not usable or too short for the lag.</exception>
    public static int SelectLag(IReadOnlyList<double> series, int maxLag, InformationCriterion criterion)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentOutOfRangeException.ThrowIfNegative(maxLag);
        var y = PsyTest.CheckSeries(series);
        return FitWindow(y, maxLag, maxLag, criterion).Lag;
    }

    /// <summary>
    /// The ADF regression with the lag chosen by <paramref name="criterion"/> (<see cref="SelectLag"/>), refitted on
    /// the longest sample for that lag, as statsmodels' <c>adfuller(autolag=…)</c> reports it.
    /// </summary>
    /// <exception cref="FrothException">The series is not usable or too short for the lag.</exception>
    public static AdfResult FitWithCriterion(IReadOnlyList<double> series, int maxLag, InformationCriterion criterion) =>
        Fit(series, SelectLag(series, maxLag, criterion));

    /// <summary>Fits rows <c>t = rowLag+1 … T−1</c> with lags up to <paramref name="lag"/>.</summary>
    internal static WindowFit FitWindow(double[] y, int lag, int rowLag, InformationCriterion? criterion)
    {
        var rows = y.Length - 1 - rowLag;
        if (rows < lag + 3)
        {
            throw new FrothException(string.Create(
                CultureInfo.InvariantCulture,
                $"The series has {y.Length} observations; the ADF regression with {(criterion is null ? "lag" : "a maximum lag of")} {lag} needs at least {lag + rowLag + 4}."));
        }

        var kernel = new LagKernel(lag, criterion);
        Span<double> row = stackalloc double[lag + 2];
        for (var t = rowLag + 1; t < y.Length; t++)
        {
            for (var j = 0; j < lag; j++)
            {
                row[j] = y[t - 1 - j] - y[t - 2 - j];
            }

            row[lag] = y[t - 1];
            row[lag + 1] = y[t] - y[t - 1];
            kernel.Add(row);
        }

        var fit = kernel.Evaluate();
        if (double.IsNaN(fit.T))
        {
            throw new FrothException("The ADF regression is degenerate (an exact fit or a constant stretch); it needs a series with noise.");
        }

        return fit;
    }

    private static AdfResult ToResult(WindowFit fit) =>
        new(fit.T, fit.Lag, fit.Rows, fit.Beta, fit.StandardError, fit.Ssr);
}
