namespace Froth.Rally;

/// <summary>Which way a period's close moved against the previous period's close.</summary>
public enum StreakDirection
{
    /// <summary>The close was higher.</summary>
    Up,

    /// <summary>The close was lower.</summary>
    Down,

    /// <summary>The close was exactly equal (a flat period ends any up or down streak).</summary>
    Flat,
}
