namespace Froth.Data.Sources.Files;

/// <summary>What a scan of the paths given to <c>froth import</c> found.</summary>
/// <param name="Files">Files to read, in order: the paths as given, folders expanded in ordinal order of their relative paths.</param>
/// <param name="Skipped">Files found in folders that are not read, with the reason.</param>
public sealed record SourceFileScan(IReadOnlyList<SourceFile> Files, IReadOnlyList<SkippedFile> Skipped);
