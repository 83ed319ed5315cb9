using Froth.Data.MarketData;
using Froth.Narrative;
using Froth.Series;

namespace Froth.Reports.Building;

/// <summary>A stored price series a report reads: the instrument, its preferred source and its bars.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Source">The source read (the store's preferred one).</param>
/// <param name="Bars">Every bar of that source, ascending.</param>
internal sealed record SeriesInput(Instrument Instrument, SeriesSource Source, IReadOnlyList<DailyBar> Bars)
{
    public FactSource FactSource => new(Instrument.Symbol, Source.Source);

    /// <summary>The bars up to and including <paramref name="asOf"/>.</summary>
    public IReadOnlyList<DailyBar> Until(DateOnly asOf)
    {
        var n = Bars.Count;
        while (n > 0 && Bars[n - 1].Date > asOf)
        {
            n--;
        }

        return n == Bars.Count ? Bars : [.. Bars.Take(n)];
    }

    /// <summary>True when it has a bar dated exactly <paramref name="date"/>.</summary>
    public bool HasSession(DateOnly date)
    {
        var lo = 0;
        var hi = Bars.Count - 1;
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            var d = Bars[mid].Date;
            if (d == date)
            {
                return true;
            }

            if (d < date)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return false;
    }
}
