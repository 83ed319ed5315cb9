namespace Froth.Analysis.Subjects;

/// <summary>How a basket's name is written for people.</summary>
public static class BasketNames
{
    /// <summary>A basket's name for text: its words capitalised, words of one or two letters in capitals ("china-ai" → "China AI").</summary>
    public static string Display(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return string.Join(' ', name.Split(['-', '_', ' '], StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Length <= 2 ? w.ToUpperInvariant() : char.ToUpperInvariant(w[0]) + w[1..]));
    }
}
