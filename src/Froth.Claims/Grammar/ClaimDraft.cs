using Froth.Claims.Judging;
using Froth.Claims.Subjects;

namespace Froth.Claims.Grammar;

/// <summary>A claim as the grammar read it, before it is judged.</summary>
public sealed record ClaimDraft
{
    /// <summary>What it states.</summary>
    public required ClaimKind Kind { get; init; }

    /// <summary>Character offset of the span's start.</summary>
    public required int Start { get; init; }

    /// <summary>Character offset just after the span.</summary>
    public required int End { get; init; }

    /// <summary>The subject named, or <see langword="null"/> when the claim has none.</summary>
    public SubjectMatch? Subject { get; set; }

    /// <summary>Several subjects ("all of them"), for a comparison.</summary>
    public IReadOnlyList<SubjectMatch> Group { get; set; } = [];

    /// <summary>Why the claim has no subject, when it has none.</summary>
    public string? NoSubject { get; set; }

    /// <summary>The period named, or inherited from the sentence.</summary>
    public PeriodSpec? Period { get; set; }

    /// <summary>The stated figure (a percentage, a level, a multiple), or <see langword="null"/>.</summary>
    public StatedFigure? Figure { get; init; }

    /// <summary>The scale of a level ("trillion" = 1e12), 1 when none.</summary>
    public double Scale { get; init; } = 1;

    /// <summary>A currency written with a level, or <see langword="null"/>.</summary>
    public string? Currency { get; init; }

    /// <summary>The direction stated: +1 up, −1 down, 0 none.</summary>
    public int Direction { get; set; }

    /// <summary>A ratio word's multiple ("doubled" 2), or <see langword="null"/>.</summary>
    public double? Multiple { get; init; }

    /// <summary>"Slightly up/down".</summary>
    public bool Slightly { get; init; }

    /// <summary>"Double-digit".</summary>
    public bool DoubleDigit { get; init; }

    /// <summary>A streak's length (or the ordinal of "first … since"), or 0.</summary>
    public int Count { get; init; }

    /// <summary>A streak's frequency word: "session", "week", "month", "year".</summary>
    public string? Unit { get; init; }

    /// <summary>For a streak, "ending a five-month winning streak": the streak ended with the period in progress.</summary>
    public bool Ended { get; init; }

    /// <summary>For "first … since T", "highest since T", "below its T peak": the period T (first and last day).</summary>
    public (DateOnly First, DateOnly Last)? Since { get; init; }

    /// <summary>For a multiple, "forward earnings".</summary>
    public bool Forward { get; init; }

    /// <summary>For a highest/lowest-since or record claim: +1 highest, −1 lowest.</summary>
    public int Extreme { get; init; } = 1;

    /// <summary>True when the sentence speaks of the future ("expect", "will", "next year") before the figure.</summary>
    public bool Forecast { get; set; }

    /// <summary>For a comparison: +1 beat, −1 trailed.</summary>
    public int Sense { get; init; }
}
