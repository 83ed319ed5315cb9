namespace Froth.Macro;

/// <summary>How <see cref="GrowthDivergence.Compute"/> chooses the years and the nominal growth measure.</summary>
public sealed record DivergenceOptions
{
    /// <summary>The defaults: local-currency nominal growth, the latest run of years with data, 7 days' year-end tolerance.</summary>
    public static DivergenceOptions Default { get; } = new();

    /// <summary>The nominal growth the index is set against. Default <see cref="NominalGrowthMeasure.LocalCurrency"/>.</summary>
    public NominalGrowthMeasure Measure { get; init; } = NominalGrowthMeasure.LocalCurrency;

    /// <summary>First year of the span, or <see langword="null"/> for the start of the latest run of years with both growths.</summary>
    public int? FromYear { get; init; }

    /// <summary>Last year of the span, or <see langword="null"/> for the latest year with both growths.</summary>
    public int? ToYear { get; init; }

    /// <summary>
    /// A year's last close must be dated at most this many days before 31 December for the year to count as
    /// complete (at least 0). Default 7: year-end holidays close the markets covered for a few days at most, so a
    /// series whose last close of a year is earlier stopped or started mid-year.
    /// </summary>
    public int YearEndToleranceDays { get; init; } = 7;
}
