namespace Froth.Data.Sources.Files;

/// <summary>A file that was found but not imported, and why.</summary>
/// <param name="Path">Absolute path.</param>
/// <param name="Reason">Why it was not imported, as a phrase ("no data extension (.md)").</param>
public sealed record SkippedFile(string Path, string Reason);
