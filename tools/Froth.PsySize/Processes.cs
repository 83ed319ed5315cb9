namespace Froth.PsySize;

/// <summary>Draws one series of a <see cref="Process"/>, and says which observations are inside a bubble.</summary>
internal static class Processes
{
    /// <summary>The short name used in the tables.</summary>
    public static string Name(Process process) => process switch
    {
        Process.GaussianWalk => "Gaussian random walk",
        Process.GarchWalk => "GARCH(1,1) random walk",
        Process.VarianceBreak => "variance break ×3 at T/2",
        Process.OneBubble => "one PSY bubble",
        Process.TwoBubbles => "two PSY bubbles",
        Process.Evans => "Evans (1991) bubbles",
        _ => throw new ArgumentOutOfRangeException(nameof(process), process, null),
    };

    /// <summary>True for the processes under the null of a unit root (no bubble).</summary>
    public static bool IsNull(Process process) => process is Process.GaussianWalk or Process.GarchWalk or Process.VarianceBreak;

    /// <summary>The bubble periods, 0-based and inclusive (origination … last explosive observation); none for the nulls and Evans.</summary>
    public static IReadOnlyList<(int Start, int End)> Bubbles(Process process, int count) => process switch
    {
        Process.OneBubble => [((int)(0.4 * count), (int)(0.55 * count))],
        Process.TwoBubbles => [((int)(0.2 * count), (int)(0.4 * count)), ((int)(0.6 * count), (int)(0.7 * count))],
        _ => [],
    };

    /// <summary>Fills <paramref name="y"/> with one draw.</summary>
    public static void Draw(Process process, Random random, double[] y)
    {
        switch (process)
        {
            case Process.GaussianWalk:
                y[0] = 0;
                for (var t = 1; t < y.Length; t++)
                {
                    y[t] = y[t - 1] + Normal(random);
                }

                break;
            case Process.GarchWalk:
                Garch(random, y);
                break;
            case Process.VarianceBreak:
                y[0] = 0;
                for (var t = 1; t < y.Length; t++)
                {
                    y[t] = y[t - 1] + ((t < y.Length / 2 ? 1.0 : 3.0) * Normal(random));
                }

                break;
            case Process.OneBubble:
            case Process.TwoBubbles:
                Psy(Bubbles(process, y.Length), random, y);
                break;
            case Process.Evans:
                Evans(random, y);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(process), process, null);
        }
    }

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public static double Normal(Random random) =>
        Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());

    private static void Garch(Random random, double[] y)
    {
        const double omega = 0.05, alpha = 0.10, beta = 0.85;
        var variance = omega / (1 - alpha - beta);
        var e = 0.0;
        for (var b = 0; b < 200; b++)
        {
            variance = omega + (alpha * e * e) + (beta * variance);
            e = Math.Sqrt(variance) * Normal(random);
        }

        y[0] = 0;
        for (var t = 1; t < y.Length; t++)
        {
            variance = omega + (alpha * e * e) + (beta * variance);
            e = Math.Sqrt(variance) * Normal(random);
            y[t] = y[t - 1] + e;
        }
    }

    private static void Psy(IReadOnlyList<(int Start, int End)> bubbles, Random random, double[] y)
    {
        const double sigma = 6.79;
        var delta = 1 + Math.Pow(y.Length, -0.6);
        y[0] = 100;
        var bubble = 0;
        for (var t = 1; t < y.Length; t++)
        {
            var inside = bubble < bubbles.Count && t > bubbles[bubble].Start && t <= bubbles[bubble].End;
            if (inside)
            {
                y[t] = (delta * y[t - 1]) + (sigma * Normal(random));
            }
            else if (bubble < bubbles.Count && t == bubbles[bubble].End + 1)
            {
                // The collapse: back to the level at origination plus an Op(1) perturbation (PSY's X*).
                y[t] = y[bubbles[bubble].Start] + (sigma * Normal(random));
                bubble++;
            }
            else
            {
                y[t] = y[t - 1] + (sigma * Normal(random));
            }
        }
    }

    private static void Evans(Random random, double[] y)
    {
        const double mu = 0.0373, dividendVariance = 0.1574, r = 0.05, kappa = 20;
        const double alpha = 1, delta = 0.5, tau = 0.05, pi = 0.7;
        var dividend = 1.3;
        var b = delta;
        for (var t = 0; t < y.Length; t++)
        {
            if (t > 0)
            {
                dividend += mu + (Math.Sqrt(dividendVariance) * Normal(random));
                var u = Math.Exp((tau * Normal(random)) - (tau * tau / 2));
                if (b <= alpha)
                {
                    b = (1 + r) * b * u;
                }
                else
                {
                    var theta = random.NextDouble() < pi ? 1.0 : 0.0;
                    b = (delta + ((1 + r) / pi * theta * (b - (delta / (1 + r))))) * u;
                }
            }

            var fundamental = (mu * (1 + r) / (r * r)) + (dividend / r);
            y[t] = fundamental + (kappa * b);
        }
    }
}
