namespace Froth.Rally;

/// <summary>
/// One period's return of an instrument and of a benchmark over the same calendar window, each on its own
/// trading calendar.
/// </summary>
/// <param name="Period">Which period.</param>
/// <param name="Instrument">The instrument's return.</param>
/// <param name="Benchmark">The benchmark's return from its last close on or before the same base date to its last close on or before the instrument's end session.</param>
public sealed record RelativeReturn(RallyPeriod Period, PeriodReturn Instrument, PeriodReturn Benchmark)
{
    /// <summary>Difference of returns, as a fraction: instrument − benchmark (0.05 = outperformed by 5 percentage points).</summary>
    public double Difference => Instrument.Return - Benchmark.Return;

    /// <summary>
    /// Relative return, as a fraction: (1 + instrument) / (1 + benchmark) − 1, the change of the price ratio
    /// instrument ÷ benchmark over the period (positive when the instrument outperformed).
    /// </summary>
    public double Ratio => ((1 + Instrument.Return) / (1 + Benchmark.Return)) - 1;
}
