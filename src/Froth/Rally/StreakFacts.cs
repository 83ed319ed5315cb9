namespace Froth.Rally;

/// <summary>
/// The streak facts of one series at one frequency as of one session: the current run of periods moving
/// the same way, how it compares with the series' history, and whether it counts a period still in progress.
/// </summary>
/// <remarks>
/// A period's move is its last close against the previous period's last close (periods without sessions,
/// such as a week of holidays, are skipped: the comparison is with the previous period that has one). A flat
/// period (equal closes) ends an up or down streak and starts a flat one. Lengths count periods, and all
/// figures come from the bars up to the as-of session.
/// </remarks>
/// <param name="Frequency">Sessions, weeks or months.</param>
/// <param name="Direction">Direction of the current streak (that of the last period).</param>
/// <param name="Current">Length of the current streak in periods (at least 1).</param>
/// <param name="Start">Date of the session that closed the first period of the current streak.</param>
/// <param name="Longest">Longest streak in <paramref name="Direction"/> in the series' history up to the as-of session, the current one included.</param>
/// <param name="LongestUp">Longest up streak in the history, the current one included.</param>
/// <param name="LongestDown">Longest down streak in the history, the current one included.</param>
/// <param name="PreviousAsLong">
/// The most recent earlier streak in the same direction at least as long as the current one, or
/// <see langword="null"/> when there is none (the current streak is the longest on record). "Its longest
/// winning streak since …" takes its date from here.
/// </param>
/// <param name="LongestSince">
/// Longest streak in <paramref name="Direction"/> among those whose last period closed on or after the
/// date asked for (full lengths, the current one included); <see langword="null"/> when no date was asked for.
/// </param>
/// <param name="IncludesCurrentPeriod">
/// True when the last period counted is a week or month still in progress on the as-of date (a weekday of it
/// remains after that date): its week-to-date or month-to-date move counts provisionally. Always false for
/// sessions.
/// </param>
public sealed record StreakFacts(
    StreakFrequency Frequency,
    StreakDirection Direction,
    int Current,
    DateOnly Start,
    int Longest,
    int LongestUp,
    int LongestDown,
    PastStreak? PreviousAsLong,
    int? LongestSince,
    bool IncludesCurrentPeriod);
