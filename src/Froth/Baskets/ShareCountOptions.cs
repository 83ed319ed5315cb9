namespace Froth.Baskets;

/// <summary>Settings of <see cref="ShareCounts.Derive"/>.</summary>
public sealed record ShareCountOptions
{
    /// <summary>The defaults.</summary>
    public static ShareCountOptions Default { get; } = new();

    /// <summary>
    /// Oldest a close may be, in calendar days before a market-cap date, to pair with it: a quarter-end on a
    /// Sunday uses Friday's close (the Tushare table's value is that session's). Default 5.
    /// </summary>
    public int MaxCloseAgeDays { get; init; } = 5;

    /// <summary>
    /// A change between consecutive observations larger than this fraction (either way) is a <see cref="ShareJump"/>.
    /// Default 0.01: the day-to-day noise of the Hong Kong day files is below 0.2 % (Tencent 9.09–9.11 bn).
    /// </summary>
    public double JumpThreshold { get; init; } = 0.01;

    /// <summary>
    /// Before the first observation the count is the <b>median</b> of the observations within this many calendar days
    /// of the first (the first alone when it is the only one), so that one odd first day does not set every earlier
    /// value: the snapshot's first Hong Kong day, 2026-06-10, implies 8.87 bn Tencent shares against 9.09–9.11 bn on
    /// every later day. Default 31.
    /// </summary>
    public int HoldBackWindowDays { get; init; } = 31;
}
