namespace Froth.Tests.Bubbles.Psy;

/// <summary>
/// The Monte Carlo standard error of a sample quantile: <c>√(p(1−p)/R) / f(q_p)</c> (the asymptotic variance of a
/// sample quantile, Serfling 1980 §2.3.3), with the density <c>f</c> at the quantile estimated from the sample by
/// a Gaussian kernel with Silverman's bandwidth <c>0.9·min(sd, IQR/1.34)·R^{−1/5}</c>.
/// </summary>
internal static class QuantileError
{
    public static double StandardError(double[] sample, double p, double quantile, int replications)
    {
        var density = Density(sample, quantile);
        return Math.Sqrt(p * (1 - p) / replications) / density;
    }

    private static double Density(double[] sample, double at)
    {
        var sorted = sample.Order().ToArray();
        var n = sorted.Length;
        var mean = sorted.Average();
        var sd = Math.Sqrt(sorted.Sum(v => (v - mean) * (v - mean)) / (n - 1));
        var iqr = sorted[(int)(0.75 * (n - 1))] - sorted[(int)(0.25 * (n - 1))];
        var h = 0.9 * Math.Min(sd, iqr / 1.34) * Math.Pow(n, -0.2);
        var sum = sorted.Sum(v => Math.Exp(-0.5 * Math.Pow((at - v) / h, 2)));
        return sum / (n * h * Math.Sqrt(2 * Math.PI));
    }
}
