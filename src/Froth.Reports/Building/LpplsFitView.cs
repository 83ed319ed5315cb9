using Froth.Bubbles.Lppls;

namespace Froth.Reports.Building;

/// <summary>The single LPPLS fit a report shows: the window ending on the as-of session.</summary>
/// <param name="Fit">The fit; its indices are on the axis of <paramref name="Dates"/>.</param>
/// <param name="Dates">The window's session dates.</param>
/// <param name="Prices">The window's prices.</param>
/// <param name="Failures">The confidence filter's bounds it misses (empty when it qualifies, see <see cref="LpplsFilter.Failures"/>).</param>
/// <param name="Qualifies">True when it passes the confidence filter.</param>
/// <param name="CriticalDate">The business day the critical time falls in (<see cref="LpplsDates.CriticalDate"/>).</param>
public sealed record LpplsFitView(LpplsFit Fit, IReadOnlyList<DateOnly> Dates, IReadOnlyList<double> Prices, IReadOnlyList<string> Failures, bool Qualifies, DateOnly CriticalDate);
