using System.Text.Json;
using Froth.Baskets;
using Froth.Data.Sources;

namespace Froth.Data.Baskets;

/// <summary>
/// Reads and validates basket files (JSON). Every problem is a <see cref="DataFormatException"/> naming the
/// file, the line, the field (as a JSON path) and the value, and saying what was expected.
/// </summary>
/// <remarks>
/// <para>Format (comments and trailing commas allowed; field names are case-sensitive):</para>
/// <code>
/// {
///   "name": "my-basket",                 // optional; default: the file name
///   "description": "…",                  // optional
///   "weighting": "equal",                // equal | price | cap | fixed; default equal
///   "rebalancing": "quarterly",          // daily | monthly | quarterly | none; default quarterly
///   "reportingCurrency": "local",        // local (no conversion) or an ISO code such as USD; default local
///   "inception": "2019-12-31",           // optional: the index is 100 at the close of the last session on or before it;
///                                        // default: the first session of any constituent
///   "benchmarks": ["HSTECH", "NDX"],     // optional symbols or aliases
///   "constituents": [                    // at least one
///     "0700.HK",                         // a symbol or alias…
///     { "symbol": "9988.HK", "shares": 19100000000, "weight": 2 }  // …or an object
///   ]
/// }
/// </code>
/// <para>Cap weighting needs <c>shares</c> for every constituent, fixed weighting a <c>weight</c> for every
/// one, and a <c>weight</c> is only allowed with fixed weighting. Unknown fields are errors (a misspelt
/// <c>"weigthing"</c> must not silently fall back to the default).</para>
/// </remarks>
public static class BasketFile
{
    /// <summary>Default rebalancing when a file names none.</summary>
    public const BasketRebalancing DefaultRebalancing = BasketRebalancing.Quarterly;

    private static readonly JsonReaderOptions ReaderOptions = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 };

    private static readonly string[] TopFields = ["name", "description", "weighting", "rebalancing", "reportingCurrency", "inception", "benchmarks", "constituents"];

    private static readonly string[] ConstituentFields = ["symbol", "shares", "weight"];

    /// <summary>The largest basket file read: 16 MB (16,777,216 bytes).</summary>
    public const long MaxBytes = 16L << 20;

    /// <summary>Reads a basket file from disk.</summary>
    /// <exception cref="DataFormatException">The file cannot be read, is not JSON, or is not a valid basket.</exception>
    public static BasketSource Read(string path)
    {
        var full = Path.GetFullPath(path);
        // A basket file may come from anyone: read it as a source file is read (a regular file, at most 16 MB, not
        // changing while it is read).
        byte[] bytes;
        try
        {
            bytes = Sources.Files.SourceFileReader.Read(full, MaxBytes);
        }
        catch (DataFormatException e) when (e.Expected.StartsWith("a readable file", StringComparison.Ordinal))
        {
            throw new DataFormatException(full, null, null, null, "a readable basket file" + e.Expected["a readable file".Length..]);
        }

        return Parse(full, bytes, Path.GetFileNameWithoutExtension(full));
    }

    /// <summary>Parses a basket document already in memory.</summary>
    /// <param name="location">File path or <c>preset:NAME</c>, for messages.</param>
    /// <param name="json">The UTF-8 bytes (a byte order mark is allowed).</param>
    /// <param name="defaultName">Name when the document has none.</param>
    /// <exception cref="DataFormatException">Not JSON, or not a valid basket.</exception>
    public static BasketSource Parse(string location, ReadOnlySpan<byte> json, string defaultName)
    {
        if (json.StartsWith("\uFEFF"u8))
        {
            json = json[3..];
        }

        if (json.Trim(" \t\r\n"u8).IsEmpty)
        {
            throw new DataFormatException(location, null, null, null, "a basket: a JSON object with a 'constituents' list (the file is empty)");
        }

        JsonDocument document;
        Dictionary<string, int> lines;
        try
        {
            document = JsonDocument.Parse(json.ToArray(), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true, MaxDepth = 16 });
            lines = JsonLineMap.Build(json, ReaderOptions);
        }
        catch (JsonException e)
        {
            var reason = e.Message;
            var cut = reason.IndexOf(" LineNumber:", StringComparison.Ordinal);
            reason = cut > 0 ? reason[..cut].TrimEnd('.', ' ') : reason;
            throw new DataFormatException(location, (int)(e.LineNumber ?? 0) + 1, null, null, $"valid JSON ({reason})");
        }

        using (document)
        {
            return new Reader(location, lines).Basket(document.RootElement, defaultName);
        }
    }

    private sealed class Reader(string location, Dictionary<string, int> lines)
    {
        public BasketSource Basket(JsonElement root, string defaultName)
        {
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw Error(string.Empty, Text(root), "a JSON object with a 'constituents' list");
            }

            CheckFields(root, string.Empty, TopFields, "the basket");
            var name = OptionalString(root, "name") ?? defaultName;
            var description = OptionalString(root, "description") ?? string.Empty;
            var weighting = Choice(root, "weighting", BasketWeighting.Equal);
            var rebalancing = Choice(root, "rebalancing", DefaultRebalancing);
            var currency = OptionalString(root, "reportingCurrency") ?? "local";
            if (!string.Equals(currency, "local", StringComparison.OrdinalIgnoreCase) && !(currency.Length == 3 && currency.All(char.IsAsciiLetterUpper)))
            {
                throw Error("reportingCurrency", currency, "'local' or an upper-case ISO currency code such as USD");
            }

            DateOnly? inception = null;
            if (OptionalString(root, "inception") is { } text)
            {
                if (!DateOnly.TryParseExact(text, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date))
                {
                    throw Error("inception", text, "a date written yyyy-MM-dd, such as 2019-12-31");
                }

                inception = date;
            }

            var benchmarks = new List<string>();
            if (root.TryGetProperty("benchmarks", out var b))
            {
                if (b.ValueKind != JsonValueKind.Array)
                {
                    throw Error("benchmarks", Text(b), "a list of symbols such as [\"HSTECH\", \"NDX\"]");
                }

                var i = 0;
                foreach (var item in b.EnumerateArray())
                {
                    benchmarks.Add(Symbol(item, $"benchmarks[{i++}]"));
                }
            }

            if (!root.TryGetProperty("constituents", out var list))
            {
                throw Error(string.Empty, null, "a 'constituents' list naming at least one symbol");
            }

            if (list.ValueKind != JsonValueKind.Array)
            {
                throw Error("constituents", Text(list), "a list of symbols or {\"symbol\": …} objects");
            }

            if (list.GetArrayLength() == 0)
            {
                throw Error("constituents", "[]", "at least one constituent (the basket is empty)");
            }

            var constituents = new List<BasketConstituent>();
            var seen = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
            var index = 0;
            foreach (var item in list.EnumerateArray())
            {
                var path = $"constituents[{index}]";
                var c = Constituent(item, path);
                var symbolPath = item.ValueKind == JsonValueKind.Object ? $"{path}.symbol" : path;
                if (seen.TryGetValue(c.Symbol, out var first))
                {
                    throw Error(symbolPath, c.Symbol, $"each constituent once (also constituents[{first}])");
                }

                seen[c.Symbol] = index;
                if (weighting == BasketWeighting.Cap && c.Shares is null)
                {
                    throw Error(path, c.Symbol, "shares for every constituent of a cap-weighted basket (add \"shares\": N)");
                }

                if (weighting == BasketWeighting.Fixed && c.Weight is null)
                {
                    throw Error(path, c.Symbol, "a weight for every constituent of a fixed-weight basket (add \"weight\": W)");
                }

                if (weighting != BasketWeighting.Fixed && c.Weight is not null)
                {
                    throw Error($"{path}.weight", Text(item.GetProperty("weight")), $"no weight with \"weighting\": \"{Lower(weighting)}\" (set \"weighting\": \"fixed\" to use weights)");
                }

                constituents.Add(c);
                index++;
            }

            var definition = new BasketDefinition(
                name,
                description,
                constituents,
                weighting,
                rebalancing,
                string.Equals(currency, "local", StringComparison.OrdinalIgnoreCase) ? null : currency,
                benchmarks)
            {
                Inception = inception,
            };
            return new BasketSource(definition, location, lines);
        }

        private BasketConstituent Constituent(JsonElement item, string path)
        {
            if (item.ValueKind == JsonValueKind.String)
            {
                return new BasketConstituent(Symbol(item, path));
            }

            if (item.ValueKind != JsonValueKind.Object)
            {
                throw Error(path, Text(item), "a symbol such as \"0700.HK\" or an object {\"symbol\": …, \"shares\": …}");
            }

            CheckFields(item, path, ConstituentFields, "a constituent");
            if (!item.TryGetProperty("symbol", out var symbol))
            {
                throw Error(path, Text(item), "a \"symbol\" field");
            }

            return new BasketConstituent(Symbol(symbol, $"{path}.symbol"), Positive(item, "shares", path, "a positive number of shares"), Positive(item, "weight", path, "a positive weight"));
        }

        private string Symbol(JsonElement value, string path)
        {
            var s = value.ValueKind == JsonValueKind.String ? value.GetString()!.Trim() : null;
            return string.IsNullOrEmpty(s) || s.Any(char.IsWhiteSpace)
                ? throw Error(path, Text(value), "a symbol or alias such as \"0700.HK\" or \"HSTECH\"")
                : s;
        }

        private double? Positive(JsonElement obj, string field, string path, string expected)
        {
            if (!obj.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.Number && v.TryGetDouble(out var d) && d > 0 && double.IsFinite(d)
                ? d
                : throw Error($"{path}.{field}", Text(v), expected);
        }

        private T Choice<T>(JsonElement obj, string field, T fallback)
            where T : struct, Enum
        {
            var text = OptionalString(obj, field);
            if (text is null)
            {
                return fallback;
            }

            var match = Enum.GetValues<T>().Where(v => string.Equals(v.ToString(), text, StringComparison.OrdinalIgnoreCase)).ToList();
            return match.Count == 1
                ? match[0]
                : throw Error(field, text, $"one of {string.Join(", ", Enum.GetValues<T>().Select(Lower))}");
        }

        private string? OptionalString(JsonElement obj, string field)
        {
            if (!obj.TryGetProperty(field, out var v) || v.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            return v.ValueKind == JsonValueKind.String ? v.GetString() : throw Error(field, Text(v), "a string");
        }

        private void CheckFields(JsonElement obj, string path, string[] known, string what)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var p in obj.EnumerateObject())
            {
                var at = path.Length == 0 ? p.Name : $"{path}.{p.Name}";
                if (!known.Contains(p.Name, StringComparer.Ordinal))
                {
                    throw Error(at, p.Name, $"a field of {what}: {string.Join(", ", known)}");
                }

                if (!seen.Add(p.Name))
                {
                    throw Error(at, p.Name, $"each field once in {what}");
                }
            }
        }

        private DataFormatException Error(string path, string? value, string expected) =>
            new(location, lines.TryGetValue(path, out var line) ? line : null, path.Length == 0 ? null : path, value, expected);

        private static string Lower<T>(T value)
            where T : struct, Enum => value.ToString().ToLowerInvariant();

        private static string Text(JsonElement value) => value.ValueKind switch
        {
            JsonValueKind.String => value.GetString()!,
            JsonValueKind.Number => value.GetRawText(),
            _ => value.GetRawText().ReplaceLineEndings(" "),
        };
    }
}
