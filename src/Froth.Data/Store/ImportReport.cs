using Froth.Data.Sources.Files;

namespace Froth.Data.Store;

/// <summary>The outcome of <see cref="ImportPipeline.Run"/>: what the store did with each document read, and the files skipped.</summary>
/// <param name="Summary">Per document read: rows new, updated, unchanged and skipped; the revisions.</param>
/// <param name="Skipped">Files found in folders and not read, with the reason.</param>
public sealed record ImportReport(ImportSummary Summary, IReadOnlyList<SkippedFile> Skipped);
