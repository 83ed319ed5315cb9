namespace Froth.Rally;

/// <summary>Every rally fact of one series as of one session (see <see cref="RallyFacts.Compute"/>).</summary>
/// <param name="AsOf">The session the facts are as of: the last session on or before the date asked for.</param>
/// <param name="RequestedAsOf">The date asked for (the last bar's date when none was).</param>
/// <param name="Close">Close of the as-of session.</param>
/// <param name="FirstSession">Date of the series' first bar.</param>
/// <param name="Sessions">Number of sessions up to and including the as-of session.</param>
/// <param name="Returns">Calendar-period returns.</param>
/// <param name="Range">The extra range's return, when one was asked for and the series has a close on or before its start.</param>
/// <param name="Streaks">Daily, weekly and monthly streaks.</param>
/// <param name="Records">Highest/lowest since, all-time and 52-week highs and lows.</param>
/// <param name="Drawdown">Drawdown from the highest close.</param>
/// <param name="Volume">Volume against its averages, or <see langword="null"/> when the as-of session has no volume.</param>
/// <param name="Relative">Relative performance, or <see langword="null"/> when no benchmark was given.</param>
public sealed record RallyFactsResult(
    DateOnly AsOf,
    DateOnly RequestedAsOf,
    double Close,
    DateOnly FirstSession,
    int Sessions,
    CalendarReturns Returns,
    PeriodReturn? Range,
    StreakSet Streaks,
    RecordFacts Records,
    DrawdownFacts Drawdown,
    VolumeSnapshot? Volume,
    RelativeFacts? Relative);
