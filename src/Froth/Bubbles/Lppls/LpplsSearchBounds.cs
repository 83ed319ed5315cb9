namespace Froth.Bubbles.Lppls;

/// <summary>
/// Where the calibration searches the three nonlinear parameters (tc, m, ω). The linear ones (A, B, C1, C2)
/// are solved exactly for each triple, so these bounds are the whole search space.
/// </summary>
/// <remarks>
/// <para>The bounds are deliberately wider than the qualification filters (<see cref="LpplsFilters"/>): the
/// search finds the best fit, and the filter, not a search bound, decides whether it qualifies. The critical
/// time is always strictly after the window's last observation <c>t2</c> (at least
/// <see cref="MinTcAfterEnd"/> sessions after it), unlike the Python <c>lppls</c> package, whose fits may put
/// tc inside the window they were fitted on.</para>
/// <para>Defaults: <c>tc − t2 ∈ [1 session, 0.2·dt]</c> with <c>dt = t2 − t1</c> (twice the confidence
/// filter's upper bound of 0.1·dt), <c>m ∈ [0.01, 2]</c>, <c>ω ∈ [1, 50]</c>. A fit that ends on a bound is
/// flagged in <see cref="LpplsFit.AtSearchBound"/>.</para>
/// </remarks>
public sealed record LpplsSearchBounds
{
    /// <summary>The default bounds (see the remarks of <see cref="LpplsSearchBounds"/>).</summary>
    public static LpplsSearchBounds Default { get; } = new();

    /// <summary>Smallest <c>tc − t2</c>, in sessions; must be positive. Default 1 (the next session).</summary>
    public double MinTcAfterEnd { get; init; } = 1;

    /// <summary>Largest <c>tc − t2</c> as a fraction of the window's span <c>dt = t2 − t1</c>. Default 0.2.</summary>
    public double MaxTcAfterEndFraction { get; init; } = 0.2;

    /// <summary>Smallest exponent m. Default 0.01.</summary>
    public double MinM { get; init; } = 0.01;

    /// <summary>Largest exponent m. Default 2.</summary>
    public double MaxM { get; init; } = 2;

    /// <summary>Smallest angular log-frequency ω. Default 1.</summary>
    public double MinOmega { get; init; } = 1;

    /// <summary>Largest angular log-frequency ω. Default 50.</summary>
    public double MaxOmega { get; init; } = 50;

    /// <summary>The largest <c>tc − t2</c> for a window of <paramref name="span"/> = t2 − t1 sessions (never below <see cref="MinTcAfterEnd"/>).</summary>
    public double MaxTcAfterEnd(int span) => Math.Max(MinTcAfterEnd, MaxTcAfterEndFraction * span);

    /// <summary>Throws <see cref="FrothException"/> when a bound is not finite, not positive where it must be, or empty.</summary>
    public void Validate()
    {
        Require(double.IsFinite(MinTcAfterEnd) && MinTcAfterEnd > 0, $"MinTcAfterEnd must be a positive number of sessions, got {MinTcAfterEnd}");
        Require(double.IsFinite(MaxTcAfterEndFraction) && MaxTcAfterEndFraction > 0, $"MaxTcAfterEndFraction must be positive, got {MaxTcAfterEndFraction}");
        Require(double.IsFinite(MinM) && double.IsFinite(MaxM) && MinM > 0 && MinM < MaxM, $"the m bounds must satisfy 0 < MinM < MaxM, got [{MinM}, {MaxM}]");
        Require(double.IsFinite(MinOmega) && double.IsFinite(MaxOmega) && MinOmega > 0 && MinOmega < MaxOmega, $"the ω bounds must satisfy 0 < MinOmega < MaxOmega, got [{MinOmega}, {MaxOmega}]");
    }

    private static void Require(bool condition, string message)
    {
        if (!condition)
        {
            throw new FrothException($"Invalid LPPLS search bounds: {message}.");
        }
    }
}
