namespace Froth.Statistics;

/// <summary>
/// The one quantile and median of Froth: linear interpolation between order statistics, Hyndman and Fan's (1996)
/// type 7, the default of R's <c>quantile</c> and NumPy's <c>percentile</c> (and so of exuber's critical values).
/// </summary>
public static class Quantiles
{
    /// <summary>The type-7 quantile at <paramref name="level"/> of values sorted ascending.</summary>
    /// <param name="sorted">Values in ascending order (NaN first, as <see cref="Array.Sort(Array)"/> puts them); at least one.</param>
    /// <param name="level">The level, in [0, 1].</param>
    /// <exception cref="ArgumentException">No values, or a level outside [0, 1].</exception>
    public static double OfSorted(ReadOnlySpan<double> sorted, double level)
    {
        if (sorted.IsEmpty)
        {
            throw new ArgumentException("Expected at least one value for a quantile, got none.", nameof(sorted));
        }

        if (!(level >= 0 && level <= 1))
        {
            throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a quantile level in [0, 1].");
        }

        var h = (sorted.Length - 1) * level;
        var lo = (int)Math.Floor(h);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((h - lo) * (sorted[hi] - sorted[lo]));
    }

    /// <summary>The median of values sorted ascending: the middle one, or the mean of the two middle ones (type 7 at 0.5); <see langword="null"/> for none.</summary>
    public static double? MedianOfSorted(ReadOnlySpan<double> sorted)
    {
        var n = sorted.Length;
        return n == 0 ? null : n % 2 == 1 ? sorted[n / 2] : (sorted[(n / 2) - 1] + sorted[n / 2]) / 2;
    }

    /// <summary>The median of values in any order (sorts a copy); <see langword="null"/> for none.</summary>
    public static double? Median(IEnumerable<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        var sorted = values.ToArray();
        Array.Sort(sorted);
        return MedianOfSorted(sorted);
    }
}
