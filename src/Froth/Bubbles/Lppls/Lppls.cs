using System.Globalization;

namespace Froth.Bubbles.Lppls;

/// <summary>
/// Calibration of the log-periodic power law singularity (LPPLS) model of Johansen, Ledoit and Sornette on
/// one window of prices, by the scheme of Filimonov and Sornette (2013).
/// </summary>
/// <remarks>
/// <para>Reference: V. Filimonov and D. Sornette (2013), "A stable and robust calibration scheme of the
/// log-periodic power law model", Physica A 392(17), 3698–3707. The four linear parameters are solved in
/// closed form for each (tc, m, ω); the three nonlinear ones are searched within <see cref="LpplsSearchBounds"/>
/// from several seeded starts, and the best (lowest residual sum of squares) fit is returned — not the first
/// that converges, as the Python <c>lppls</c> package does.</para>
/// <para>Time is in sessions: observation i is at <c>t = i</c>, whatever the calendar gaps between them.</para>
/// </remarks>
public static class Lppls
{
    /// <summary>
    /// Fewest observations a window may have. The model has seven parameters; with fewer than 20 points the
    /// oscillations can fit any noise and the diagnostics mean nothing.
    /// </summary>
    public const int MinimumPoints = 20;

    /// <summary>Fits the LPPLS model to a whole series of prices (one per session, oldest first).</summary>
    /// <param name="prices">Positive, finite prices; at least <see cref="MinimumPoints"/>.</param>
    /// <param name="options">Calibration options, or <see langword="null"/> for <see cref="LpplsOptions.Default"/>.</param>
    /// <returns>The best fit; its <see cref="LpplsModel.Tc"/> is on the index axis of <paramref name="prices"/>.</returns>
    /// <exception cref="FrothException">Too few points, a price that is not positive and finite, invalid options,
    /// or a calibration that failed numerically from every start.</exception>
    public static LpplsFit Fit(IReadOnlyList<double> prices, LpplsOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(prices);
        options ??= LpplsOptions.Default;
        options.Validate();
        RequireLength(prices.Count, "the series");
        var logs = LogPrices(prices);
        var calibrator = new LpplsCalibrator(logs.Length);
        calibrator.Load(logs);
        return calibrator.Fit(0, options, keepResiduals: true)
            ?? throw new FrothException($"The LPPLS calibration failed numerically from all {options.Starts} starts on {prices.Count} prices (the normal equations were singular everywhere); the series may be constant or degenerate.");
    }

    /// <summary>Natural logs of the prices, after checking that each is positive and finite.</summary>
    /// <exception cref="FrothException">A price is not positive and finite; the message names its index and value.</exception>
    internal static double[] LogPrices(IReadOnlyList<double> prices)
    {
        var logs = new double[prices.Count];
        for (var i = 0; i < logs.Length; i++)
        {
            var p = prices[i];
            if (!(p > 0) || !double.IsFinite(p))
            {
                throw new FrothException($"LPPLS needs positive, finite prices, but the price at index {i} is {p.ToString(CultureInfo.InvariantCulture)}.");
            }

            logs[i] = Math.Log(p);
        }

        return logs;
    }

    internal static void RequireLength(int count, string what)
    {
        if (count < MinimumPoints)
        {
            throw new FrothException($"LPPLS needs at least {MinimumPoints} prices in {what}, got {count}.");
        }
    }
}
