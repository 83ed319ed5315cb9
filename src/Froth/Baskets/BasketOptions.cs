namespace Froth.Baskets;

/// <summary>The period and reporting choices of <see cref="Basket.Build"/>.</summary>
public sealed record BasketOptions
{
    /// <summary>
    /// Base date: the index is 100 at the last basket session on or before it (the first basket session when
    /// every constituent starts later). Required.
    /// </summary>
    public required DateOnly From { get; init; }

    /// <summary>
    /// The index's first date, on or before <see cref="From"/>: holdings start at the last basket session on or before
    /// it and run, rebalanced on schedule, through the period. <see langword="null"/>: the period's base, so that the
    /// holdings are reset at <see cref="From"/>. With an inception, every period of one basket is measured on the same
    /// index run, so that a year-to-date return equals the ratio of the index's levels, as for any published index.
    /// </summary>
    public DateOnly? Inception { get; init; }

    /// <summary>Keep the whole index run in <see cref="BasketResult.History"/> (default false: it is left empty, the period's <see cref="BasketResult.Index"/> being what most callers show).</summary>
    public bool KeepHistory { get; init; }

    /// <summary>End date: the last basket session on or before it ends the period; no bar after it is read (point in time). Required.</summary>
    public required DateOnly To { get; init; }

    /// <summary>How many leaders and laggards to list. Default 5.</summary>
    public int Top { get; init; } = 5;

    /// <summary>
    /// Oldest an FX rate may be, in calendar days before the date it converts; older means the FX series has
    /// stopped and the conversion would be stale, which is an error. Default 7 (a week of holidays).
    /// </summary>
    public int MaxFxAgeDays { get; init; } = 7;

    /// <summary>
    /// A constituent's consecutive bars further apart than this many weekdays are reported as a gap
    /// (suspension or missing data); shorter ones are holidays. Default 10, the import gap rule's threshold.
    /// </summary>
    public int GapWeekdays { get; init; } = 10;

    /// <summary>Throws <see cref="FrothException"/> for an empty period or out-of-range settings.</summary>
    public void Validate()
    {
        if (To < From)
        {
            throw new FrothException($"The basket period ends on {To:yyyy-MM-dd}, before it starts on {From:yyyy-MM-dd}; expected from ≤ to.");
        }

        if (Inception is { } inception && inception > From)
        {
            throw new FrothException($"The basket index starts on {inception:yyyy-MM-dd}, after the period's base {From:yyyy-MM-dd}; expected an inception on or before it.");
        }

        if (Top < 1)
        {
            throw new FrothException($"The number of leaders and laggards must be at least 1, got {Top}.");
        }

        if (MaxFxAgeDays < 0 || GapWeekdays < 1)
        {
            throw new FrothException($"Expected MaxFxAgeDays ≥ 0 and GapWeekdays ≥ 1, got {MaxFxAgeDays} and {GapWeekdays}.");
        }
    }
}
