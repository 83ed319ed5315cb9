using MathNet.Numerics.LinearAlgebra;

namespace Froth.Tests.Bubbles.Psy;

/// <summary>
/// An independent ADF: builds each window's design matrix and solves it with MathNet's QR decomposition,
/// the textbook way (O(n·p²) per window). Used to check the running-sum and rank-one kernels.
/// </summary>
internal static class BruteForceAdf
{
    /// <summary>t-statistic of β in Δy_t = α + β y_{t−1} + Σψ_i Δy_{t−i} on observations t = first … last (0-based).</summary>
    public static double TStatistic(IReadOnlyList<double> y, int lag, int first, int last)
    {
        var n = last - first + 1;
        var p = lag + 2;
        var x = Matrix<double>.Build.Dense(n, p);
        var d = Vector<double>.Build.Dense(n);
        for (var r = 0; r < n; r++)
        {
            var t = first + r;
            x[r, 0] = 1;
            x[r, 1] = y[t - 1];
            for (var j = 1; j <= lag; j++)
            {
                x[r, 1 + j] = y[t - j] - y[t - j - 1];
            }

            d[r] = y[t] - y[t - 1];
        }

        var qr = x.QR();
        var beta = qr.Solve(d);
        var residual = d - (x * beta);
        var s2 = residual.DotProduct(residual) / (n - p);
        // (X'X)⁻¹ = R⁻¹R⁻ᵀ from the thin QR factor: no squared condition number, unlike inverting X'X.
        var rInverse = qr.R.SubMatrix(0, p, 0, p).Inverse();
        var variance = rInverse.Row(1).DotProduct(rInverse.Row(1));
        return beta[1] / Math.Sqrt(s2 * variance);
    }

    /// <summary>BSADF at observation <paramref name="end"/> (0-based) with a minimum of <paramref name="minRows"/> rows; rows start at t = lag + 1.</summary>
    public static double Bsadf(IReadOnlyList<double> y, int lag, int minRows, int end)
    {
        var best = double.NegativeInfinity;
        for (var first = lag + 1; end - first + 1 >= minRows; first++)
        {
            best = Math.Max(best, TStatistic(y, lag, first, end));
        }

        return best;
    }
}
