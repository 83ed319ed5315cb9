using Froth.Bubbles.Lppls;

namespace Froth.Analysis.Bubbles;

/// <summary>What the LPPLS confidence indicator is asked for: the end dates and the windows.</summary>
public sealed record LpplsConfidenceRequest
{
    /// <summary>The as-of date: the last end date is the last session on or before it (default: the latest).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>The first end date, or <see langword="null"/> for the as-of session alone.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Sessions between end dates, counted back from the as-of session. Default 1: every session.</summary>
    public int Every { get; init; } = 1;

    /// <summary>Windows, calibration and filter, or <see langword="null"/> for <see cref="BubbleSettings.Lppls"/>.</summary>
    public LpplsIndicatorOptions? Options { get; init; }
}
