namespace Froth.Rally;

/// <summary>The period a streak counts.</summary>
public enum StreakFrequency
{
    /// <summary>Sessions: each session's close against the previous session's.</summary>
    Daily,

    /// <summary>ISO weeks: the last close of each week against the previous week's last close.</summary>
    Weekly,

    /// <summary>Calendar months: the last close of each month against the previous month's last close.</summary>
    Monthly,
}
