using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>Steps every price layout shares: decoding checks, the header, finding columns by name.</summary>
internal static class PriceLayoutSupport
{
    /// <summary>Yahoo's column names, exactly as it writes them.</summary>
    public static readonly string[] YahooColumns = ["Date", "Open", "High", "Low", "Close", "Adj Close", "Volume", "Dividends", "Stock Splits", "Capital Gains"];

    /// <summary>The document's bytes after checking that they are UTF-8 text with something in them.</summary>
    /// <exception cref="DataFormatException">The document is empty or not UTF-8.</exception>
    public static ReadOnlySpan<byte> Open(SourceInput input)
    {
        var content = input.Content.Span;
        Utf8Text.Validate(input.Location, content);
        if (CsvFields.IsBlank(Utf8Text.WithoutBom(content).Trim("\r\n"u8)))
        {
            throw new DataFormatException(input.Location, null, null, null, "a header line naming the columns (the file is empty)");
        }

        return content;
    }

    /// <summary>Reads the first non-blank line as a header: trimmed, unquoted names.</summary>
    public static string[] ReadHeader(ref CsvLineReader reader, string location)
    {
        while (reader.TryReadLine(out var line))
        {
            if (!CsvFields.IsBlank(line))
            {
                return CsvFields.SplitToStrings(line);
            }
        }

        throw new DataFormatException(location, null, null, null, "a header line naming the columns (the file is empty)");
    }

    /// <summary>
    /// Refuses a header that names two columns alike (case-insensitive, quotes and blanks ignored; empty names may
    /// repeat): <c>Close,Close</c> would otherwise read the first and ignore the second without a word.
    /// </summary>
    /// <exception cref="DataFormatException">Two columns have the same name; the message names both positions.</exception>
    public static void RefuseDuplicateNames(string location, int line, IReadOnlyList<string> header)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < header.Count; i++)
        {
            var name = header[i].Trim().Trim('"').Trim();
            if (name.Length == 0)
            {
                continue;
            }

            if (!first.TryAdd(name, i))
            {
                throw new DataFormatException(location, line, name, header[i], $"column names that differ; columns {first[name] + 1} and {i + 1} are both named '{name}', and which one holds the data cannot be told");
            }
        }
    }

    /// <summary>Index of the column with one of <paramref name="names"/> (case-insensitive), or -1.</summary>
    public static int Find(IReadOnlyList<string> header, params string[] names)
    {
        for (var i = 0; i < header.Count; i++)
        {
            foreach (var name in names)
            {
                if (string.Equals(header[i], name, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    /// <summary>Index of a required column; a <see cref="DataFormatException"/> listing the header when it is missing.</summary>
    public static int Require(string location, int line, IReadOnlyList<string> header, params string[] names)
    {
        var i = Find(header, names);
        if (i >= 0)
        {
            return i;
        }

        throw new DataFormatException(
            location,
            line,
            names[0],
            string.Join(",", header),
            $"a column named '{names[0]}'; the header has {string.Join(", ", header.Select(h => $"'{h}'"))}");
    }

    /// <summary>The names of a sniffed header line: split at commas, trimmed, quotes removed.</summary>
    public static string[] SniffNames(IReadOnlyList<string> lines, int index = 0) =>
        lines.Count <= index ? [] : [.. lines[index].Split(',').Select(s => s.Trim().Trim('"').Trim())];

    /// <summary>True when every name is one of <paramref name="allowed"/> (exact case) and every required name is there.</summary>
    public static bool HasExactly(IReadOnlyList<string> names, IReadOnlyCollection<string> allowed, params string[] required) =>
        names.Count > 0
        && names.All(n => allowed.Contains(n, StringComparer.Ordinal))
        && required.All(r => names.Contains(r, StringComparer.Ordinal));

    /// <summary>True for indices and currency pairs, whose prices are never adjusted and whose volume 0 means none.</summary>
    public static bool IsIndexLike(Instrument instrument) => instrument.Kind is InstrumentKind.Index or InstrumentKind.Fx;

    /// <summary>
    /// The adjustment of a Yahoo-derived file's open/high/low/close series (see <c>docs/layouts-prices.md</c>):
    /// indices and FX are never adjusted; with an Adj Close column, Close is Yahoo's traded close (split-adjusted
    /// only) and the adjusted prices go to a <c>-adj</c> series; without one, yfinance's default
    /// <c>auto_adjust</c> has adjusted the prices, when <paramref name="autoAdjustedWithoutAdjClose"/>.
    /// </summary>
    public static PriceAdjustment YahooAdjustment(Instrument instrument, bool hasAdjClose, bool autoAdjustedWithoutAdjClose) =>
        IsIndexLike(instrument) || hasAdjClose ? PriceAdjustment.None
        : autoAdjustedWithoutAdjClose ? PriceAdjustment.SplitAndDividend
        : PriceAdjustment.Unknown;
}
