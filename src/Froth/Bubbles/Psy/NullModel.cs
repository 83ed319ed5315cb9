using MathNet.Numerics.LinearAlgebra;

namespace Froth.Bubbles.Psy;

/// <summary>
/// The null model of the wild bootstrap: <c>Δy_t = α + Σ_{i=1..k} ψ_i·Δy_{t−i} + e_t</c> (the ADF regression with
/// <c>β = 0</c> imposed), fitted by OLS on the whole sample.
/// </summary>
/// <param name="Lag">The lag <c>k</c>: the fixed lag, or the one the criterion chose on the null regression.</param>
/// <param name="Psi">The coefficients <c>ψ_1 … ψ_k</c>.</param>
/// <param name="Residuals">Indexed by observation <c>t</c>; <c>e_t</c> for <c>t ≥ k + 1</c>, 0 before.</param>
internal sealed record NullModel(int Lag, double[] Psi, double[] Residuals)
{
    /// <summary>Fits the null model; with a criterion the lags are compared on the rows common to all of them.</summary>
    public static NullModel Fit(double[] y, AdfLag lag)
    {
        var k = lag.MaxLag;
        if (lag.Criterion is { } criterion)
        {
            var bestIc = double.PositiveInfinity;
            var best = 0;
            for (var candidate = 0; candidate <= lag.MaxLag; candidate++)
            {
                var (_, _, ssr, rows) = Solve(y, candidate, lag.MaxLag + 1);
                var parameters = candidate + 1;
                var penalty = criterion == InformationCriterion.Aic ? 2.0 : Math.Log(rows);
                var ic = (rows * Math.Log(ssr / rows)) + (penalty * parameters);
                if (ic < bestIc)
                {
                    bestIc = ic;
                    best = candidate;
                }
            }

            k = best;
        }

        var (psi, residuals, _, _) = Solve(y, k, k + 1);
        return new NullModel(k, psi, residuals);
    }

    private static (double[] Psi, double[] Residuals, double Ssr, int Rows) Solve(double[] y, int k, int firstRow)
    {
        var rows = y.Length - firstRow;
        var x = Matrix<double>.Build.Dense(rows, k + 1);
        var d = Vector<double>.Build.Dense(rows);
        for (var r = 0; r < rows; r++)
        {
            var t = firstRow + r;
            x[r, 0] = 1;
            for (var i = 1; i <= k; i++)
            {
                x[r, i] = y[t - i] - y[t - i - 1];
            }

            d[r] = y[t] - y[t - 1];
        }

        var coefficients = x.QR().Solve(d);
        var fitted = x * coefficients;
        var residuals = new double[y.Length];
        var ssr = 0.0;
        for (var r = 0; r < rows; r++)
        {
            var e = d[r] - fitted[r];
            residuals[firstRow + r] = e;
            ssr += e * e;
        }

        return ([.. coefficients.Skip(1)], residuals, ssr, rows);
    }
}
