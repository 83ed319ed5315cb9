using Froth.Series;
using Froth.Valuation;

namespace Froth.Speculation;

/// <summary>
/// The margin-financing balance as a leverage gauge: its latest level, its change over the last weeks, and its
/// percentile and z-score in its own history (<see cref="ValuationHistory"/> with plain order).
/// </summary>
/// <remarks>
/// A rising balance is borrowed money buying shares; regulators tightening margin financing (higher margin
/// ratios, narrower eligible lists) shows as its fall. The snapshot holds no margin data: import a
/// <c>date,balance</c> file (layout <c>margin-balance</c>).
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
        return new MarginBalanceSnapshot(snapshot.Value, snapshot.ValueDate, from, change, snapshot.History, snapshot.Stale);
    }
}
