using Froth.Series;
using Froth.Valuation;

namespace Froth.Speculation;

/// <summary>
/// The margin-financing balance as a leverage gauge: its latest level, its change over the last weeks, and its
/// percentile and z-score in its own history (<see cref="ValuationHistory"/> with plain order).
/// </summary>
/// <remarks>
/// A rising balance is borrowed money buying shares; regulators tightening margin financing (higher margin
/// ratios, narrower eligible lists) shows as its fall. Besides the recent change and the percentile in the last
/// <see cref="MarginOptions.Years"/> years, the snapshot gives the one-year change and the place in the whole history
/// (every value up to the as-of date). The sample snapshot's <c>margin/</c> folder holds the whole mainland market's
/// balance from 2012 (<c>CN:MARGIN_BALANCE</c>).
/// </remarks>
public static class MarginBalanceGauge
{
    /// <summary>The gauge as of <paramref name="asOf"/> (point-in-time).</summary>
    /// <param name="balance">Balances ascending by date, unique dates; non-finite values are treated as missing.</param>
    /// <param name="asOf">As-of date.</param>
    /// <param name="options">Options, or <see langword="null"/> for <see cref="MarginOptions.Default"/>.</param>
    /// <exception cref="FrothException">No balance on or before the as-of date.</exception>
    public static MarginBalanceSnapshot Compute(IReadOnlyList<ScalarPoint> balance, DateOnly asOf, MarginOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(balance);
        options ??= MarginOptions.Default;
        ArgumentOutOfRangeException.ThrowIfLessThan(options.ChangeObservations, 1);

        var snapshot = ValuationHistory.Compute(balance, asOf, ValuationOptions.Default with { Years = options.Years, NonPositiveIsLoss = false });
        var known = balance.Where(p => p.Date <= asOf && double.IsFinite(p.Value)).ToList();
        var back = known.Count - 1 - options.ChangeObservations;
        DateOnly? from = back >= 0 ? known[back].Date : null;
        double? change = back >= 0 && known[back].Value != 0 ? (snapshot.Value / known[back].Value) - 1 : null;
        var yearAgo = Sessions.LastOnOrBefore(known, snapshot.ValueDate.AddYears(-1));
        var values = known.Select(p => p.Value).ToList();
        return new MarginBalanceSnapshot(snapshot.Value, snapshot.ValueDate, from, change, snapshot.History, snapshot.Stale)
        {
            YearAgo = yearAgo >= 0 ? known[yearAgo].Date : null,
            OneYearChange = yearAgo >= 0 && known[yearAgo].Value != 0 ? (snapshot.Value / known[yearAgo].Value) - 1 : null,
            HistoryFrom = known.Count > 0 ? known[0].Date : null,
            HistoryCount = known.Count,
            HistoryPercentile = known.Count > 0 ? (double)values.Count(v => v <= snapshot.Value) / values.Count : null,
            HistoryMedian = Froth.Statistics.Quantiles.Median(values),
        };
    }
}
