using System.Globalization;
using Froth.Series;

namespace Froth.Valuation;

/// <summary>
/// Splits a price return into earnings growth and re-rating: implied earnings E = P / (P/E), so
/// <c>P₁/P₀ = (E₁/E₀) × (PE₁/PE₀)</c> exactly, and in logs the two parts add up.
/// </summary>
/// <remarks>
/// <para>Price and P/E are aligned on dates where both exist. The start is the latest such date on or before the
/// period's start, the end the latest on or before its end (point-in-time: "from D" means "as of D").</para>
/// <para>The implied earnings are the earnings the P/E implies for the price series. They are the index's
/// earnings only when the P/E is the index's own aggregate ratio (market value over total earnings). An
/// equal-weighted P/E (lixinger's <c>PE-TTM等权</c>, the snapshot's Hang Seng TECH P/E) is a different average of
/// the members' ratios, so its "earnings" are an index of earnings consistent with that P/E, not a reported
/// figure; the identity still holds exactly.</para>
/// </remarks>
public static class ReturnDecomposition
{
    /// <summary>Decomposes the return from <paramref name="from"/> to <paramref name="to"/>.</summary>
    /// <param name="prices">Closes, ascending by date with unique dates; non-finite values are treated as missing.</param>
    /// <param name="pe">P/E observations, ascending by date with unique dates; non-finite values are treated as missing.</param>
    /// <param name="from">Start of the period.</param>
    /// <param name="to">End of the period, after <paramref name="from"/>.</param>
    /// <exception cref="ArgumentException">A series is not ascending with unique dates.</exception>
    /// <exception cref="FrothException">
    /// <paramref name="from"/> is not before <paramref name="to"/>; no date on or before either end has both a price and
    /// a P/E; both ends fall on the same date; or a price or P/E at either end is not positive (a P/E ≤ 0 is a loss:
    /// implied earnings are then negative and the return cannot be split).
    /// </exception>
    public static DecompositionResult Compute(IReadOnlyList<ScalarPoint> prices, IReadOnlyList<ScalarPoint> pe, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(prices);
        ArgumentNullException.ThrowIfNull(pe);
        RequireAscending(prices, nameof(prices));
        RequireAscending(pe, nameof(pe));
        if (from >= to)
        {
            throw new FrothException($"The period must end after it starts; got {IsoDate.Format(from)} to {IsoDate.Format(to)}.");
        }

        var common = Align(prices, pe);
        var start = LatestOnOrBefore(common, from);
        var end = LatestOnOrBefore(common, to);
        if (start is null || end is null)
        {
            var first = common.Count == 0 ? "no date has both" : $"the first date with both is {IsoDate.Format(common[0].Date)}";
            throw new FrothException(
                $"No date on or before {IsoDate.Format(start is null ? from : to)} has both a price and a P/E ({first}; prices {Span(prices)}, P/E {Span(pe)}).");
        }

        var (d0, p0, pe0) = start.Value;
        var (d1, p1, pe1) = end.Value;
        if (d0 == d1)
        {
            throw new FrothException(
                $"{IsoDate.Format(from)} and {IsoDate.Format(to)} both fall on {IsoDate.Format(d0)}, the latest date on or before each with a price and a P/E: the period holds no second observation.");
        }

        RequirePositive(p0, d0, "price");
        RequirePositive(p1, d1, "price");
        RequirePositiveMultiple(pe0, d0);
        RequirePositiveMultiple(pe1, d1);

        var e0 = p0 / pe0;
        var e1 = p1 / pe1;
        var logReturn = Math.Log(p1 / p0);
        var logEarnings = Math.Log(e1 / e0);
        var logRerating = Math.Log(pe1 / pe0);
        double? earningsShare = logReturn == 0 ? null : logEarnings / logReturn;
        double? reratingShare = logReturn == 0 ? null : logRerating / logReturn;
        return new DecompositionResult(
            d0, d1, p0, p1, pe0, pe1, e0, e1,
            (p1 / p0) - 1,
            (e1 / e0) - 1,
            (pe1 / pe0) - 1,
            logReturn,
            earningsShare,
            reratingShare);
    }

    /// <summary>Dates present in both series with finite values, ascending: (date, price, P/E).</summary>
    private static List<(DateOnly Date, double Price, double Pe)> Align(IReadOnlyList<ScalarPoint> prices, IReadOnlyList<ScalarPoint> pe)
    {
        var common = new List<(DateOnly, double, double)>();
        int i = 0, j = 0;
        while (i < prices.Count && j < pe.Count)
        {
            var a = prices[i];
            var b = pe[j];
            if (a.Date < b.Date)
            {
                i++;
            }
            else if (b.Date < a.Date)
            {
                j++;
            }
            else
            {
                if (double.IsFinite(a.Value) && double.IsFinite(b.Value))
                {
                    common.Add((a.Date, a.Value, b.Value));
                }

                i++;
                j++;
            }
        }

        return common;
    }

    private static (DateOnly Date, double Price, double Pe)? LatestOnOrBefore(List<(DateOnly Date, double Price, double Pe)> common, DateOnly date)
    {
        (DateOnly, double, double)? found = null;
        foreach (var row in common)
        {
            if (row.Date > date)
            {
                break;
            }

            found = row;
        }

        return found;
    }

    private static void RequirePositive(double value, DateOnly date, string what)
    {
        if (!(value > 0))
        {
            throw new FrothException($"The {what} on {IsoDate.Format(date)} is {Number(value)}; expected a positive number.");
        }
    }

    private static void RequirePositiveMultiple(double pe, DateOnly date)
    {
        if (!(pe > 0))
        {
            throw new FrothException(
                $"The P/E on {IsoDate.Format(date)} is {Number(pe)}: earnings were a loss, so implied earnings (price / P/E) are not positive and the return cannot be split into earnings growth and re-rating. Choose dates with a positive P/E.");
        }
    }

    private static void RequireAscending(IReadOnlyList<ScalarPoint> series, string name)
    {
        for (var i = 1; i < series.Count; i++)
        {
            if (series[i].Date <= series[i - 1].Date)
            {
                throw new ArgumentException(
                    $"Expected observations ascending by date with unique dates; {IsoDate.Format(series[i].Date)} follows {IsoDate.Format(series[i - 1].Date)} at index {i}.",
                    name);
            }
        }
    }

    private static string Span(IReadOnlyList<ScalarPoint> s) => s.Count == 0 ? "none" : $"{IsoDate.Format(s[0].Date)} to {IsoDate.Format(s[^1].Date)}";

    private static string Number(double v) => v.ToString("G6", CultureInfo.InvariantCulture);

}
