namespace Froth.Data.Baskets;

/// <summary>
/// Baskets that ship with Froth, embedded in this assembly (<c>Baskets/Presets/NAME.json</c>, the basket file
/// format of <see cref="BasketFile"/>): the CLI's <c>froth basket NAME</c> and the reports use them.
/// </summary>
public static class BasketPresets
{
    private const string Prefix = "Froth.Data.Baskets.Presets.";

    /// <summary>Names of the presets, sorted (<c>china-ai</c>).</summary>
    public static IReadOnlyList<string> Names { get; } =
    [
        .. typeof(BasketPresets).Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix, StringComparison.Ordinal) && n.EndsWith(".json", StringComparison.Ordinal))
            .Select(n => n[Prefix.Length..^".json".Length])
            .Order(StringComparer.Ordinal),
    ];

    /// <summary>True when <paramref name="name"/> names a preset (case-insensitive).</summary>
    public static bool Exists(string name) => Names.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Loads a preset; its location in messages is <c>preset:NAME</c>.</summary>
    /// <exception cref="FrothException">No preset has that name; the message lists the presets.</exception>
    public static BasketSource Load(string name)
    {
        var match = Names.FirstOrDefault(n => string.Equals(n, name, StringComparison.OrdinalIgnoreCase))
            ?? throw new FrothException($"No basket preset named '{name}'; expected one of: {string.Join(", ", Names)}.");
        using var stream = typeof(BasketPresets).Assembly.GetManifestResourceStream(Prefix + match + ".json")!;
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return BasketFile.Parse($"preset:{match}", buffer.ToArray(), match);
    }
}
