namespace Froth.Bubbles.Lppls;

/// <summary>An LPPLS fit of a dated window: the fit, its dates, and whether it passes a qualification filter.</summary>
/// <param name="First">The window's first date (t1).</param>
/// <param name="Last">The window's last date (t2).</param>
/// <param name="Fit">The fit; its indices are on the window's axis (0 = <paramref name="First"/>).</param>
/// <param name="Filter">The filter the fit was checked against (<see cref="LpplsFilters.Confidence"/> by default).</param>
/// <param name="Failures">The filter's bounds the fit misses, and <c>converged</c> when it did not converge; empty when it qualifies.</param>
/// <param name="CriticalDate">The business day the critical time falls in (<see cref="LpplsDates.CriticalDate"/>).</param>
public sealed record LpplsDatedFit(DateOnly First, DateOnly Last, LpplsFit Fit, string Filter, IReadOnlyList<string> Failures, DateOnly CriticalDate)
{
    /// <summary>True when the fit converged and passes every bound of the filter: only then is its bubble sign a signal.</summary>
    public bool Qualifies => Failures.Count == 0;
}
