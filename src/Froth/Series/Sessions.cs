using System.Runtime.InteropServices;

namespace Froth.Series;

/// <summary>
/// Searches over dated series sorted by date (bars, points, plain dates): the one "last on or before" of Froth,
/// and what is built on it (the prefix up to a date, whether a date is a session). Every search is a binary
/// search, O(log n), and reads nothing after the date it is asked about.
/// </summary>
public static class Sessions
{
    /// <summary>Index of the last item dated on or before <paramref name="date"/>, or -1 when every item is later (or there are none).</summary>
    /// <param name="items">Items in ascending date order.</param>
    /// <param name="date">The date.</param>
    public static int LastOnOrBefore<T>(ReadOnlySpan<T> items, DateOnly date)
        where T : IDated
    {
        int lo = 0, hi = items.Length - 1, found = -1;
        while (lo <= hi)
        {
            var mid = (lo + hi) >>> 1;
            if (items[mid].Date <= date)
            {
                found = mid;
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return found;
    }

    /// <summary>Index of the last item dated on or before <paramref name="date"/>, or -1 (see the span overload).</summary>
    public static int LastOnOrBefore<T>(IReadOnlyList<T> items, DateOnly date)
        where T : IDated
    {
        ArgumentNullException.ThrowIfNull(items);
        return LastOnOrBefore(AsSpan(items), date);
    }

    /// <summary>Index of the last date on or before <paramref name="date"/> in ascending <paramref name="dates"/>, or -1.</summary>
    public static int LastOnOrBefore(ReadOnlySpan<DateOnly> dates, DateOnly date)
    {
        var i = dates.BinarySearch(date);
        return i >= 0 ? i : ~i - 1;
    }

    /// <summary>Index of the last date on or before <paramref name="date"/> in ascending <paramref name="dates"/>, or -1.</summary>
    public static int LastOnOrBefore(IReadOnlyList<DateOnly> dates, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(dates);
        return dates switch
        {
            DateOnly[] a => LastOnOrBefore(a.AsSpan(), date),
            List<DateOnly> l => LastOnOrBefore(CollectionsMarshal.AsSpan(l), date),
            _ => LastOnOrBefore(dates.ToArray().AsSpan(), date),
        };
    }

    /// <summary>The items dated on or before <paramref name="date"/>: the list itself when none is later, else a copy of the prefix.</summary>
    public static IReadOnlyList<T> Until<T>(IReadOnlyList<T> items, DateOnly date)
        where T : IDated
    {
        var n = LastOnOrBefore(items, date) + 1;
        return n == items.Count ? items : [.. items.Take(n)];
    }

    /// <summary>True when an item is dated exactly <paramref name="date"/>.</summary>
    public static bool Has<T>(IReadOnlyList<T> items, DateOnly date)
        where T : IDated
    {
        var i = LastOnOrBefore(items, date);
        return i >= 0 && items[i].Date == date;
    }

    /// <summary>The items as a span: no copy for arrays and lists, one copy otherwise.</summary>
    public static ReadOnlySpan<T> AsSpan<T>(IReadOnlyList<T> items) => items switch
    {
        T[] array => array,
        List<T> list => CollectionsMarshal.AsSpan(list),
        _ => items.ToArray(),
    };
}
