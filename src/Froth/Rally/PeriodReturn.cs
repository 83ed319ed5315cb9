namespace Froth.Rally;

/// <summary>
/// A price return over a period of one series: from the close of <see cref="BaseSession"/> to the close of
/// <see cref="EndSession"/>.
/// </summary>
/// <remarks>
/// The base is the last session on or before <see cref="BaseDate"/> on the series' own calendar, so the
/// returns of adjacent periods compose: (1 + r₁)(1 + r₂) = 1 + r over the joined period when the second
/// period's base date is the first one's end. Both sessions are at or before the as-of date: nothing later
/// is read.
/// </remarks>
/// <param name="Period">Which period.</param>
/// <param name="BaseDate">The calendar date the period starts after (its base): for year to date, 31 December of the previous year.</param>
/// <param name="BaseSession">The last session on or before <paramref name="BaseDate"/>: its close is the base.</param>
/// <param name="BaseClose">Close of <paramref name="BaseSession"/>.</param>
/// <param name="EndSession">The session the period ends on (the as-of session, or the last session on or before a range's end).</param>
/// <param name="EndClose">Close of <paramref name="EndSession"/>.</param>
public sealed record PeriodReturn(
    RallyPeriod Period,
    DateOnly BaseDate,
    DateOnly BaseSession,
    double BaseClose,
    DateOnly EndSession,
    double EndClose)
{
    /// <summary>The return as a fraction (0.0125 = 1.25%): <c>EndClose / BaseClose − 1</c>.</summary>
    public double Return => (EndClose / BaseClose) - 1;
}
