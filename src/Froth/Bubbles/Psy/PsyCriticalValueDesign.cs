using System.Globalization;

namespace Froth.Bubbles.Psy;

/// <summary>
/// The design a set of PSY critical values was made for: the sample size, the minimum window in regression rows
/// and the lag. Critical values only apply to statistics of the same design; date-stamping refuses any other
/// (<see cref="PsyCriticalValueTable.EnsureMatches"/>), as exuber's <c>assert_match</c> does, instead of silently
/// dating other episodes.
/// </summary>
/// <param name="Count">Observations <c>T</c>.</param>
/// <param name="MinWindowRows">The minimum window in regression rows (the window convention does not matter once it is in rows).</param>
/// <param name="MaxLag">The fixed lag, or the largest lag the criterion may choose.</param>
/// <param name="Criterion">The criterion choosing the lag, or <see langword="null"/> for a fixed lag.</param>
public sealed record PsyCriticalValueDesign(int Count, int MinWindowRows, int MaxLag, InformationCriterion? Criterion)
{
    /// <summary>The design of a result's statistics.</summary>
    public static PsyCriticalValueDesign Of(PsyResult result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new(result.Count, result.MinWindowRows, result.Lag.MaxLag, result.Lag.Criterion);
    }

    internal static PsyCriticalValueDesign Of(PsyDesign design) => new(design.Count, design.MinRows, design.MaxLag, design.Criterion);

    /// <summary>"T = 1,000, a minimum window of 41 regression rows, lag 0".</summary>
    public override string ToString() => string.Create(
        CultureInfo.InvariantCulture,
        $"T = {Count:N0}, a minimum window of {MinWindowRows} regression rows, lag {(Criterion is null ? MaxLag.ToString(CultureInfo.InvariantCulture) : $"{Criterion.ToString()!.ToUpperInvariant()} up to {MaxLag}")}");
}
