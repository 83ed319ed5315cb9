namespace Froth.Analysis.Rally;

/// <summary>What the facts use case (<see cref="FactsQueries"/>) is asked for.</summary>
public sealed record FactsRequest
{
    /// <summary>The as-of date, or <see langword="null"/> for the latest (the as-of policy moves it to a session).</summary>
    public DateOnly? AsOf { get; init; }

    /// <summary>Base date of an extra range return, or <see langword="null"/>.</summary>
    public DateOnly? From { get; init; }

    /// <summary>End of the extra range, or <see langword="null"/> for the as-of session.</summary>
    public DateOnly? To { get; init; }

    /// <summary>Date for the streaks' longest-since, or <see langword="null"/>.</summary>
    public DateOnly? StreaksSince { get; init; }

    /// <summary>A symbol or basket to compare with, or <see langword="null"/>.</summary>
    public string? Benchmark { get; init; }

    /// <summary>For an instrument, the source to read, or <see langword="null"/> for the preferred one.</summary>
    public string? Source { get; init; }
}
