namespace Froth.Data.Sources;

/// <summary>The raw bytes of a source document and where they came from.</summary>
/// <param name="Location">Absolute file path or URL; used in provenance and error messages.</param>
/// <param name="Content">The raw bytes, undecoded.</param>
public sealed record SourceInput(string Location, ReadOnlyMemory<byte> Content)
{
    /// <summary>The last path segment of <see cref="Location"/> ("0700.HK.csv").</summary>
    public string FileName => System.IO.Path.GetFileName(Location.Split('?')[0].TrimEnd('/'));

    /// <summary>The provenance of a batch read from these bytes: <see cref="Location"/>, the layout, the SHA-256 and length of <see cref="Content"/>.</summary>
    /// <param name="layout">Name of the layout that read it (<see cref="ISourceLayout.Name"/>).</param>
    public SourceDocument Document(string layout) => new(Location, layout, SourceReader.Hash(Content.Span), Content.Length);
}
