namespace Froth.Data.Sources;

/// <summary>The raw bytes of a source document and where they came from.</summary>
/// <param name="Location">Absolute file path or URL; used in provenance and error messages.</param>
/// <param name="Content">The raw bytes, undecoded.</param>
public sealed record SourceInput(string Location, ReadOnlyMemory<byte> Content)
{
    /// <summary>The last path segment of <see cref="Location"/> ("0700.HK.csv").</summary>
    public string FileName => System.IO.Path.GetFileName(Location.Split('?')[0].TrimEnd('/'));
}
