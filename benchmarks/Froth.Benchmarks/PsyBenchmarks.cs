using BenchmarkDotNet.Attributes;
using Froth.Bubbles.Psy;

namespace Froth.Benchmarks;

/// <summary>
/// The PSY statistics of one series (ADF, SADF, GSADF and the whole BSADF sequence) on a random walk.
/// Target: T = 2,500 at lag 0 in under 50 ms.
/// </summary>
[MemoryDiagnoser]
public class PsyBenchmarks
{
    private double[] _series = [];

    [Params(600, 1680, 2500)]
    public int T { get; set; }

    [Params(0, 1, 4)]
    public int Lag { get; set; }

    [GlobalSetup]
    public void Setup() => _series = RandomWalk.Create(T, seed: 42);

    [Benchmark(Description = "BSADF, one thread")]
    public double OneThread() => PsyTest.Run(_series, new PsyOptions { Lag = AdfLag.Fixed(Lag), MaxDegreeOfParallelism = 1 }).Gsadf;

    [Benchmark(Description = "BSADF, all cores")]
    public double AllCores() => PsyTest.Run(_series, new PsyOptions { Lag = AdfLag.Fixed(Lag) }).Gsadf;
}

/// <summary>
/// Monte Carlo critical values (ADF, SADF, GSADF and the BSADF sequence at 90/95/99%), all cores.
/// Target: 2,000 replications at T = 600 in under 5 s on the 2-core machine.
/// </summary>
[MemoryDiagnoser]
public class PsyMonteCarloBenchmarks
{
    [Params(100, 600)]
    public int T { get; set; }

    [Benchmark(Description = "Monte Carlo, 2000 replications, lag 0")]
    public double MonteCarlo() =>
        PsyCriticalValues.MonteCarlo(T, new PsyOptions(), new PsyMonteCarloOptions { Replications = 2000 }).Gsadf!.Cv95;
}

/// <summary>Seeded Gaussian random walks for the benchmarks.</summary>
internal static class RandomWalk
{
    public static double[] Create(int count, int seed)
    {
        var random = new Random(seed);
        var y = new double[count];
        y[0] = 100;
        for (var t = 1; t < count; t++)
        {
            y[t] = y[t - 1] + (Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble()));
        }

        return y;
    }
}
