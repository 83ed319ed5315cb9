using Froth.Series;

namespace Froth.Baskets;

/// <summary>The data of one constituent handed to <see cref="Basket.Build"/>.</summary>
/// <param name="Symbol">Canonical symbol, as in the definition.</param>
/// <param name="Name">Human-readable name.</param>
/// <param name="Currency">ISO currency of the prices.</param>
/// <param name="Bars">Daily bars in that currency, ascending, one per date; empty when there is no data (the constituent is then excluded and reported).</param>
public sealed record ConstituentData(string Symbol, string Name, string Currency, IReadOnlyList<DailyBar> Bars)
{
    /// <summary>
    /// Share counts derived from its market caps with these same bars (<see cref="Froth.Baskets.ShareCounts.Derive"/>), for
    /// market value when the definition gives no shares; <see langword="null"/> when it has no market cap.
    /// </summary>
    public ShareCountSeries? ShareCounts { get; init; }
}
