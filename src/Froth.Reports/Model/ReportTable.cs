using Froth.Narrative;

namespace Froth.Reports.Model;

/// <summary>A table whose cells are facts (or fixed labels), so that its figures are traced like the text's.</summary>
/// <param name="Columns">The columns.</param>
/// <param name="Rows">The rows; each has one cell per column.</param>
/// <param name="Notes">Sentences printed under the table (sources, caveats).</param>
public sealed record ReportTable(IReadOnlyList<ReportColumn> Columns, IReadOnlyList<IReadOnlyList<ReportCell>> Rows, IReadOnlyList<Sentence> Notes)
{
    /// <summary>Checks that every row has one cell per column.</summary>
    /// <exception cref="ArgumentException">A row is shorter or longer.</exception>
    public ReportTable Validated()
    {
        for (var i = 0; i < Rows.Count; i++)
        {
            if (Rows[i].Count != Columns.Count)
            {
                throw new ArgumentException($"Row {i} has {Rows[i].Count} cells; the table has {Columns.Count} columns.");
            }
        }

        return this;
    }
}
