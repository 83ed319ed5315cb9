using System.Globalization;

namespace Froth.Bubbles.Psy;

/// <summary>
/// The Phillips–Shi–Yu (2015) tests for explosive behaviour: the ADF, SADF and GSADF statistics and the BSADF
/// sequence used to date-stamp episodes (<see cref="PsyEpisodes"/>).
/// </summary>
/// <remarks>
/// <para>Every window runs the regression <c>Δy_t = α + β·y_{t−1} + Σ_{i=1..k} ψ_i·Δy_{t−i} + ε_t</c> and takes the
/// t-statistic of <c>β</c>. Windows are sets of consecutive regression rows at least the minimum window long;
/// BSADF at an observation is the largest statistic over windows ending there, BADF the statistic of the window
/// from the start, SADF the largest BADF and GSADF the largest BSADF.</para>
/// <para>Matches R exuber's <c>radf</c> (ADF, SADF, GSADF, BADF and BSADF to 1e-10 on its golden fixtures, with
/// <see cref="WindowConvention.Exuber"/>) and R psymonitor's <c>PSY</c> (with
/// <see cref="WindowConvention.Psymonitor"/> and a fixed lag); the single ADF statistic matches statsmodels'
/// <c>adfuller(regression='c')</c> (see <see cref="AdfRegression"/>).</para>
/// <para>Cost: O(1) per window for lag 0 and O(k²) plus a k×k Cholesky for lag k, about <c>(T − m)²/2</c> windows.</para>
/// </remarks>
public static class PsyTest
{
    /// <summary>
    /// The minimum window rule of Phillips, Shi &amp; Yu (2015): <c>⌊T·(0.01 + 1.8/√T)⌋</c>, evaluated exactly as
    /// exuber and psymonitor do (19 for T = 100, 50 for T = 600, 90 for T = 1,680).
    /// </summary>
    public static int DefaultMinWindow(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return (int)Math.Floor((0.01 + (1.8 / Math.Sqrt(count))) * count);
    }

    /// <summary>The window layout for <paramref name="count"/> observations, without computing anything.</summary>
    /// <exception cref="FrothException">The window or lag does not fit <paramref name="count"/>.</exception>
    public static PsyWindow Window(int count, PsyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var design = PsyDesign.Resolve(count, options);
        return new PsyWindow(
            count, options.MinWindow ?? DefaultMinWindow(count), options.WindowConvention, design.MinRows, design.MaxLag, design.FirstIndex, design.Statistics);
    }

    /// <summary>Runs the PSY tests on a series (levels; take logs before if wanted).</summary>
    /// <param name="series">The observations, oldest first; finite and not all equal.</param>
    /// <param name="options">Window, convention and lag; <see langword="null"/> for the defaults.</param>
    /// <exception cref="FrothException">The series is empty, holds NaN or infinities, is constant, or is too short for the window.</exception>
    public static PsyResult Run(IReadOnlyList<double> series, PsyOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(series);
        options ??= new PsyOptions();
        var y = CheckSeries(series);
        var design = PsyDesign.Resolve(y.Length, options);
        var engine = new PsyEngine(design);
        var badf = new double[design.Statistics];
        var bsadf = new double[design.Statistics];
        engine.Compute(y, badf, bsadf, options.MaxDegreeOfParallelism ?? Environment.ProcessorCount);
        var full = engine.FullSample(y);
        if (double.IsNaN(full.T))
        {
            throw new FrothException("The ADF regression of the whole series is degenerate (an exact fit); the PSY tests need a series with noise.");
        }

        return new PsyResult(
            y.Length,
            options.MinWindow ?? DefaultMinWindow(y.Length),
            options.WindowConvention,
            design.MinRows,
            options.Lag,
            full.Lag,
            design.FirstIndex,
            full.T,
            MaxDefined(badf),
            MaxDefined(bsadf),
            Align(badf, design),
            Align(bsadf, design));
    }

    /// <summary>Checks a series and copies it: not empty, finite, not constant.</summary>
    internal static double[] CheckSeries(IReadOnlyList<double> series)
    {
        if (series.Count == 0)
        {
            throw new FrothException("The series is empty; the PSY tests need observations.");
        }

        var y = new double[series.Count];
        for (var i = 0; i < y.Length; i++)
        {
            var v = series[i];
            if (!double.IsFinite(v))
            {
                throw new FrothException(string.Create(
                    CultureInfo.InvariantCulture,
                    $"Observation {i + 1} of {y.Length} is {v}; the PSY tests need finite numbers (remove or fill missing observations first)."));
            }

            y[i] = v;
        }

        if (Array.TrueForAll(y, v => v == y[0]))
        {
            throw new FrothException(string.Create(
                CultureInfo.InvariantCulture,
                $"The series is constant (all {y.Length} observations are {y[0]}); the ADF regression is undefined for a constant series."));
        }

        return y;
    }

    internal static double MaxDefined(double[] values)
    {
        var max = double.NegativeInfinity;
        foreach (var v in values)
        {
            if (v > max)
            {
                max = v;
            }
        }

        return double.IsNegativeInfinity(max) ? double.NaN : max;
    }

    private static double?[] Align(double[] values, PsyDesign design)
    {
        var aligned = new double?[design.Count];
        for (var j = 0; j < values.Length; j++)
        {
            aligned[design.FirstIndex + j] = double.IsNaN(values[j]) ? null : values[j];
        }

        return aligned;
    }
}
