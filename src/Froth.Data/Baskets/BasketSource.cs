using Froth.Baskets;
using Froth.Data.Sources;

namespace Froth.Data.Baskets;

/// <summary>
/// A basket definition as read from a basket file or a preset, with where each of its values was written, so
/// that later checks (an unknown symbol) can name the file, line and field too.
/// </summary>
/// <param name="Definition">The definition, symbols as written (aliases not yet resolved).</param>
/// <param name="Location">The file path, or <c>preset:NAME</c>.</param>
/// <param name="Lines">1-based line of each value by JSON path (<c>constituents[3].symbol</c>).</param>
public sealed record BasketSource(BasketDefinition Definition, string Location, IReadOnlyDictionary<string, int> Lines)
{
    /// <summary>The path of constituent <paramref name="index"/>'s symbol (<c>constituents[3].symbol</c>, or <c>constituents[3]</c> when written as a bare string).</summary>
    public string SymbolPath(int index) =>
        Lines.ContainsKey($"constituents[{index}].symbol") ? $"constituents[{index}].symbol" : $"constituents[{index}]";

    /// <summary>An error about the value at <paramref name="path"/>: file, line, field, value and what was expected.</summary>
    public DataFormatException Error(string path, string? value, string expected) =>
        new(Location, Lines.TryGetValue(path, out var line) ? line : null, path, value, expected);
}
