namespace Froth.Data.MarketData;

/// <summary>Finds the known names closest to a mistyped symbol.</summary>
public static class SymbolSuggestions
{
    /// <summary>
    /// The up to <paramref name="max"/> names closest to <paramref name="wanted"/>: names that contain it or
    /// that it contains first, then by Levenshtein distance (case-insensitive), at most a third of the
    /// longer length away.
    /// </summary>
    public static IReadOnlyList<string> Closest(string wanted, IEnumerable<string> known, int max = 3)
    {
        var w = wanted.ToUpperInvariant();
        return [.. known
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(k => (Name: k, Score: Score(w, k.ToUpperInvariant())))
            .Where(x => x.Score is not null)
            .OrderBy(x => x.Score)
            .ThenBy(x => x.Name, StringComparer.Ordinal)
            .Take(max)
            .Select(x => x.Name)];
    }

    private static int? Score(string wanted, string candidate)
    {
        if (wanted.Length >= 2 && (candidate.Contains(wanted, StringComparison.Ordinal) || wanted.Contains(candidate, StringComparison.Ordinal)))
        {
            return 0;
        }

        var d = Levenshtein(wanted, candidate);
        return d * 3 <= Math.Max(wanted.Length, candidate.Length) ? d : null;
    }

    private static int Levenshtein(string a, string b)
    {
        var prev = new int[b.Length + 1];
        var cur = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            prev[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            cur[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                cur[j] = Math.Min(Math.Min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }

            (prev, cur) = (cur, prev);
        }

        return prev[b.Length];
    }
}
