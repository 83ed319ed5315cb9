namespace Froth.Data.Store;

/// <summary>The latest recorded import of one document location: what the store last read from that file.</summary>
/// <param name="Location">Absolute file path or URL.</param>
/// <param name="Layout">The layout it was read with.</param>
/// <param name="ContentHash">Lowercase hex SHA-256 of the document's bytes.</param>
/// <param name="Length">Its length in bytes.</param>
public sealed record StoredDocument(string Location, string Layout, string ContentHash, long Length);
