namespace Froth.Data.Sources;

/// <summary>The layouts Froth can read, and layout detection.</summary>
public static class SourceLayouts
{
    /// <summary>Every known layout, in detection order: the first whose <see cref="ISourceLayout.Matches"/> is true wins.</summary>
    public static IReadOnlyList<ISourceLayout> All { get; } =
    [
    ];

    /// <summary>Finds a layout by its <see cref="ISourceLayout.Name"/>, ignoring case.</summary>
    /// <exception cref="FrothException">No layout has that name; the message lists the names there are.</exception>
    public static ISourceLayout Named(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FrothException(
            $"Unknown layout '{name}'; expected one of: {string.Join(", ", All.Select(l => l.Name))}.");

    /// <summary>The first layout that matches, or <see langword="null"/> when none does.</summary>
    public static ISourceLayout? Detect(SourceSniff sniff) => All.FirstOrDefault(l => l.Matches(sniff));
}
