using Froth.Analysis.Baskets;
using Froth.Analysis.Subjects;
using Froth.Bubbles.Lppls;

namespace Froth.Analysis.Bubbles;

/// <summary>The LPPLS confidence indicator of a subject at its end dates, each from the data up to that date only.</summary>
/// <param name="Subject">Who it is about, and the source read.</param>
/// <param name="AsOf">The as-of decision (the last end date).</param>
/// <param name="Options">Windows, calibration and filter.</param>
/// <param name="Windows">Windows fitted at each end date.</param>
/// <param name="Points">The indicator at each end date, oldest first.</param>
public sealed record LpplsConfidenceAnalysis(SubjectInfo Subject, AsOfDecision AsOf, LpplsIndicatorOptions Options, int Windows, IReadOnlyList<LpplsDatedConfidence> Points)
{
    /// <summary>The indicator on the as-of session, or <see langword="null"/> when there was too little history for it.</summary>
    public LpplsDatedConfidence? Last => Points.Count > 0 && Points[^1].Date == AsOf.Date ? Points[^1] : null;
}
