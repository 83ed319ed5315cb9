using System.Reflection;
using System.Text.Json;
using Froth.Claims.Text;
using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Claims.Subjects;

/// <summary>
/// The names a subject can go by in an article: every stored instrument's symbol, name (with and without a
/// trailing "Index", "Holdings", "Group"…) and aliases, plus the descriptive references kept as data beside them
/// (<c>references.json</c>: "Hong Kong's tech index" → HSTECH.HK). Matched on words, longest first.
/// </summary>
public sealed class SubjectIndex
{
    private static readonly string[] Suffixes = ["index", "holdings", "group", "technologies", "technology", "inc", "ltd", "co", "limited", "corp", "corporation"];
    private static readonly Lazy<IReadOnlyList<(string Phrase, string[] Symbols)>> References = new(LoadReferences);

    private readonly Dictionary<string, List<(string[] Words, HashSet<string> Symbols)>> _byFirst = new(StringComparer.Ordinal);

    /// <summary>The index over <paramref name="market"/>'s instruments and the references (those naming a stored series).</summary>
    public SubjectIndex(IMarketData market)
    {
        ArgumentNullException.ThrowIfNull(market);
        var stored = new Dictionary<string, Instrument>(StringComparer.OrdinalIgnoreCase);
        foreach (var i in market.Instruments())
        {
            if (i.Kind == InstrumentKind.Valuation)
            {
                continue;
            }

            stored[i.Symbol] = i;
            if (!i.HasBars)
            {
                continue;
            }

            foreach (var name in i.Aliases.Append(i.Symbol))
            {
                if (name.Any(char.IsLetter) && !IsExchangeCode(name))
                {
                    Add(name, i.Symbol);
                }
            }

            Add(i.Name, i.Symbol);
            var words = Words(i.Name);
            if (words.Length > 1 && Suffixes.Contains(words[^1]))
            {
                Add(string.Join(' ', words[..^1]), i.Symbol);
            }

            var paren = i.Name.IndexOf('(', StringComparison.Ordinal);
            if (paren > 0)
            {
                Add(i.Name[..paren], i.Symbol);
            }
        }

        foreach (var (phrase, symbols) in References.Value)
        {
            foreach (var s in symbols)
            {
                Add(phrase, s);
            }
        }

        Stored = stored;
    }

    /// <summary>The stored instruments by symbol (valuation series left out).</summary>
    public IReadOnlyDictionary<string, Instrument> Stored { get; }

    /// <summary>The longest name starting at token <paramref name="i"/> (before <paramref name="end"/>), or <see langword="null"/>.</summary>
    public SubjectMatch? At(IReadOnlyList<Token> tokens, int i, int end)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var start = i;
        if (tokens[i].Lower == "the")
        {
            start = i + 1;
            if (start >= end)
            {
                return null;
            }
        }

        SubjectMatch? best = null;
        foreach (var s in start == i ? [i] : new[] { i, start })
        {
            if (!_byFirst.TryGetValue(Key(tokens[s]), out var candidates))
            {
                continue;
            }

            foreach (var (words, symbols) in candidates)
            {
                if (s + words.Length > end)
                {
                    continue;
                }

                var ok = true;
                for (var k = 0; k < words.Length && ok; k++)
                {
                    ok = Key(tokens[s + k]) == words[k];
                }

                var length = s - i + words.Length;
                if (ok && (best is null || length > best.Length))
                {
                    var text = string.Join(' ', Enumerable.Range(i, length).Select(k => tokens[k].Text));
                    best = new SubjectMatch(i, length, [.. symbols.Order(StringComparer.Ordinal)], text);
                }
            }
        }

        return best;
    }

    private static string Key(Token token) => token.Kind == TokenKind.Possessive ? "'s" : token.Lower;

    private void Add(string phrase, string symbol)
    {
        var words = Words(phrase);
        if (words.Length == 0)
        {
            return;
        }

        if (!_byFirst.TryGetValue(words[0], out var list))
        {
            _byFirst[words[0]] = list = [];
        }

        var same = list.FirstOrDefault(e => e.Words.SequenceEqual(words));
        if (same.Words is null)
        {
            list.Add((words, new HashSet<string>(StringComparer.Ordinal) { symbol }));
        }
        else
        {
            same.Symbols.Add(symbol);
        }
    }

    /// <summary>The words of a phrase as the tokenizer gives them, in lower case ("Hong Kong's" → hong, kong, 's).</summary>
    internal static string[] Words(string phrase) =>
        [.. Tokenizer.Tokenize(phrase).Where(t => t.Kind != TokenKind.Punctuation).Select(Key)];

    private static bool IsExchangeCode(string name) =>
        name.Length >= 7 && (name.StartsWith("sh", StringComparison.OrdinalIgnoreCase) || name.StartsWith("sz", StringComparison.OrdinalIgnoreCase)
            || name.StartsWith("hk", StringComparison.OrdinalIgnoreCase) || name.StartsWith("bj", StringComparison.OrdinalIgnoreCase))
        && name[2..].All(char.IsAsciiDigit);

    private static IReadOnlyList<(string, string[])> LoadReferences()
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("Froth.Claims.references.json")
            ?? throw new InvalidOperationException("The claim checker's references.json resource is missing from the assembly.");
        using var doc = JsonDocument.Parse(stream);
        return [.. doc.RootElement.GetProperty("references").EnumerateArray()
            .Select(e => (e.GetProperty("phrase").GetString()!, e.GetProperty("symbols").EnumerateArray().Select(s => s.GetString()!).ToArray()))];
    }
}
