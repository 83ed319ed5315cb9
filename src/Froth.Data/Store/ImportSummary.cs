namespace Froth.Data.Store;

/// <summary>The outcome of one import transaction: one entry per document, and the value revisions it made.</summary>
/// <param name="Documents">Per document, in the order they were given.</param>
/// <param name="RevisionCount">Number of field values changed (one per changed field of a bar or point).</param>
/// <param name="Revisions">
/// The first <see cref="MaxRevisionsListed"/> revisions, ordered by symbol, source, date and field; the store's
/// <c>revisions</c> table holds them all.
/// </param>
public sealed record ImportSummary(IReadOnlyList<DocumentImport> Documents, int RevisionCount, IReadOnlyList<ValueRevision> Revisions)
{
    /// <summary>At most this many revisions are listed in <see cref="Revisions"/>.</summary>
    public const int MaxRevisionsListed = 20;

    /// <summary>True when the import changed nothing: no new or updated row and no new import record.</summary>
    public bool Unchanged => Documents.All(d => d.ImportId is null);
}
