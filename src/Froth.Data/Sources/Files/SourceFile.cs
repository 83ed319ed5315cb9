namespace Froth.Data.Sources.Files;

/// <summary>A file to read as a source document.</summary>
/// <param name="Path">Absolute path.</param>
/// <param name="Explicit">
/// True when the user named the file itself: then a file no layout matches is an error. A file found inside a
/// named folder that no layout matches is skipped and listed instead.
/// </param>
public sealed record SourceFile(string Path, bool Explicit);
