namespace Froth.Analysis.Baskets;

/// <summary>
/// A benchmark over a basket's period, in its own currency, and the basket over the same window (to the benchmark's
/// last session when its data end sooner); null figures with a note when it has no data for the period.
/// </summary>
/// <param name="Symbol">The benchmark's canonical symbol.</param>
/// <param name="Name">Its name.</param>
/// <param name="Currency">Its currency.</param>
/// <param name="BaseSession">Its base session: its last close on or before the basket's base session.</param>
/// <param name="EndSession">Its last session on or before the basket's last session.</param>
/// <param name="Return">Its return over the window, as a fraction.</param>
/// <param name="BasketReturn">The basket's return from its base session to <paramref name="EndSession"/>.</param>
/// <param name="Difference">BasketReturn − Return: the basket's lead, as a fraction (percentage points / 100).</param>
/// <param name="Note">Why the figures are missing, or <see langword="null"/>.</param>
public sealed record BenchmarkComparison(
    string Symbol,
    string Name,
    string? Currency,
    DateOnly? BaseSession,
    DateOnly? EndSession,
    double? Return,
    double? BasketReturn,
    double? Difference,
    string? Note);
