using Froth.Narrative;

namespace Froth.Reports.Writers;

/// <summary>A fact as an earlier report stated it.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Kind">What it measured.</param>
/// <param name="Number">Its numeric value, or <see langword="null"/> for dates and names.</param>
/// <param name="Date">Its date value, or <see langword="null"/>.</param>
/// <param name="Label">Its label.</param>
/// <param name="AsOf">The date it was as of.</param>
public sealed record PreviousFact(string Id, FactKind Kind, double? Number, DateOnly? Date, string Label, DateOnly AsOf);
