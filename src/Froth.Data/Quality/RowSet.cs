namespace Froth.Data.Quality;

/// <summary>
/// The rows of one series under check, with their source lines where known. Rules remove rows and change
/// values in place; the lists stay aligned.
/// </summary>
/// <typeparam name="T">A bar or a scalar point.</typeparam>
internal sealed class RowSet<T>(IEnumerable<T> rows, IEnumerable<int>? lines, Func<T, DateOnly> dateOf)
{
    /// <summary>The rows.</summary>
    public List<T> Rows { get; private set; } = [.. rows];

    /// <summary>1-based source line of each row, or <see langword="null"/> when unknown.</summary>
    public List<int>? Lines { get; private set; } = lines is null ? null : [.. lines];

    /// <summary>Number of rows.</summary>
    public int Count => Rows.Count;

    /// <summary>The row's date.</summary>
    public DateOnly DateOf(int i) => dateOf(Rows[i]);

    /// <summary>The row's source line, when known.</summary>
    public int? LineOf(int i) => Lines?[i];

    /// <summary>
    /// Removes the rows for which <paramref name="remove"/> is true; <paramref name="remove"/> is called once per
    /// row, in order. Nothing is copied until a row is removed.
    /// </summary>
    public void RemoveWhere(Func<int, bool> remove)
    {
        List<T>? rows = null;
        List<int>? lines = null;
        for (var i = 0; i < Rows.Count; i++)
        {
            var drop = remove(i);
            if (drop && rows is null)
            {
                rows = new List<T>(Rows.Count);
                rows.AddRange(Rows.Take(i));
                lines = Lines is null ? null : [.. Lines.Take(i)];
            }
            else if (!drop && rows is not null)
            {
                rows.Add(Rows[i]);
                lines?.Add(Lines![i]);
            }
        }

        if (rows is not null)
        {
            Rows = rows;
            Lines = lines;
        }
    }

    /// <summary>Stable sort by date (then line), for series a layout did not sort.</summary>
    public void SortByDate()
    {
        for (var i = 1; i < Rows.Count; i++)
        {
            if (DateOf(i) < DateOf(i - 1))
            {
                var order = Enumerable.Range(0, Rows.Count).OrderBy(DateOf).ThenBy(j => LineOf(j) ?? j).ToList();
                var rows = Rows;
                var lines = Lines;
                Rows = [.. order.Select(j => rows[j])];
                Lines = lines is null ? null : [.. order.Select(j => lines[j])];
                return;
            }
        }
    }
}
