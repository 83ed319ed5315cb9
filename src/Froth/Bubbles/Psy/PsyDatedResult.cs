using Froth.Series;

namespace Froth.Bubbles.Psy;

/// <summary>The PSY tests of a dated series and their date-stamped episodes (<see cref="PsyDateStamp.Run"/>).</summary>
/// <param name="Dates">The date of every observation tested, ascending.</param>
/// <param name="Transform">What the test was run on (logs of prices, or the values as they are).</param>
/// <param name="Statistics">ADF, SADF, GSADF and the BADF and BSADF sequences, aligned with <paramref name="Dates"/>.</param>
/// <param name="CriticalValues">The critical values used; their design is that of <paramref name="Statistics"/>.</param>
/// <param name="PValues">p-values of ADF, SADF and GSADF, when the critical values come with their distributions.</param>
/// <param name="MinimumDuration">The minimum duration applied, in observations (<c>δ·ln T</c>; 0 for none).</param>
/// <param name="Bsadf">BSADF with its critical values on every date from the first statistic on.</param>
/// <param name="Episodes">Episodes, oldest first (completed ones shorter than the minimum dropped).</param>
/// <param name="ShortRuns">Completed runs above the 95% critical value that were shorter than the minimum duration and so are not episodes.</param>
public sealed record PsyDatedResult(
    IReadOnlyList<DateOnly> Dates,
    ValueTransform Transform,
    PsyResult Statistics,
    PsyCriticalValueTable CriticalValues,
    PsyPValues? PValues,
    double MinimumDuration,
    IReadOnlyList<PsyDatedPoint> Bsadf,
    IReadOnlyList<PsyDatedEpisode> Episodes,
    int ShortRuns)
{
    /// <summary>The reading on the last date: BSADF against its critical value there.</summary>
    public PsyDatedPoint Last => Bsadf[^1];

    /// <summary>The explosive or collapse episode under way on the last date, or <see langword="null"/>.</summary>
    public PsyDatedEpisode? Current => Episodes.Count > 0 && Episodes[^1].Ongoing ? Episodes[^1] : null;
}
