namespace Froth.Analysis.Baskets;

/// <summary>Which rule chose an as-of date (docs/architecture.md, "The as-of policy").</summary>
public enum AsOfRule
{
    /// <summary>A single series: its last session (none was asked for).</summary>
    LastSession,

    /// <summary>A single series: its last session on or before the date asked for.</summary>
    SessionOnOrBefore,

    /// <summary>A basket: the latest date its main series share (on or before the date asked for, when one was).</summary>
    SharedSession,
}
