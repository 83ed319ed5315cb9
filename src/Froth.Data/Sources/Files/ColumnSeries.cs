namespace Froth.Data.Sources.Files;

/// <summary>One numeric column of a CSV file, in ascending date order when the file has dates.</summary>
/// <param name="Location">Absolute path of the file.</param>
/// <param name="Column">Name of the column read.</param>
/// <param name="Dates">Date of each value, or <see langword="null"/> when the file has no date column.</param>
/// <param name="Values">The values, finite.</param>
/// <param name="Lines">1-based file line of each value.</param>
public sealed record ColumnSeries(string Location, string Column, IReadOnlyList<DateOnly>? Dates, IReadOnlyList<double> Values, IReadOnlyList<int> Lines);
