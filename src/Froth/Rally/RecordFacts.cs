namespace Froth.Rally;

/// <summary>
/// Record closes as of one session: "highest since", all-time and 52-week highs and lows. All figures use
/// closes (not intraday highs and lows) up to and including the as-of session; "all-time" means since the
/// series' first bar.
/// </summary>
/// <param name="HighestSince">
/// The most recent earlier session whose close was at or above the as-of close, or <see langword="null"/>
/// when no earlier close was (an all-time high). "Its highest close since 22 November 2021" is this date.
/// </param>
/// <param name="LowestSince">The most recent earlier session whose close was at or below the as-of close, or <see langword="null"/> at an all-time low.</param>
/// <param name="AllTimeHigh">The highest close up to the as-of session (the latest such session on a tie).</param>
/// <param name="AllTimeLow">The lowest close up to the as-of session (the latest such session on a tie).</param>
/// <param name="AtAllTimeHigh">True when the as-of close is at or above every earlier close.</param>
/// <param name="AtAllTimeLow">True when the as-of close is at or below every earlier close.</param>
/// <param name="Window52WeekStart">First date of the 52-week window: the as-of session's date minus 363 days (the window holds 52 × 7 = 364 calendar days).</param>
/// <param name="High52Week">The highest close in the 52-week window, or <see langword="null"/> when the series does not cover the whole window (it started trading inside it).</param>
/// <param name="Low52Week">The lowest close in the 52-week window, or <see langword="null"/> when the series does not cover it.</param>
/// <param name="At52WeekHigh">True when the as-of close is the window's highest (ties count); <see langword="null"/> when the window is not covered.</param>
/// <param name="At52WeekLow">True when the as-of close is the window's lowest (ties count); <see langword="null"/> when the window is not covered.</param>
public sealed record RecordFacts(
    SessionClose? HighestSince,
    SessionClose? LowestSince,
    SessionClose AllTimeHigh,
    SessionClose AllTimeLow,
    bool AtAllTimeHigh,
    bool AtAllTimeLow,
    DateOnly Window52WeekStart,
    SessionClose? High52Week,
    SessionClose? Low52Week,
    bool? At52WeekHigh,
    bool? At52WeekLow);
