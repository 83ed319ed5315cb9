namespace Froth.Valuation;

/// <summary>
/// A price return split into the change of implied earnings and the change of the multiple (re-rating):
/// <c>1 + PriceReturn = (1 + EarningsGrowth) × (1 + ReRating)</c>, where implied earnings = price / P/E.
/// </summary>
/// <param name="Start">First date used: the latest date on or before the period's start with both a price and a P/E.</param>
/// <param name="End">Last date used: the latest date on or before the period's end with both.</param>
/// <param name="PriceStart">Price on <paramref name="Start"/> (index points or the quote currency).</param>
/// <param name="PriceEnd">Price on <paramref name="End"/>.</param>
/// <param name="PeStart">P/E on <paramref name="Start"/>.</param>
/// <param name="PeEnd">P/E on <paramref name="End"/>.</param>
/// <param name="EarningsStart">Implied earnings on <paramref name="Start"/>: <paramref name="PriceStart"/> / <paramref name="PeStart"/>, in price units.</param>
/// <param name="EarningsEnd">Implied earnings on <paramref name="End"/>.</param>
/// <param name="PriceReturn">PriceEnd / PriceStart − 1, a fraction.</param>
/// <param name="EarningsGrowth">EarningsEnd / EarningsStart − 1, a fraction.</param>
/// <param name="ReRating">PeEnd / PeStart − 1, a fraction.</param>
/// <param name="LogPriceReturn">ln(PriceEnd / PriceStart) = ln(1 + EarningsGrowth) + ln(1 + ReRating).</param>
/// <param name="EarningsShare">
/// ln(1 + EarningsGrowth) / ln(1 + PriceReturn): the share of the log return that earnings explain;
/// <see langword="null"/> when the price did not change. With <paramref name="ReRatingShare"/> it sums to 1; one of
/// them exceeds 1 and the other is negative when the two moved in opposite directions.
/// </param>
/// <param name="ReRatingShare">ln(1 + ReRating) / ln(1 + PriceReturn): the share the change of the multiple explains.</param>
public sealed record DecompositionResult(
    DateOnly Start,
    DateOnly End,
    double PriceStart,
    double PriceEnd,
    double PeStart,
    double PeEnd,
    double EarningsStart,
    double EarningsEnd,
    double PriceReturn,
    double EarningsGrowth,
    double ReRating,
    double LogPriceReturn,
    double? EarningsShare,
    double? ReRatingShare);
