using Froth.Data.Store;

namespace Froth.Analysis.Storage;

/// <summary>What an import or a fetch did to the store, per document, with the files not read and the values revised.</summary>
/// <param name="Store">The store's path.</param>
/// <param name="Documents">Per document (file or fetched response): what the store did with its rows.</param>
/// <param name="Totals">Sums over the documents.</param>
/// <param name="SkippedFiles">Files that were not read, each with its reason.</param>
/// <param name="RevisionCount">Stored values that changed.</param>
/// <param name="Revisions">The first of them, listed.</param>
public sealed record ImportOutcome(
    string Store,
    IReadOnlyList<ImportedDocument> Documents,
    ImportTotals Totals,
    IReadOnlyList<UnreadFile> SkippedFiles,
    int RevisionCount,
    IReadOnlyList<ValueRevision> Revisions)
{
    /// <summary>True when the store already held all of this data: no row new or updated, no document recorded.</summary>
    public bool NothingChanged => Totals.RowsNew + Totals.RowsUpdated == 0 && Documents.All(d => d.ImportId is null);

    /// <summary>The outcome of <paramref name="summary"/>, for the documents read as <paramref name="input"/>.</summary>
    public static ImportOutcome From(string store, ImportInput input, ImportSummary summary)
    {
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(summary);
        var documents = summary.Documents.Select(d => new ImportedDocument(
            d.Location, d.Layout, d.ImportId, d.Instruments, d.RowsRead, d.RowsNew, d.RowsUpdated, d.RowsUnchanged, d.RowsSkipped, d.SkipReasons, d.Issues)).ToList();
        var totals = new ImportTotals(
            documents.Count,
            documents.SelectMany(d => d.Instruments).Distinct(StringComparer.Ordinal).Count(),
            documents.Sum(d => d.RowsRead),
            documents.Sum(d => d.RowsNew),
            documents.Sum(d => d.RowsUpdated),
            documents.Sum(d => d.RowsUnchanged),
            documents.Sum(d => d.RowsSkipped),
            input.Skipped.Count);
        return new ImportOutcome(
            store,
            documents,
            totals,
            [.. input.Skipped.Select(s => new UnreadFile(s.Path, s.Reason))],
            summary.RevisionCount,
            summary.Revisions);
    }
}

/// <summary>One document: what the store did with its rows.</summary>
/// <param name="File">The file's path, or the URL of a fetched response.</param>
/// <param name="Layout">The layout that read it.</param>
/// <param name="ImportId">The import recorded for it; <see langword="null"/> when the store already held the same content.</param>
/// <param name="Instruments">The instruments it holds.</param>
/// <param name="RowsRead">Rows read.</param>
/// <param name="RowsNew">Rows the store did not hold.</param>
/// <param name="RowsUpdated">Rows whose values changed.</param>
/// <param name="RowsUnchanged">Rows the store already held.</param>
/// <param name="RowsSkipped">Rows the quality rules dropped.</param>
/// <param name="SkipReasons">Why, by rule.</param>
/// <param name="Issues">Data issues stored with the import.</param>
public sealed record ImportedDocument(
    string File,
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

/// <summary>Sums over the documents of an import.</summary>
public sealed record ImportTotals(int Documents, int Instruments, int RowsRead, int RowsNew, int RowsUpdated, int RowsUnchanged, int RowsSkipped, int FilesSkipped);

/// <summary>A file that was not read, and why.</summary>
public sealed record UnreadFile(string File, string Reason);
