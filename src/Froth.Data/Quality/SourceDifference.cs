namespace Froth.Data.Quality;

/// <summary>One date on which two sources of an instrument give different closes (or values).</summary>
/// <param name="Date">The date.</param>
/// <param name="A">The first source's close or value.</param>
/// <param name="B">The second source's close or value.</param>
/// <param name="RelativeDifference"><c>|A − B| / max(|A|, |B|)</c>: 0.001 is 0.1%; 0 when both are 0.</param>
public sealed record SourceDifference(DateOnly Date, double A, double B, double RelativeDifference);
