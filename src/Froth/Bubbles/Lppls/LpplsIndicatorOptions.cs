namespace Froth.Bubbles.Lppls;

/// <summary>
/// Options of the LPPLS indicators: the nested windows fitted at each end date, the calibration, the filters
/// and the critical-time quantiles.
/// </summary>
/// <remarks>
/// At an end date t2 the windows have spans <c>dt = t2 − t1</c> of <see cref="MaxWindow"/>,
/// <c>MaxWindow − Step</c>, … down to the smallest that is at least <see cref="MinWindow"/> sessions (a window
/// of span dt holds dt + 1 prices). The defaults, 750 down to 125 in steps of 5, give 126 windows, the
/// multi-scale setting of the ETH Financial Crisis Observatory.
/// </remarks>
public sealed record LpplsIndicatorOptions
{
    /// <summary>The defaults: windows of 750 down to 125 sessions in steps of 5, default calibration and filters.</summary>
    public static LpplsIndicatorOptions Default { get; } = new();

    /// <summary>Span of the shortest window, in sessions (at least <see cref="Lppls.MinimumPoints"/> − 1). Default 125.</summary>
    public int MinWindow { get; init; } = 125;

    /// <summary>Span of the longest window, in sessions. Default 750.</summary>
    public int MaxWindow { get; init; } = 750;

    /// <summary>Difference between successive window spans, in sessions. Default 5.</summary>
    public int Step { get; init; } = 5;

    /// <summary>How each window is calibrated.</summary>
    public LpplsOptions Fit { get; init; } = LpplsOptions.Default;

    /// <summary>The filter of the confidence indicator. Default <see cref="LpplsFilters.Confidence"/>.</summary>
    public LpplsFilter ConfidenceFilter { get; init; } = LpplsFilters.Confidence;

    /// <summary>The filter of the trust indicator. Default <see cref="LpplsFilters.Trust"/>.</summary>
    public LpplsFilter TrustFilter { get; init; } = LpplsFilters.Trust;

    /// <summary>Levels of the critical-time quantiles, each in [0, 1]. Default 0.05, 0.25, 0.5, 0.75, 0.95.</summary>
    public IReadOnlyList<double> QuantileLevels { get; init; } = [0.05, 0.25, 0.5, 0.75, 0.95];

    /// <summary>Most threads used; <see langword="null"/> for all cores. Results do not depend on it.</summary>
    public int? MaxDegreeOfParallelism { get; init; }

    /// <summary>The window spans, longest first.</summary>
    public IReadOnlyList<int> Windows()
    {
        var spans = new List<int>();
        for (var dt = MaxWindow; dt >= MinWindow; dt -= Step)
        {
            spans.Add(dt);
        }

        return spans;
    }

    /// <summary>Throws <see cref="FrothException"/> when an option is out of range.</summary>
    public void Validate()
    {
        if (MinWindow < Lppls.MinimumPoints - 1)
        {
            throw new FrothException($"The shortest LPPLS window must span at least {Lppls.MinimumPoints - 1} sessions ({Lppls.MinimumPoints} prices), got {MinWindow}.");
        }

        if (MaxWindow < MinWindow)
        {
            throw new FrothException($"The longest LPPLS window ({MaxWindow} sessions) must be at least the shortest ({MinWindow}).");
        }

        if (Step < 1)
        {
            throw new FrothException($"The LPPLS window step must be at least 1 session, got {Step}.");
        }

        if (MaxDegreeOfParallelism is < 1)
        {
            throw new FrothException($"The degree of parallelism must be at least 1, got {MaxDegreeOfParallelism}.");
        }

        foreach (var level in QuantileLevels)
        {
            if (!(level >= 0 && level <= 1))
            {
                throw new FrothException($"A quantile level must lie in [0, 1], got {level}.");
            }
        }

        Fit.Validate();
    }
}
