namespace Froth.Valuation;

/// <summary>
/// Which of two values of a valuation series is cheaper. For an earnings multiple a value ≤ 0 is a loss: it is
/// never cheaper than a positive multiple, and two losses compare by earnings yield (1/value, the larger is
/// cheaper), so the order is the order of the earnings yield. For other series, plain numeric order.
/// </summary>
internal static class ValuationOrder
{
    /// <summary>True when <paramref name="x"/> is strictly cheaper than (for a plain series: strictly below) <paramref name="value"/>.</summary>
    public static bool IsCheaper(double x, double value, bool nonPositiveIsLoss)
    {
        if (!nonPositiveIsLoss)
        {
            return x < value;
        }

        if (x > 0)
        {
            return value <= 0 || x < value;
        }

        // x is a loss: cheaper only than a worse loss (a lower, more negative earnings yield). A P/E of exactly
        // 0 has no earnings yield and is cheaper than nothing.
        return x < 0 && value < 0 && 1 / x > 1 / value;
    }

    /// <summary>Fraction of <paramref name="window"/> strictly cheaper than <paramref name="value"/>; 0 for an empty window.</summary>
    public static double Percentile(IEnumerable<double> window, double value, bool nonPositiveIsLoss)
    {
        var n = 0;
        var cheaper = 0;
        foreach (var x in window)
        {
            n++;
            if (IsCheaper(x, value, nonPositiveIsLoss))
            {
                cheaper++;
            }
        }

        return n == 0 ? 0 : (double)cheaper / n;
    }
}
