using Froth.Data.Sources;
using Froth.Data.Sources.Files;

namespace Froth.Data.Store;

/// <summary>What <see cref="ImportPipeline.Read"/> read: a batch per document, and the files it did not read.</summary>
/// <param name="Batches">One batch per document read, in the order of the files.</param>
/// <param name="Skipped">Files found in folders and not read, with the reason, ordered by path.</param>
public sealed record ImportInput(IReadOnlyList<ImportBatch> Batches, IReadOnlyList<SkippedFile> Skipped);
