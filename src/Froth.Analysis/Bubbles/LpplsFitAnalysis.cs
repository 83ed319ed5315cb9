using Froth.Analysis.Baskets;
using Froth.Analysis.Subjects;
using Froth.Bubbles.Lppls;
using Froth.Series;

namespace Froth.Analysis.Bubbles;

/// <summary>One LPPLS fit of a subject's window ending on the as-of session: what <c>froth bubble lppls</c> prints and a report's LPPLS chart draws.</summary>
/// <param name="Subject">Who it is about, and the source read.</param>
/// <param name="AsOf">The as-of decision.</param>
/// <param name="Fit">The dated fit, with its verdict under the confidence filter (the failed bounds listed).</param>
/// <param name="TrustFailures">The trust filter's bounds the fit misses (Sornette et al. 2015's stricter set); empty when it passes that too.</param>
/// <param name="Options">The calibration used.</param>
/// <param name="Window">The dated prices fitted.</param>
public sealed record LpplsFitAnalysis(SubjectInfo Subject, AsOfDecision AsOf, LpplsDatedFit Fit, IReadOnlyList<string> TrustFailures, LpplsOptions Options, IReadOnlyList<ScalarPoint> Window);
