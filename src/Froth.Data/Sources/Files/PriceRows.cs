using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>The rows of one instrument read from a price file, in ascending date order, with their lines.</summary>
internal sealed class PriceRows(int capacity, bool hasAdjClose)
{
    /// <summary>The bars; dates ascending, a repeated date possible (the quality rules settle it).</summary>
    public List<DailyBar> Bars { get; private set; } = new(capacity);

    /// <summary>1-based file line of each bar.</summary>
    public List<int> Lines { get; private set; } = new(capacity);

    /// <summary>The Adj Close of each bar, when the file has that column (<see langword="null"/> where the row has none).</summary>
    public List<double?>? AdjClose { get; private set; } = hasAdjClose ? new(capacity) : null;

    /// <summary>Issues met while reading these rows.</summary>
    public List<DataIssue> Issues { get; } = [];

    /// <summary>Appends a row.</summary>
    public void Add(DailyBar bar, int line, double? adjClose)
    {
        Bars.Add(bar);
        Lines.Add(line);
        AdjClose?.Add(adjClose);
    }

    /// <summary>
    /// Puts the rows in ascending date order (a stable sort: rows with the same date keep their file order).
    /// Returns 0 when they already were, -1 when they were newest first, 1 when they were in no order.
    /// </summary>
    public int SortByDate()
    {
        var ascending = true;
        var descending = true;
        for (var i = 1; i < Bars.Count && (ascending || descending); i++)
        {
            var c = Bars[i].Date.CompareTo(Bars[i - 1].Date);
            ascending &= c >= 0;
            descending &= c <= 0;
        }

        if (ascending)
        {
            return 0;
        }

        var order = new int[Bars.Count];
        for (var i = 0; i < order.Length; i++)
        {
            order[i] = i;
        }

        var bars = Bars;
        var lines = Lines;
        Array.Sort(order, (a, b) =>
        {
            var c = bars[a].Date.CompareTo(bars[b].Date);
            return c != 0 ? c : lines[a].CompareTo(lines[b]);
        });

        Bars = [.. order.Select(i => bars[i])];
        Lines = [.. order.Select(i => lines[i])];
        if (AdjClose is { } adj)
        {
            AdjClose = [.. order.Select(i => adj[i])];
        }

        return descending ? -1 : 1;
    }
}
