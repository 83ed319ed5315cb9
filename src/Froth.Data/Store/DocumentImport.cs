namespace Froth.Data.Store;

/// <summary>What importing one source document did to the store.</summary>
/// <param name="Location">The document's path or URL.</param>
/// <param name="Layout">The layout that read it.</param>
/// <param name="ImportId">
/// The import record created for it, or <see langword="null"/> when nothing was recorded: the same content had
/// been imported before and no stored value changed.
/// </param>
/// <param name="Instruments">Canonical symbols of the instruments the document holds, ordered.</param>
/// <param name="RowsRead">Bars and points read from the document (after the quality rules).</param>
/// <param name="RowsNew">Rows for dates the store did not have.</param>
/// <param name="RowsUpdated">Rows whose stored values changed (each change is a recorded revision).</param>
/// <param name="RowsUnchanged">Rows the store already held with the same values.</param>
/// <param name="RowsSkipped">Rows the quality rules left out.</param>
/// <param name="SkipReasons">Why rows were left out, by rule.</param>
/// <param name="Issues">Data issues the document raised (all actions).</param>
public sealed record DocumentImport(
    string Location,
    string Layout,
    int? ImportId,
    IReadOnlyList<string> Instruments,
    int RowsRead,
    int RowsNew,
    int RowsUpdated,
    int RowsUnchanged,
    int RowsSkipped,
    IReadOnlyList<SkipReason> SkipReasons,
    int Issues);
