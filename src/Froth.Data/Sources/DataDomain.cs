namespace Froth.Data.Sources;

/// <summary>
/// The values an import accepts, decided once: dates from <see cref="MinDate"/> to <see cref="MaxDate"/> and prices
/// whose magnitude is at most <see cref="MaxPrice"/>. Outside them a value is refused at import with its file, line,
/// column and value, so that no later command meets a date or a number it cannot compute with (a 9999-12-31 date
/// overflowed date arithmetic; a price of 1e308 made sums infinite).
/// </summary>
public static class DataDomain
{
    /// <summary>The earliest date accepted: 1800-01-01.</summary>
    public static readonly DateOnly MinDate = new(1800, 1, 1);

    /// <summary>The latest date accepted: 2200-12-31.</summary>
    public static readonly DateOnly MaxDate = new(2200, 12, 31);

    /// <summary>The largest price magnitude accepted: 1e12 (a trillion in the quote currency).</summary>
    public const double MaxPrice = 1e12;

    /// <summary>What the messages say is expected of a date.</summary>
    public const string ExpectedDate = "a date from 1800-01-01 to 2200-12-31";

    /// <summary>What the messages say is expected of a price.</summary>
    public const string ExpectedPrice = "a price of at most 1e12 in magnitude";

    /// <summary>True when the date is inside the accepted range.</summary>
    public static bool IsValidDate(DateOnly date) => date >= MinDate && date <= MaxDate;

    /// <summary>True when the price is finite and at most <see cref="MaxPrice"/> in magnitude.</summary>
    public static bool IsValidPrice(double price) => double.IsFinite(price) && Math.Abs(price) <= MaxPrice;

    /// <summary>Unix seconds of 1800-01-01 and 2201-01-01 (exclusive): the range of timestamps that map to accepted dates.</summary>
    public static bool IsValidUnixSeconds(long seconds) => seconds >= -5_364_662_400L && seconds < 7_289_654_400L;
}
