using Froth.Bubbles.Lppls;

namespace Froth.Tests.Bubbles.Lppls;

/// <summary>Synthetic LPPLS price paths with known parameters: the independent truth the calibration must recover.</summary>
internal static class Synthetic
{
    /// <summary>Prices exp(model(t) + σ·ε_t) for t = 0 … n − 1, with ε standard normal drawn from a seeded generator.</summary>
    public static double[] Prices(LpplsModel truth, int n, double sigma, int seed)
    {
        var rng = new Random(seed);
        var prices = new double[n];
        for (var t = 0; t < n; t++)
        {
            // Box–Muller.
            var u1 = 1 - rng.NextDouble();
            var u2 = rng.NextDouble();
            var noise = Math.Sqrt(-2 * Math.Log(u1)) * Math.Cos(2 * Math.PI * u2);
            prices[t] = Math.Exp(truth.LogPrice(t) + (sigma * noise));
        }

        return prices;
    }
}
