using System.Collections.Frozen;

namespace Froth.Claims.Grammar;

/// <summary>
/// The words the claim grammar knows: movement verbs and nouns with their direction, hedges, multipliers, ordinals,
/// period units, months, weekdays and the words that mark a forecast. Lower case; looked up per token.
/// </summary>
public static class Lexicon
{
    private static readonly string[] MonthNames =
        ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"];

    private static readonly string[] OrdinalWords =
        ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

    private static readonly string[] CardinalWords =
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

    private static readonly FrozenSet<string> Ordinals = Set(OrdinalWords);

    /// <summary>Words that say a series moved up.</summary>
    public static FrozenSet<string> UpWords { get; } = Set(
        "rose", "rise", "rises", "risen", "rising", "climbed", "climb", "climbs", "gained", "gain", "gains", "added", "adds", "add",
        "jumped", "jump", "jumps", "surged", "surge", "surges", "soared", "soar", "rallied", "rally", "advanced", "advance", "advances",
        "increased", "increase", "increases", "grew", "grow", "grows", "up", "higher", "rebounded", "climbing", "gaining", "spiked", "firmed");

    /// <summary>Words that say a series moved down.</summary>
    public static FrozenSet<string> DownWords { get; } = Set(
        "fell", "fall", "falls", "fallen", "falling", "lost", "lose", "loses", "losing", "slid", "slide", "slides", "slipped", "slip", "slips",
        "dropped", "drop", "drops", "declined", "decline", "declines", "sank", "sink", "tumbled", "tumble", "plunged", "plunge", "shed",
        "shrank", "shrink", "shrunk", "eased", "down", "lower", "retreated", "slumped", "slump", "contracted", "decreased", "decrease", "loss", "losses");

    /// <summary>Movement words that are nouns ("a gain of 4%", "a 35% increase"): a figure may stand before or after them.</summary>
    public static FrozenSet<string> MoveNouns { get; } = Set("gain", "gains", "increase", "rise", "advance", "decline", "loss", "drop", "fall", "jump", "surge", "rally", "slide");

    /// <summary>Words skipped between a movement word and its figure ("rose just 0.2%", "surged by over 200%").</summary>
    public static FrozenSet<string> Fillers { get; } = Set("just", "only", "by", "still", "some", "a", "an", "of", "another", "further", "as", "much", "managed", "to");

    /// <summary>Words that mark a statement about the future: a figure after them is a forecast.</summary>
    public static FrozenSet<string> ForecastWords { get; } = Set(
        "expect", "expects", "expected", "expecting", "forecast", "forecasts", "predict", "predicts", "predicted", "projected", "project", "projects",
        "will", "estimate", "estimates", "outlook", "anticipate", "anticipates", "target", "targets", "seen", "should");

    /// <summary>Words that make the preceding "up/down" or "rose/fell" a small move ("slightly up", "edged down").</summary>
    public static FrozenSet<string> SlightWords { get; } = Set("slightly", "marginally", "a little");

    /// <summary>Words that turn the next noun phrase into the subject of the last index ("the index", "the gauge").</summary>
    public static FrozenSet<string> IndexNouns { get; } = Set("index", "gauge", "benchmark", "barometer", "measure");

    /// <summary>Pronouns that refer to the nearest subject before them.</summary>
    public static FrozenSet<string> Pronouns { get; } = Set("it", "its", "whose", "which", "they", "their", "the stock", "the company", "the shares", "its shares");

    /// <summary>Verbs of comparison: the subject beat (or trailed) the object over a period.</summary>
    public static FrozenDictionary<string, int> CompareVerbs { get; } = new Dictionary<string, int>
    {
        ["beaten"] = 1, ["beat"] = 1, ["beats"] = 1, ["outperformed"] = 1, ["outperform"] = 1, ["outpaced"] = 1, ["outpace"] = 1, ["outstripped"] = 1,
        ["trailed"] = -1, ["trail"] = -1, ["underperformed"] = -1, ["lagged"] = -1,
    }.ToFrozenDictionary();

    /// <summary>Ratio verbs: "doubled" is a price ratio of 2.</summary>
    public static FrozenDictionary<string, double> Multipliers { get; } = new Dictionary<string, double>
    {
        ["doubled"] = 2, ["double"] = 2, ["tripled"] = 3, ["trebled"] = 3, ["quadrupled"] = 4, ["quintupled"] = 5, ["sextupled"] = 6, ["tenfold"] = 10,
    }.ToFrozenDictionary();

    /// <summary>Ordinals and cardinals up to twenty by their value ("sixth" 6, "five" 5).</summary>
    public static FrozenDictionary<string, int> Counts { get; } = BuildCounts();

    /// <summary>True for an ordinal word ("first", "6th").</summary>
    public static bool IsOrdinal(string lower) => Ordinals.Contains(lower) || (lower.Length > 2 && char.IsAsciiDigit(lower[0]) && lower[^2..] is "st" or "nd" or "rd" or "th");

    /// <summary>The month a name or abbreviation gives (1–12), or <see langword="null"/>.</summary>
    public static int? Month(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var w = word.ToLowerInvariant().TrimEnd('.');
        if (w.Length < 3)
        {
            return null;
        }

        for (var m = 0; m < MonthNames.Length; m++)
        {
            if (MonthNames[m] == w || (w.Length >= 3 && MonthNames[m].StartsWith(w, StringComparison.Ordinal) && (w.Length == 3 || w == "sept")))
            {
                return m + 1;
            }
        }

        return w == "sept" ? 9 : null;
    }

    /// <summary>The weekday a name gives, or <see langword="null"/>.</summary>
    public static DayOfWeek? Weekday(string lower) => lower switch
    {
        "monday" => DayOfWeek.Monday,
        "tuesday" => DayOfWeek.Tuesday,
        "wednesday" => DayOfWeek.Wednesday,
        "thursday" => DayOfWeek.Thursday,
        "friday" => DayOfWeek.Friday,
        "saturday" => DayOfWeek.Saturday,
        "sunday" => DayOfWeek.Sunday,
        _ => null,
    };

    /// <summary>The direction a word gives: +1 up, −1 down, 0 none.</summary>
    public static int Direction(string lower) => UpWords.Contains(lower) ? 1 : DownWords.Contains(lower) ? -1 : 0;

    /// <summary>The count an ordinal, a cardinal, or a number-prefixed word gives ("sixth", "five", "5-month" → 5), or <see langword="null"/>.</summary>
    public static int? Count(string lower)
    {
        ArgumentNullException.ThrowIfNull(lower);
        var head = lower.Split('-')[0];
        if (Counts.TryGetValue(head, out var n))
        {
            return n;
        }

        var digits = new string([.. head.TakeWhile(char.IsAsciiDigit)]);
        return digits.Length is > 0 and < 4 && int.TryParse(digits, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : null;
    }

    private static FrozenDictionary<string, int> BuildCounts()
    {
        var d = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < OrdinalWords.Length; i++)
        {
            d[OrdinalWords[i]] = i + 1;
            d[CardinalWords[i]] = i + 1;
        }

        return d.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> Set(params string[] words) => words.ToFrozenSet(StringComparer.Ordinal);
}
