namespace Froth.Rally;

/// <summary>Daily, weekly and monthly streaks as of one session; each is <see langword="null"/> with fewer than two periods.</summary>
/// <param name="Daily">Session streaks.</param>
/// <param name="Weekly">ISO-week streaks.</param>
/// <param name="Monthly">Calendar-month streaks.</param>
public sealed record StreakSet(StreakFacts? Daily, StreakFacts? Weekly, StreakFacts? Monthly);
