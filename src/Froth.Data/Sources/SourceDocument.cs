namespace Froth.Data.Sources;

/// <summary>
/// Where a batch of rows came from: the provenance every stored row points back to.
/// </summary>
/// <param name="Location">Absolute path of the file, or the URL of the response.</param>
/// <param name="Layout">Name of the layout that read it (<see cref="ISourceLayout.Name"/>).</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of the raw bytes.</param>
/// <param name="Length">Size of the raw bytes.</param>
public sealed record SourceDocument(string Location, string Layout, string ContentHash, long Length);
