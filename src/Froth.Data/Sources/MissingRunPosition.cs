namespace Froth.Data.Sources;

/// <summary>Where a <see cref="MissingRun"/> lies relative to the values of its column, in date order.</summary>
internal enum MissingRunPosition
{
    /// <summary>All its dates are before the first value (a series that starts later, a warm-up).</summary>
    BeforeStart,

    /// <summary>All its dates are after the last value (a source that stopped).</summary>
    AfterEnd,

    /// <summary>Between two values.</summary>
    Gap,

    /// <summary>The column has no value at all.</summary>
    NoValues,
}
