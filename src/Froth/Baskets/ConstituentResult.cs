namespace Froth.Baskets;

/// <summary>
/// One included constituent over the basket's period. Prices are in the reporting currency (the constituent's
/// own for a local-currency basket).
/// </summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Name">Name.</param>
/// <param name="Currency">Currency of its own prices.</param>
/// <param name="EnteredOn">The session it entered the basket, when it was listed after the base session; <see langword="null"/> when it was in from the start.</param>
/// <param name="BaseSession">The session of its base price: its last session on or before the basket's base session, or its first session when it entered later.</param>
/// <param name="BasePrice">Its close on <paramref name="BaseSession"/>, converted at the basket's base session (or entry session).</param>
/// <param name="LastSession">Its last session on or before the period's end.</param>
/// <param name="EndPrice">Its close on <paramref name="LastSession"/>, converted at the period's last session.</param>
/// <param name="Return">EndPrice ÷ BasePrice − 1, as a fraction: "up over the period" means this is above 0.</param>
/// <param name="Contribution">Its share of the index return, as a fraction of the base level: the contributions add up to the basket's return exactly.</param>
/// <param name="WeightStart">Its weight at the base session (0 when it entered later).</param>
/// <param name="WeightEnd">Its weight at the period's last close, after drift.</param>
/// <param name="StaleSessions">Basket sessions at the end of the period after its last bar (its data ends early or it is suspended): its price is held.</param>
/// <param name="Gaps">Stretches inside the period without bars longer than the gap threshold.</param>
/// <param name="Shares">Shares at the period's end: the basket file's figure, else the derived count (<see cref="SharesAtEnd"/>), or <see langword="null"/>.</param>
/// <param name="MarketValueStart">Shares at the base (or entry) session × BasePrice, in the reporting currency, or <see langword="null"/> without shares.</param>
/// <param name="MarketValueEnd">Shares at the last session × EndPrice, or <see langword="null"/>.</param>
/// <param name="MarketValueAdded">MarketValueEnd − MarketValueStart, or <see langword="null"/>.</param>
/// <param name="ShareOfAdded">Its market value added over the total added in its currency, or <see langword="null"/> (no shares, or a total of 0).</param>
/// <param name="AboveAverage50">Its last close above the mean of its last 50 closes (that close included); <see langword="null"/> with fewer than 50 sessions.</param>
/// <param name="AboveAverage200">Likewise for 200 sessions.</param>
/// <param name="At52WeekHigh">Its last close is its highest close of the 52 weeks ending on its last session (ties count); <see langword="null"/> when its history is shorter.</param>
/// <param name="At52WeekLow">Likewise for the lowest close.</param>
public sealed record ConstituentResult(
    string Symbol,
    string Name,
    string Currency,
    DateOnly? EnteredOn,
    DateOnly BaseSession,
    double BasePrice,
    DateOnly LastSession,
    double EndPrice,
    double Return,
    double Contribution,
    double WeightStart,
    double WeightEnd,
    int StaleSessions,
    IReadOnlyList<ConstituentGap> Gaps,
    double? Shares,
    double? MarketValueStart,
    double? MarketValueEnd,
    double? MarketValueAdded,
    double? ShareOfAdded,
    bool? AboveAverage50,
    bool? AboveAverage200,
    bool? At52WeekHigh,
    bool? At52WeekLow)
{
    /// <summary>The derived share count at its base (or entry) session and how it was obtained; <see langword="null"/> when the shares are the basket file's or there are none.</summary>
    public ShareCountAt? SharesAtStart { get; init; }

    /// <summary>The derived share count at its last session; <see langword="null"/> likewise.</summary>
    public ShareCountAt? SharesAtEnd { get; init; }

    /// <summary>
    /// The part of <see cref="ConstituentResult.MarketValueAdded"/> due to the exchange rate: end market value in its own currency ×
    /// (end FX factor − base FX factor); 0 for a constituent in the reporting currency, <see langword="null"/> without market value.
    /// The rest, local market value added × the base FX factor, is the local effect.
    /// </summary>
    public double? CurrencyEffect { get; init; }
}
