using Froth.Series;
namespace Froth.Rally;

/// <summary>What <see cref="RallyFacts.Compute"/> is asked for: the as-of date, an optional range and a "since" date for streaks.</summary>
public sealed record RallyOptions
{
    /// <summary>As of the last bar, no range, no "since" date.</summary>
    public static RallyOptions Default { get; } = new();

    /// <summary>
    /// As-of date: every fact is as of the last session on or before it, from the bars up to it (point in time);
    /// it also decides whether the last week or month is still in progress. <see langword="null"/>: the last bar.
    /// </summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Base date of an extra range return (<see cref="RallyFactsResult.Range"/>), or <see langword="null"/>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>
    /// End date of the extra range (the last session on or before it, and never after the as-of session), or
    /// <see langword="null"/> for the as-of session. Needs <see cref="From"/>.
    /// </summary>
    public DateOnly? To { get; init; }

    /// <summary>Date for the streaks' <see cref="StreakFacts.LongestSince"/>, or <see langword="null"/>.</summary>
    public DateOnly? StreaksSince { get; init; }

    /// <summary>Throws <see cref="FrothException"/> when the options contradict each other.</summary>
    public void Validate()
    {
        if (To is { } to && From is null)
        {
            throw new FrothException($"A range end ({IsoDate.Format(to)}) needs a range start; give --from as well.");
        }

        if (From is { } f && To is { } t && t < f)
        {
            throw new FrothException($"The range ends on {IsoDate.Format(t)}, before it starts on {IsoDate.Format(f)}; expected from ≤ to.");
        }

        if (From is { } from && AsOf is { } asOf && from > asOf)
        {
            throw new FrothException($"The range starts on {IsoDate.Format(from)}, after the as-of date {IsoDate.Format(asOf)}; expected a start on or before it.");
        }

        if (StreaksSince is { } since && AsOf is { } a && since > a)
        {
            throw new FrothException($"The streak 'since' date {IsoDate.Format(since)} is after the as-of date {IsoDate.Format(a)}; expected a date on or before it.");
        }
    }
}
