using Froth.Bubbles.Psy;
using Froth.Series;

namespace Froth.Analysis.Bubbles;

/// <summary>The PSY tests of values without dates: statistics, critical values and episodes in 0-based observation indices.</summary>
/// <param name="Series">What was tested: <c>FILE:COLUMN</c>.</param>
/// <param name="Observations">How many observations (T).</param>
/// <param name="Transform">What the test was run on.</param>
/// <param name="Statistics">ADF, SADF, GSADF and the BADF and BSADF sequences.</param>
/// <param name="CriticalValues">The critical values used.</param>
/// <param name="PValues">p-values of ADF, SADF and GSADF, when the critical values come with their distributions.</param>
/// <param name="MinimumDuration">The minimum duration applied, in observations (0 for none).</param>
/// <param name="Episodes">Episodes, oldest first.</param>
/// <param name="ShortRuns">Runs above the 95% critical value shorter than the minimum duration.</param>
/// <param name="Method">Where the critical values came from.</param>
public sealed record PsyUndatedAnalysis(
    string Series,
    int Observations,
    ValueTransform Transform,
    PsyResult Statistics,
    PsyCriticalValueTable CriticalValues,
    PsyPValues? PValues,
    double MinimumDuration,
    IReadOnlyList<PsyEpisode> Episodes,
    int ShortRuns,
    PsyCriticalValueMethod Method);
