using Froth.Series;

namespace Froth.Baskets;

/// <summary>
/// An exchange-rate series against the US dollar: units of <see cref="Currency"/> per US dollar on each date
/// (the close of Yahoo's <c>CNY=X</c> is yuan per dollar).
/// </summary>
/// <remarks>
/// Conversion from currency L to R on a date uses each side's last rate on or before it:
/// value in R = value in L ÷ (L per USD) × (R per USD), with 1 for the dollar itself. So converting CNY to USD
/// needs <c>CNY=X</c>, HKD to CNY needs <c>HKD=X</c> and <c>CNY=X</c>.
/// </remarks>
/// <param name="Currency">ISO code of the currency quoted per dollar.</param>
/// <param name="Bars">The rates (the close is used), ascending, one per date.</param>
public sealed record FxSeries(string Currency, IReadOnlyList<DailyBar> Bars)
{
    /// <summary>The Yahoo symbol of the series of <paramref name="currency"/> per US dollar: <c>HKD=X</c>.</summary>
    public static string SymbolFor(string currency) => $"{currency.ToUpperInvariant()}=X";
}
