namespace Froth.Bubbles.Lppls;

/// <summary>
/// Bounds an LPPLS fit must meet to count as a genuine bubble signature ("qualified"). The two published sets
/// are <see cref="LpplsFilters.Confidence"/> and <see cref="LpplsFilters.Trust"/>; any other set can be built
/// with <c>with</c>.
/// </summary>
/// <remarks>
/// Every bound is inclusive. The critical-time bounds are fractions of the window's span <c>dt = t2 − t1</c>
/// around its last observation: <c>tc ∈ [t2 + MinTcFraction·dt, t2 + MaxTcFraction·dt]</c>. A fit that did
/// not converge never qualifies, nor does one whose diagnostics are NaN.
/// </remarks>
/// <param name="Name">Name of the filter ("confidence", "trust").</param>
public sealed record LpplsFilter(string Name)
{
    /// <summary>Smallest exponent m.</summary>
    public double MinM { get; init; }

    /// <summary>Largest exponent m.</summary>
    public double MaxM { get; init; }

    /// <summary>Smallest angular log-frequency ω.</summary>
    public double MinOmega { get; init; }

    /// <summary>Largest angular log-frequency ω.</summary>
    public double MaxOmega { get; init; }

    /// <summary>Lower bound of <c>(tc − t2) / dt</c> (negative: tc may lie that far inside the window).</summary>
    public double MinTcFraction { get; init; }

    /// <summary>Upper bound of <c>(tc − t2) / dt</c>.</summary>
    public double MaxTcFraction { get; init; }

    /// <summary>Fewest oscillations <c>(ω / 2π)·ln((tc − t1) / (tc − t2))</c> over the window.</summary>
    public double MinOscillations { get; init; }

    /// <summary>Smallest damping <c>m·|B| / (ω·|C|)</c>.</summary>
    public double MinDamping { get; init; }

    /// <summary>Largest relative error (mean <c>|p − p̂| / p̂</c> over the window).</summary>
    public double MaxRelativeError { get; init; }

    /// <summary>True when <paramref name="fit"/> converged and meets every bound.</summary>
    public bool Qualifies(LpplsFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        return fit.Converged && Failures(fit).Count == 0;
    }

    /// <summary>
    /// The names of the bounds <paramref name="fit"/> misses: <c>m</c>, <c>omega</c>, <c>tc</c>,
    /// <c>oscillations</c>, <c>damping</c>, <c>relativeError</c>; empty when it meets them all (convergence
    /// is not checked here).
    /// </summary>
    public IReadOnlyList<string> Failures(LpplsFit fit)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var failures = new List<string>();
        var model = fit.Model;
        if (!(model.M >= MinM && model.M <= MaxM))
        {
            failures.Add("m");
        }

        if (!(model.Omega >= MinOmega && model.Omega <= MaxOmega))
        {
            failures.Add("omega");
        }

        var tcFraction = fit.TcAfterEnd / fit.Span;
        if (!(tcFraction >= MinTcFraction && tcFraction <= MaxTcFraction))
        {
            failures.Add("tc");
        }

        if (!(fit.Oscillations >= MinOscillations))
        {
            failures.Add("oscillations");
        }

        if (!(fit.Damping >= MinDamping))
        {
            failures.Add("damping");
        }

        if (!(fit.RelativeError <= MaxRelativeError))
        {
            failures.Add("relativeError");
        }

        return failures;
    }
}
