namespace Froth.Data.Sources;

/// <summary>What layout detection may look at: the file name and the first lines, decoded, BOM removed.</summary>
/// <param name="FileName">Last path segment of the document's location.</param>
/// <param name="FirstLines">Up to the first five lines of the document as text, line ends removed.</param>
public sealed record SourceSniff(string FileName, IReadOnlyList<string> FirstLines)
{
    /// <summary>
    /// True when the first line ends with CR LF rather than a bare LF. Stooq serves CR LF and Yahoo LF, and
    /// their <c>Date,Open,High,Low,Close,Volume</c> headers are otherwise the same.
    /// </summary>
    public bool CrLf { get; init; }
}
