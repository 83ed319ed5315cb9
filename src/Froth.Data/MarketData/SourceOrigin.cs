namespace Froth.Data.MarketData;

/// <summary>The document a stored series' rows came from: the provenance of every figure read from it.</summary>
/// <param name="ImportId">The store's import number (0 for a document read directly, not stored).</param>
/// <param name="Location">The file's absolute path or the response's URL.</param>
/// <param name="Layout">The layout it was read with.</param>
/// <param name="ContentHash">Lower-case hex SHA-256 of its bytes.</param>
public sealed record SourceOrigin(int ImportId, string Location, string Layout, string ContentHash);
