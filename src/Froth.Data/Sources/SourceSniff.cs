namespace Froth.Data.Sources;

/// <summary>What layout detection may look at: the file name and the first lines, decoded, BOM removed.</summary>
/// <param name="FileName">Last path segment of the document's location.</param>
/// <param name="FirstLines">Up to the first five lines of the document as text.</param>
public sealed record SourceSniff(string FileName, IReadOnlyList<string> FirstLines);
