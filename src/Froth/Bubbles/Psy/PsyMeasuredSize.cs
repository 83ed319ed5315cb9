namespace Froth.Bubbles.Psy;

/// <summary>
/// The measured size of the GSADF test at 5% for one critical-value method and sample size: how often it rejects a
/// series that has no bubble, on a Gaussian random walk and on a random walk whose error standard deviation triples
/// at mid-sample. Rates are fractions (0.047 = 4.7%), each with its Monte Carlo standard error.
/// </summary>
/// <remarks>
/// <para>Data, not a computation: the figures of the table in docs/psy.md ("Size and power"), produced by
/// <c>dotnet run -c Release --project tools/Froth.PsySize</c> (2,000 series per Monte Carlo cell against 2,000-replication
/// critical values, seed 123; for the wild bootstrap 1,000, 400 and 200 series at T = 100, 400 and 1,000, 199
/// replications each). All at lag 0 with the default window; other designs have other sizes.</para>
/// </remarks>
/// <param name="Method">The critical-value method.</param>
/// <param name="Count">The tabulated sample size <c>T</c>.</param>
/// <param name="Gaussian">Rejection rate on a Gaussian random walk (the nominal null).</param>
/// <param name="GaussianError">Its standard error.</param>
/// <param name="VarianceBreak">Rejection rate on a random walk whose error standard deviation triples at observation ⌊T/2⌋.</param>
/// <param name="VarianceBreakError">Its standard error.</param>
public sealed record PsyMeasuredSize(PsySizeMethod Method, int Count, double Gaussian, double GaussianError, double VarianceBreak, double VarianceBreakError)
{
    /// <summary>Every measured entry, by method and sample size (T = 100, 400, 1,000).</summary>
    public static IReadOnlyList<PsyMeasuredSize> Table { get; } =
    [
        new(PsySizeMethod.MonteCarlo, 100, 0.047, 0.005, 0.292, 0.010),
        new(PsySizeMethod.MonteCarlo, 400, 0.053, 0.005, 0.369, 0.011),
        new(PsySizeMethod.MonteCarlo, 1000, 0.045, 0.005, 0.357, 0.011),
        new(PsySizeMethod.WildBootstrap, 100, 0.017, 0.004, 0.041, 0.006),
        new(PsySizeMethod.WildBootstrap, 400, 0.028, 0.008, 0.085, 0.014),
        new(PsySizeMethod.WildBootstrap, 1000, 0.005, 0.005, 0.085, 0.020),
    ];

    /// <summary>
    /// The entry of <paramref name="method"/> whose sample size is nearest <paramref name="count"/> on a log scale
    /// (T = 250 reads the T = 400 entry, T = 1,680 the T = 1,000 one).
    /// </summary>
    public static PsyMeasuredSize Nearest(PsySizeMethod method, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Table.Where(e => e.Method == method).MinBy(e => Math.Abs(Math.Log((double)count / e.Count)))!;
    }
}
