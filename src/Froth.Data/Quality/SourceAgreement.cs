namespace Froth.Data.Quality;

/// <summary>How two sources of one instrument agree: on the dates both have, and on which dates they have.</summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="SourceA">The first source (the preferred one of the pair).</param>
/// <param name="SourceB">The second source.</param>
/// <param name="Field">What is compared: <c>close</c> for bars, <c>value</c> for scalar points.</param>
/// <param name="OverlapFrom">First date both sources cover (the later of their first dates), or <see langword="null"/> when they do not overlap.</param>
/// <param name="OverlapTo">Last date both sources cover (the earlier of their last dates), or <see langword="null"/>.</param>
/// <param name="CommonDates">Dates present in both.</param>
/// <param name="Agreeing">Common dates whose relative difference is within <paramref name="Tolerance"/>.</param>
/// <param name="Disagreeing">Common dates whose relative difference exceeds <paramref name="Tolerance"/>.</param>
/// <param name="Tolerance">The relative tolerance used (<see cref="SourceComparison.RelativeTolerance"/>).</param>
/// <param name="Largest">The largest differences beyond the tolerance, largest first (then by date).</param>
/// <param name="OnlyInA">Dates inside the overlap that only <paramref name="SourceA"/> has.</param>
/// <param name="OnlyInB">Dates inside the overlap that only <paramref name="SourceB"/> has.</param>
/// <param name="OnlyInADates">The first of those dates, ascending (at most <see cref="SourceComparison.DatesListed"/>).</param>
/// <param name="OnlyInBDates">The first of those dates, ascending (at most <see cref="SourceComparison.DatesListed"/>).</param>
/// <param name="AdjustmentsDiffer">
/// True when the two series are adjusted differently (say split-and-dividend against none): their closes then
/// differ by design before the last corporate action, and disagreement is expected.
/// </param>
public sealed record SourceAgreement(
    string Symbol,
    string SourceA,
    string SourceB,
    string Field,
    DateOnly? OverlapFrom,
    DateOnly? OverlapTo,
    int CommonDates,
    int Agreeing,
    int Disagreeing,
    double Tolerance,
    IReadOnlyList<SourceDifference> Largest,
    int OnlyInA,
    int OnlyInB,
    IReadOnlyList<DateOnly> OnlyInADates,
    IReadOnlyList<DateOnly> OnlyInBDates,
    bool AdjustmentsDiffer);
