namespace Froth.Analysis.Bubbles;

/// <summary>Progress of a slow step (PSY critical values, LPPLS confidence).</summary>
/// <param name="Stage">What is running ("PSY critical values", "LPPLS confidence").</param>
/// <param name="Done">Units done.</param>
/// <param name="Total">Units in all.</param>
public sealed record BubbleProgress(string Stage, int Done, int Total);
