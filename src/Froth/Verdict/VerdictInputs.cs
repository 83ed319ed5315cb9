namespace Froth.Verdict;

/// <summary>
/// What the scorecard reads, each as of the same date; <see langword="null"/> where the data do not allow it
/// (the component is then shown as missing and its weight goes to the others).
/// </summary>
public sealed record VerdictInputs
{
    /// <summary>One-year price return of the subject, a fraction (1.0 = doubled).</summary>
    public double? OneYearReturn { get; init; }

    /// <summary>The P/E's percentile in its own history, in [0, 1] (fraction of the history strictly cheaper).</summary>
    public double? ValuationPercentile { get; init; }

    /// <summary>The PSY statistic at the last observation.</summary>
    public PsyReading? Psy { get; init; }

    /// <summary>The LPPLS confidence of a positive bubble, in [0, 1].</summary>
    public double? LpplsConfidence { get; init; }

    /// <summary>One-year return minus the latest year's nominal GDP growth, a fraction (0.3 = 30 points ahead of the economy).</summary>
    public double? MacroDivergence { get; init; }

    /// <summary>Mean turnover of the last 20 sessions over its mean of the 250 sessions before (1 = usual).</summary>
    public double? TurnoverRatio { get; init; }

    /// <summary>
    /// The margin-financing balance's percentile in its own past three years (<see cref="Froth.Speculation.MarginBalanceGauge"/>),
    /// a fraction in [0, 1]; <see langword="null"/> without margin data. It shares the speculation component with the turnover ratio.
    /// </summary>
    public double? MarginPercentile { get; init; }
}
