using System.Globalization;

namespace Froth.Bubbles.Psy;

/// <summary>
/// The regression layout of one PSY run: <c>T</c> levels, lags up to <c>K</c>, regression rows
/// <c>t = K+1 … T−1</c> (0-based observation of <c>Δy_t</c>), and a minimum window of <c>m</c> rows.
/// </summary>
/// <param name="Count">Number of observations (levels) <c>T</c>.</param>
/// <param name="MaxLag">The fixed lag, or the largest lag an information criterion may choose (<c>K</c>).</param>
/// <param name="Criterion">The criterion choosing the lag, or <see langword="null"/> for a fixed lag.</param>
/// <param name="MinRows">The minimum window in regression rows (<c>m</c>).</param>
internal readonly record struct PsyDesign(int Count, int MaxLag, InformationCriterion? Criterion, int MinRows)
{
    /// <summary>Regression rows over the whole sample: <c>T − 1 − K</c>.</summary>
    public int Rows => Count - 1 - MaxLag;

    /// <summary>0-based observation of the first BADF/BSADF statistic: <c>m + K</c>.</summary>
    public int FirstIndex => MinRows + MaxLag;

    /// <summary>How many BADF/BSADF statistics there are: <c>Rows − m + 1</c>.</summary>
    public int Statistics => Rows - MinRows + 1;

    /// <summary>Regressors and regressand per row: the <c>K</c> lagged differences, <c>y_{t−1}</c> and <c>Δy_t</c>.</summary>
    public int Width => MaxLag + 2;

    /// <summary>Resolves the options for a series of <paramref name="count"/> observations, checking that they fit.</summary>
    /// <exception cref="FrothException">The window or lag does not fit the series.</exception>
    public static PsyDesign Resolve(int count, PsyOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(options.Lag);
        var lag = options.Lag.MaxLag;
        if (lag < 0)
        {
            throw new FrothException($"The ADF lag must be 0 or more; got {lag}.");
        }

        var lagText = options.Lag.Criterion is null ? $"lag {lag}" : $"a maximum lag of {lag}";
        var window = options.MinWindow ?? PsyTest.DefaultMinWindow(count);
        var unit = options.WindowConvention == WindowConvention.Exuber ? "regression rows (exuber convention)" : "observations (psymonitor convention)";
        if (window < 1)
        {
            throw new FrothException($"The minimum window must be a positive number of {unit}; got {window}.");
        }

        if (window > count)
        {
            throw new FrothException(
                $"The minimum window ({window} {unit}) is larger than the series ({count} observations). "
                + "Use a smaller --min-window or a longer series.");
        }

        var rows = options.WindowConvention == WindowConvention.Exuber ? window : window - 1 - lag;
        var leastRows = lag + 3; // the constant, y_{t-1}, the lags, and one degree of freedom
        if (rows < leastRows)
        {
            var least = options.WindowConvention == WindowConvention.Exuber ? leastRows : leastRows + 1 + lag;
            throw new FrothException(
                $"The minimum window of {window} {unit} leaves {rows} regression rows with {lagText}; "
                + $"the ADF regression needs at least {leastRows}, so the window must be at least {least}.");
        }

        var design = new PsyDesign(count, lag, options.Lag.Criterion, rows);
        if (design.Rows < rows)
        {
            throw new FrothException(string.Create(
                CultureInfo.InvariantCulture,
                $"The series is too short for the window: {count} observations give {Math.Max(design.Rows, 0)} regression rows with {lagText}, "
                + $"fewer than the minimum window of {rows} rows; it needs at least {design.FirstIndex + 1} observations."));
        }

        return design;
    }
}
