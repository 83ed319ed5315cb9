namespace Froth.Rally;

/// <summary>
/// Relative performance against a benchmark as of one session, for each calendar period; a period is
/// <see langword="null"/> when either series has no close on or before its base date.
/// </summary>
/// <param name="BenchmarkAsOf">The benchmark's last session on or before the instrument's as-of session (earlier when the benchmark's market was closed or its data ends sooner).</param>
/// <param name="Day">Relative performance over the instrument's last session (the window after its previous session's date).</param>
/// <param name="WeekToDate">Week to date.</param>
/// <param name="MonthToDate">Month to date.</param>
/// <param name="QuarterToDate">Quarter to date.</param>
/// <param name="YearToDate">Year to date.</param>
/// <param name="OneYear">One year.</param>
/// <param name="Range">The caller's range, when one was asked for.</param>
public sealed record RelativeFacts(
    DateOnly BenchmarkAsOf,
    RelativeReturn? Day,
    RelativeReturn? WeekToDate,
    RelativeReturn? MonthToDate,
    RelativeReturn? QuarterToDate,
    RelativeReturn? YearToDate,
    RelativeReturn? OneYear,
    RelativeReturn? Range);
