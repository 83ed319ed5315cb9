namespace Froth.Data.Quality;

/// <summary>Settings of the data quality rules.</summary>
public sealed record QualityOptions
{
    /// <summary>The defaults documented in <c>docs/data-sources.md</c>.</summary>
    public static QualityOptions Default { get; } = new();

    /// <summary>
    /// A gap between two consecutive bars longer than this many weekdays (Monday–Friday, holidays not
    /// excluded) is reported. Default 10: longer than any regular exchange holiday (Chinese New Year and
    /// Golden Week close Shanghai for up to 8 weekdays).
    /// </summary>
    public int MaxGapWeekdays { get; init; } = 10;

    /// <summary>A value repeated unchanged over at least this many consecutive observations is reported as stale. Default 10.</summary>
    public int StaleRunLength { get; init; } = 10;
}
