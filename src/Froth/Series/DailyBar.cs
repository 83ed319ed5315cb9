namespace Froth.Series;

/// <summary>
/// One trading session of an instrument: open, high, low and close prices in the instrument's quote
/// currency, and the traded volume where the source has one.
/// </summary>
/// <remarks>
/// Prices are as the source gives them: whether they are adjusted for splits and dividends is a property
/// of the whole series (<see cref="PriceAdjustment"/>), not of a bar. Volume is in the source's unit
/// (shares for stocks, the index provider's unit for indices) and is <see langword="null"/> when the
/// source has no volume, never a fake zero.
/// </remarks>
/// <param name="Date">The session's exchange-local calendar date.</param>
/// <param name="Open">Opening price.</param>
/// <param name="High">Highest price of the session.</param>
/// <param name="Low">Lowest price of the session.</param>
/// <param name="Close">Closing price.</param>
/// <param name="Volume">Traded volume, or <see langword="null"/> when the source has none.</param>
public readonly record struct DailyBar(DateOnly Date, double Open, double High, double Low, double Close, double? Volume) : IDated;
