namespace Froth.Bubbles.Psy;

/// <summary>
/// Critical values and null distributions of the PSY statistics: Monte Carlo under a random walk, the wild
/// bootstrap of a given series, or values supplied by the user. Any sample size; 90%, 95% and 99% for ADF,
/// SADF, GSADF and every BSADF observation.
/// </summary>
/// <remarks>
/// <para>Quantiles are R's default (type 7: linear interpolation between order statistics), as exuber's and
/// psymonitor's tables use. The BSADF critical value at an observation <c>t</c> is the quantile, across
/// replications, of the simulated BSADF at <c>t</c>, or of the SADF statistic of the first <c>t</c> simulated
/// observations as in exuber's <c>radf_crit</c> (<see cref="BsadfNull"/>).</para>
/// <para>Replication <c>r</c> draws from its own random stream of (seed, r) and writes only its own slot, so the
/// values are identical for a given seed whatever the number of threads.</para>
/// </remarks>
public static class PsyCriticalValues
{
    /// <summary>The quantile levels reported: 90%, 95% and 99%.</summary>
    public static IReadOnlyList<double> Levels { get; } = [0.90, 0.95, 0.99];

    /// <summary>
    /// Monte Carlo critical values for <paramref name="count"/> observations: the statistics of
    /// <see cref="PsyMonteCarloOptions.Replications"/> random walks <c>y_t = y_{t−1} + d/T + ε_t</c>,
    /// <c>ε_t ~ N(0, 1)</c>, <c>y_0 = 0</c>, computed with the window and lag of <paramref name="options"/>.
    /// </summary>
    /// <remarks>Reproduces exuber's <c>radf_crit</c> table (driftless, lag 0, exuber's window, and for the BSADF sequence
    /// <see cref="BsadfNull.SadfOfPrefix"/>) within Monte Carlo error.</remarks>
    /// <param name="count">Observations <c>T</c> of the series the values are for.</param>
    /// <param name="options">Window, convention and lag (as for <see cref="PsyTest.Run"/>).</param>
    /// <param name="monteCarlo">Replications, seed, drift, threads.</param>
    /// <param name="progress">Receives the number of replications done (from worker threads); may be null.</param>
    /// <param name="cancellationToken">Stops the simulation.</param>
    /// <exception cref="FrothException">The window or lag does not fit <paramref name="count"/>, or too few replications.</exception>
    public static PsyCriticalValueTable MonteCarlo(
        int count, PsyOptions options, PsyMonteCarloOptions monteCarlo, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        MonteCarloSamples(count, options, monteCarlo, progress, cancellationToken).ToTable();

    /// <summary>The simulated statistics behind <see cref="MonteCarlo"/>.</summary>
    internal static SimulatedStatistics MonteCarloSamples(
        int count, PsyOptions options, PsyMonteCarloOptions monteCarlo, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(monteCarlo);
        var design = PsyDesign.Resolve(count, options);
        CheckReplications(monteCarlo.Replications);
        var drift = monteCarlo.Drift / count;
        return Simulate(
            design,
            monteCarlo.Replications,
            monteCarlo.MaxDegreeOfParallelism,
            monteCarlo.BsadfNull,
            (r, y) =>
            {
                var random = new PsyRandom(monteCarlo.Seed, r);
                y[0] = 0;
                for (var t = 1; t < y.Length; t++)
                {
                    y[t] = y[t - 1] + drift + random.NextNormal();
                }
            },
            progress,
            cancellationToken);
    }

    /// <summary>
    /// Wild-bootstrap critical values for <paramref name="series"/> (Phillips &amp; Shi 2020), robust to
    /// heteroskedasticity: the null model <c>Δy_t = α + Σψ_i·Δy_{t−i} + e_t</c> is fitted to the series; each
    /// bootstrap series is <c>Δy*_t = Σψ̂_i·Δy*_{t−i} + w_t·ê_t</c> with an independent <c>w_t ~ N(0, 1)</c> for
    /// every observation <c>t</c> (not one weight per series), the first <c>k</c> differences and <c>y*_0</c>
    /// taken from the data, and no drift (the null of a random walk).
    /// </summary>
    /// <remarks>
    /// The lag of the null model is the fixed lag, or the one the criterion of <paramref name="options"/> chooses for
    /// the null regression on the whole sample. Each residual keeps its date, so the bootstrap series reproduce
    /// the timing of volatility in the data.
    /// <para>Not a drop-in for <see cref="MonteCarlo"/> on a homoskedastic series: there its 95% GSADF value is biased
    /// upwards (by 0.3–0.45 on average over Gaussian random walks at T = 100 and 500), so GSADF rejects less than 5% of true nulls;
    /// SADF is close to unbiased. Measured sizes: <see cref="PsyMeasuredSize"/> and docs/psy.md.</para>
    /// </remarks>
    /// <param name="series">The series tested (after any transform), finite and not constant.</param>
    /// <param name="options">Window, convention and lag.</param>
    /// <param name="bootstrap">Replications, seed, threads.</param>
    /// <param name="progress">Receives the number of replications done; may be null.</param>
    /// <param name="cancellationToken">Stops the bootstrap.</param>
    /// <exception cref="FrothException">The series is unusable or too short, or too few replications.</exception>
    public static PsyCriticalValueTable WildBootstrap(
        IReadOnlyList<double> series, PsyOptions options, PsyWildBootstrapOptions bootstrap, IProgress<int>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(series);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(bootstrap);
        var y = PsyTest.CheckSeries(series);
        var design = PsyDesign.Resolve(y.Length, options);
        CheckReplications(bootstrap.Replications);
        var model = NullModel.Fit(y, options.Lag);
        return WildSamples(y, design, model, bootstrap, progress, cancellationToken).ToTable();
    }

    /// <summary>The bootstrap statistics behind <see cref="WildBootstrap"/>.</summary>
    internal static SimulatedStatistics WildSamples(
        double[] y, PsyDesign design, NullModel model, PsyWildBootstrapOptions bootstrap, IProgress<int>? progress, CancellationToken cancellationToken)
    {
        return Simulate(
            design,
            bootstrap.Replications,
            bootstrap.MaxDegreeOfParallelism,
            bootstrap.BsadfNull,
            (r, yb) => WildSeries(y, model, bootstrap.Seed, r, yb),
            progress,
            cancellationToken);
    }

    /// <summary>Bootstrap series <paramref name="replication"/> of <paramref name="y"/> into <paramref name="output"/>.</summary>
    internal static void WildSeries(double[] y, NullModel model, long seed, int replication, double[] output)
    {
        var random = new PsyRandom(seed, replication);
        var k = model.Lag;
        var dy = new double[y.Length];
        output[0] = y[0];
        for (var t = 1; t < y.Length; t++)
        {
            if (t <= k)
            {
                dy[t] = y[t] - y[t - 1];
            }
            else
            {
                // One weight per observation: w_t ~ N(0, 1) drawn afresh for every t.
                var v = random.NextNormal() * model.Residuals[t];
                for (var i = 1; i <= k; i++)
                {
                    v += model.Psi[i - 1] * dy[t - i];
                }

                dy[t] = v;
            }

            output[t] = output[t - 1] + dy[t];
        }
    }

    /// <summary>
    /// Critical values supplied by the user for a result: one row per BSADF observation, or a single row used for
    /// every observation. ADF, SADF and GSADF critical values and p-values are then unknown.
    /// </summary>
    /// <exception cref="ArgumentException">The number of rows is neither 1 nor the number of BSADF observations.</exception>
    public static PsyCriticalValueTable FromSequence(PsyResult result, IReadOnlyList<CriticalValueSet> rows)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(rows);
        var statistics = result.Count - result.FirstIndex;
        if (rows.Count != 1 && rows.Count != statistics)
        {
            throw new ArgumentException($"Expected 1 row or {statistics} rows (one per BSADF observation) but got {rows.Count}.", nameof(rows));
        }

        var bsadf = new CriticalValueSet?[result.Count];
        for (var j = 0; j < statistics; j++)
        {
            bsadf[result.FirstIndex + j] = rows.Count == 1 ? rows[0] : rows[j];
        }

        return new PsyCriticalValueTable(result.Count, result.FirstIndex, 0, null, null, null, bsadf, null, PsyCriticalValueDesign.Of(result));
    }

    private static CriticalValueSet Quantiles(ReadOnlySpan<double> sorted) =>
        new(Statistics.Quantiles.OfSorted(sorted, 0.90), Statistics.Quantiles.OfSorted(sorted, 0.95), Statistics.Quantiles.OfSorted(sorted, 0.99));

    private static void CheckReplications(int replications)
    {
        if (replications < 10)
        {
            throw new FrothException($"At least 10 replications are needed for 90/95/99% critical values; got {replications}.");
        }
    }

    private static SimulatedStatistics Simulate(
        PsyDesign design,
        int replications,
        int? parallelism,
        BsadfNull bsadfNull,
        Action<int, double[]> generate,
        IProgress<int>? progress,
        CancellationToken cancellationToken)
    {
        var statistics = design.Statistics;
        var adf = new double[replications];
        var sadf = new double[replications];
        var gsadf = new double[replications];
        var bsadfByObservation = new double[statistics * replications];
        var done = 0;
        Parallel.For(
            0,
            replications,
            new ParallelOptions { MaxDegreeOfParallelism = parallelism ?? Environment.ProcessorCount, CancellationToken = cancellationToken },
            () => new Worker(design),
            (r, _, worker) =>
            {
                generate(r, worker.Series);
                worker.Engine.Compute(worker.Series, worker.Badf, worker.Bsadf, 1);
                adf[r] = worker.Badf[^1];
                sadf[r] = PsyTest.MaxDefined(worker.Badf);
                gsadf[r] = PsyTest.MaxDefined(worker.Bsadf);
                var runningSadf = double.NaN;
                for (var j = 0; j < statistics; j++)
                {
                    var badf = worker.Badf[j];
                    if (badf > runningSadf || (double.IsNaN(runningSadf) && !double.IsNaN(badf)))
                    {
                        runningSadf = badf;
                    }

                    var value = bsadfNull == BsadfNull.SadfOfPrefix ? runningSadf : worker.Bsadf[j];
                    bsadfByObservation[(j * replications) + r] = value;
                }

                progress?.Report(Interlocked.Increment(ref done));
                return worker;
            },
            _ => { });

        Array.Sort(adf);
        Array.Sort(sadf);
        Array.Sort(gsadf);
        for (var j = 0; j < statistics; j++)
        {
            bsadfByObservation.AsSpan(j * replications, replications).Sort();
        }

        return new SimulatedStatistics(design, replications, adf, sadf, gsadf, bsadfByObservation);
    }

    /// <summary>Every simulated statistic, each sorted ascending; BSADF by observation (column-major).</summary>
    internal sealed record SimulatedStatistics(PsyDesign Design, int Replications, double[] Adf, double[] Sadf, double[] Gsadf, double[] BsadfByObservation)
    {
        /// <summary>The sorted BSADF sample at the <paramref name="j"/>-th BSADF observation.</summary>
        public ReadOnlySpan<double> Bsadf(int j) => BsadfByObservation.AsSpan(j * Replications, Replications);

        /// <summary>The quantiles and distributions.</summary>
        public PsyCriticalValueTable ToTable()
        {
            var bsadf = new CriticalValueSet?[Design.Count];
            for (var j = 0; j < Design.Statistics; j++)
            {
                bsadf[Design.FirstIndex + j] = Quantiles(Bsadf(j));
            }

            return new PsyCriticalValueTable(
                Design.Count,
                Design.FirstIndex,
                Replications,
                Quantiles(Adf),
                Quantiles(Sadf),
                Quantiles(Gsadf),
                bsadf,
                new PsyNullDistribution(Adf, Sadf, Gsadf),
                PsyCriticalValueDesign.Of(Design));
        }
    }

    private sealed class Worker(PsyDesign design)
    {
        public PsyEngine Engine { get; } = new(design);

        public double[] Series { get; } = new double[design.Count];

        public double[] Badf { get; } = new double[design.Statistics];

        public double[] Bsadf { get; } = new double[design.Statistics];
    }
}
