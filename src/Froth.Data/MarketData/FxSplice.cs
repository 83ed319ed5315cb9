using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>
/// The bars of a currency pair when no source is named: the preferred source's, extended back in time with the bars
/// of the other sources in preference order, each contributing only the dates before the earliest date already
/// covered. So <c>HKD=X</c> is FRED's noon rates from 2024-01-02 (the preferred, current source) and Yahoo's closes
/// before that, back to 2001-07-16.
/// </summary>
/// <remarks>
/// Only currency pairs are spliced. Two sources of an exchange rate differ by a fraction of a per cent (Yahoo's HKD=X
/// and FRED's DEXHKUS by 0.0024 HKD on average in 2024, at most 0.020), far less than the moves a conversion into
/// another currency is used for, while a longer history is what a basket needs. Prices of stocks and indices are never
/// spliced: sources differ in adjustment and volume definitions, and the preferred one alone is used.
/// </remarks>
public static class FxSplice
{
    /// <summary>
    /// Splices the bars of <paramref name="sources"/> (preferred first) as described, within the inclusive range.
    /// </summary>
    /// <param name="sources">The pair's sources, preferred first (<see cref="SourcePreference.Order"/>).</param>
    /// <param name="barsOf">Reads the bars of one source, ascending, within the range.</param>
    /// <returns>Bars ascending, one per date.</returns>
    public static IReadOnlyList<DailyBar> Bars(IReadOnlyList<SeriesSource> sources, Func<string, IReadOnlyList<DailyBar>> barsOf)
    {
        ArgumentNullException.ThrowIfNull(sources);
        ArgumentNullException.ThrowIfNull(barsOf);
        if (sources.Count == 0)
        {
            return [];
        }

        var spliced = new List<DailyBar>(barsOf(sources[0].Source));
        DateOnly? start = sources[0].First;
        foreach (var other in sources.Skip(1))
        {
            if (other.First >= start)
            {
                continue;
            }

            var earlier = barsOf(other.Source).Where(b => b.Date < start).ToList();
            spliced.InsertRange(0, earlier);
            start = other.First;
        }

        return spliced;
    }
}
