using Froth.Analysis.Lookup;
using Froth.Data.Baskets;

namespace Froth.Analysis.Subjects;

/// <summary>
/// Turns a name into a <see cref="Subject"/>, in this order: a basket file that exists (a path, relative to the
/// workspace's folder), a basket preset (<c>china-ai</c>, ignoring case), then a stored instrument by symbol or
/// alias. The order is the product's convention: a file or preset is named on purpose, and no preset name is a
/// symbol.
/// </summary>
public static class SubjectResolver
{
    /// <summary>Resolves <paramref name="name"/>.</summary>
    /// <exception cref="LookupException">It is neither a basket nor one stored instrument; the message suggests names and mentions the presets.</exception>
    /// <exception cref="Froth.Data.Sources.DataFormatException">A basket file that is not a valid basket.</exception>
    public static Subject Resolve(Workspace workspace, string name)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(name);
        if (TryBasket(workspace, name) is { } basket)
        {
            return new Subject(name, SubjectKind.Basket, null, basket);
        }

        var lookup = SymbolLookup.Find(workspace, name);
        return lookup.IsFound ? new Subject(name, SubjectKind.Instrument, lookup.Instrument, null) : throw new LookupException(lookup);
    }

    /// <summary>The basket <paramref name="name"/> names (an existing file, or a preset), or <see langword="null"/>.</summary>
    /// <exception cref="Froth.Data.Sources.DataFormatException">A basket file that is not a valid basket.</exception>
    public static BasketSource? TryBasket(Workspace workspace, string name)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(name);
        if (name.Trim().Length == 0)
        {
            return null;
        }

        var path = workspace.FullPath(name.Trim());
        if (File.Exists(path))
        {
            return BasketFile.Read(path);
        }

        return BasketPresets.Exists(name.Trim()) ? BasketPresets.Load(name.Trim()) : null;
    }

    /// <summary>The basket <paramref name="name"/> names.</summary>
    /// <exception cref="FrothException">Neither a file nor a preset has that name; the message lists the presets.</exception>
    public static BasketSource RequireBasket(Workspace workspace, string name) =>
        TryBasket(workspace, name) ?? throw new FrothException(
            $"No basket file '{name}' (looked for {workspace.FullPath(name.Trim().Length == 0 ? "." : name.Trim())}) and no preset of that name; presets: {string.Join(", ", BasketPresets.Names)}.");
}
