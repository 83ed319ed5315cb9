namespace Froth.Data.Sources;

/// <summary>How much a <see cref="DataIssue"/> matters.</summary>
public enum IssueSeverity
{
    /// <summary>Worth knowing; the data is usable as it is (a known gap, a holiday row).</summary>
    Info,

    /// <summary>The data was changed or a row was left out by a documented rule.</summary>
    Warning,

    /// <summary>The data looks wrong and was kept as it is; results that use it may be wrong.</summary>
    Error,
}
