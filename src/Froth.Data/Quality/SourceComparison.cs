using Froth.Data.MarketData;

namespace Froth.Data.Quality;

/// <summary>
/// Compares the sources of instruments that have several (three Nasdaq-100 files, two Hang Seng Tech files…):
/// closes or values on common dates, within a relative tolerance, and the dates one source has and another
/// lacks.
/// </summary>
public static class SourceComparison
{
    /// <summary>
    /// Two closes agree when they differ by at most 0.05% of the larger (5e-4). Sources that print the same
    /// close at different precision differ by at most half a unit of the coarser one's last digit: 0.005 for
    /// two decimals, which is 5e-4 of a price of 10 and far less for the index levels (hundreds to tens of
    /// thousands) and P/E ratios (above 10) that have several sources in the snapshot. Anything a user should
    /// hear about is larger: a close from another day moves an index by about 1%, and a missed dividend
    /// adjustment shifts a price by the yield, 0.5% or more.
    /// </summary>
    public const double RelativeTolerance = 5e-4;

    /// <summary>At most this many of the largest differences are listed per pair.</summary>
    public const int DifferencesListed = 5;

    /// <summary>At most this many dates present in one source only are listed per side.</summary>
    public const int DatesListed = 5;

    /// <summary>
    /// Compares every pair of sources of each instrument that has several (all instruments, or only
    /// <paramref name="symbol"/>), pairs in preference order: (1st, 2nd), (1st, 3rd), (2nd, 3rd)…
    /// </summary>
    /// <param name="data">The market data.</param>
    /// <param name="symbol">Canonical symbol to compare only its sources, or <see langword="null"/> for all.</param>
    public static IReadOnlyList<SourceAgreement> Compare(IMarketData data, string? symbol = null)
    {
        ArgumentNullException.ThrowIfNull(data);
        // The instruments once: a store of the snapshot holds ten thousand (the single-stock market caps).
        var instruments = data.Instruments().ToDictionary(i => i.Symbol, StringComparer.Ordinal);
        var symbols = symbol is null ? instruments.Keys.Order(StringComparer.Ordinal).ToList() : [symbol];
        var results = new List<SourceAgreement>();
        foreach (var s in symbols)
        {
            var instrument = instruments.GetValueOrDefault(s);
            var sources = data.Sources(s);
            if (instrument is null || sources.Count < 2)
            {
                continue;
            }

            var field = instrument.HasBars ? "close" : "value";
            var values = sources.ToDictionary(
                x => x.Source,
                x => instrument.HasBars
                    ? data.Bars(s, source: x.Source).Select(b => (b.Date, b.Close)).ToList()
                    : data.Scalars(s, source: x.Source).Select(p => (p.Date, p.Value)).ToList());
            for (var i = 0; i < sources.Count; i++)
            {
                for (var j = i + 1; j < sources.Count; j++)
                {
                    results.Add(Pair(s, field, sources[i], values[sources[i].Source], sources[j], values[sources[j].Source]));
                }
            }
        }

        return results;
    }

    /// <summary>Compares two series of one instrument.</summary>
    /// <param name="symbol">Canonical symbol.</param>
    /// <param name="field"><c>close</c> or <c>value</c>.</param>
    /// <param name="a">First source's summary.</param>
    /// <param name="aValues">First source's (date, value) pairs, ascending.</param>
    /// <param name="b">Second source's summary.</param>
    /// <param name="bValues">Second source's (date, value) pairs, ascending.</param>
    public static SourceAgreement Pair(
        string symbol,
        string field,
        SeriesSource a,
        IReadOnlyList<(DateOnly Date, double Value)> aValues,
        SeriesSource b,
        IReadOnlyList<(DateOnly Date, double Value)> bValues)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        DateOnly? from = aValues.Count > 0 && bValues.Count > 0 ? Max(aValues[0].Date, bValues[0].Date) : null;
        DateOnly? to = aValues.Count > 0 && bValues.Count > 0 ? Min(aValues[^1].Date, bValues[^1].Date) : null;
        if (from > to)
        {
            (from, to) = (null, null);
        }

        var differences = new List<SourceDifference>();
        var onlyA = new List<DateOnly>();
        var onlyB = new List<DateOnly>();
        int common = 0, i = 0, j = 0;
        bool Inside(DateOnly d) => from is { } f && to is { } t && d >= f && d <= t;
        while (i < aValues.Count || j < bValues.Count)
        {
            if (j >= bValues.Count || (i < aValues.Count && aValues[i].Date < bValues[j].Date))
            {
                if (Inside(aValues[i].Date))
                {
                    onlyA.Add(aValues[i].Date);
                }

                i++;
            }
            else if (i >= aValues.Count || bValues[j].Date < aValues[i].Date)
            {
                if (Inside(bValues[j].Date))
                {
                    onlyB.Add(bValues[j].Date);
                }

                j++;
            }
            else
            {
                common++;
                var relative = Relative(aValues[i].Value, bValues[j].Value);
                if (relative > RelativeTolerance)
                {
                    differences.Add(new SourceDifference(aValues[i].Date, aValues[i].Value, bValues[j].Value, relative));
                }

                i++;
                j++;
            }
        }

        return new SourceAgreement(
            symbol,
            a.Source,
            b.Source,
            field,
            from,
            to,
            common,
            common - differences.Count,
            differences.Count,
            RelativeTolerance,
            [.. differences.OrderByDescending(d => d.RelativeDifference).ThenBy(d => d.Date).Take(DifferencesListed)],
            onlyA.Count,
            onlyB.Count,
            [.. onlyA.Take(DatesListed)],
            [.. onlyB.Take(DatesListed)],
            a.Adjustment != b.Adjustment);
    }

    /// <summary><c>|a − b| / max(|a|, |b|)</c>, 0 when both are 0.</summary>
    public static double Relative(double a, double b)
    {
        var scale = Math.Max(Math.Abs(a), Math.Abs(b));
        return scale == 0 ? 0 : Math.Abs(a - b) / scale;
    }

    private static DateOnly Max(DateOnly x, DateOnly y) => x > y ? x : y;

    private static DateOnly Min(DateOnly x, DateOnly y) => x < y ? x : y;
}
