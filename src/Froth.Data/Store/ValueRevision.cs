namespace Froth.Data.Store;

/// <summary>A stored value an import changed: the old and the new value and the imports that wrote each.</summary>
/// <param name="Symbol">Canonical symbol.</param>
/// <param name="Source">Source of the series.</param>
/// <param name="Date">Date of the bar or point.</param>
/// <param name="Field"><c>open</c>, <c>high</c>, <c>low</c>, <c>close</c>, <c>volume</c> (bars) or <c>value</c> (points).</param>
/// <param name="OldValue">The value before; <see langword="null"/> for a volume that was missing.</param>
/// <param name="NewValue">The value after; <see langword="null"/> for a volume that is now missing.</param>
/// <param name="OldImportId">The import that had written the old value.</param>
/// <param name="NewImportId">The import that wrote the new value.</param>
public sealed record ValueRevision(
    string Symbol,
    string Source,
    DateOnly Date,
    string Field,
    double? OldValue,
    double? NewValue,
    int OldImportId,
    int NewImportId);
