using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Names the instrument a price file holds: from the file's content where it says (a ticker row, a
/// <c>symbol</c> or <c>code</c> column), else from the file name.
/// </summary>
/// <remarks>
/// A name is looked up in the <see cref="SymbolCatalog"/> as a symbol or alias (<c>NDX</c> → <c>^NDX</c>,
/// <c>hstech</c> → <c>HSTECH.HK</c>), then as a Sina/Tencent exchange code (<c>sh688256</c> → <c>688256.SS</c>).
/// From a file name, the stem (the name without <c>.csv</c>) is split at <c>_</c> and the first token that
/// either lookup knows wins (<c>stooq_daily_csv_ndx_excerpt</c> → <c>^NDX</c>); when none does, the first
/// token, upper-cased, is taken as a Yahoo symbol and described by <see cref="SymbolCatalog.Describe"/>.
/// Shanghai codes <c>sh000…</c> and Shenzhen codes <c>sz399…</c> are indices. File names drop the <c>=</c> of
/// Yahoo's currency symbols (SOURCES.md), so a four-letter token that is a catalogued currency pair's code without it
/// names that pair: <c>HKDX_yahoo_…</c> → <c>HKD=X</c>, <c>CNYX</c> → <c>CNY=X</c>.
/// </remarks>
internal static class FileSymbols
{
    /// <summary>The file name without its extension: the <see cref="BarSeries.Source"/> of what it holds.</summary>
    public static string Stem(string fileName) =>
        fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || fileName.EndsWith(".txt", StringComparison.OrdinalIgnoreCase)
            ? fileName[..^4]
            : Path.GetFileNameWithoutExtension(fileName);

    /// <summary>The instrument a symbol, alias or exchange code written in a file names.</summary>
    public static Instrument FromContent(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return Lookup(name.Trim()) ?? SymbolCatalog.Describe(name.Trim().ToUpperInvariant());
    }

    /// <summary>The instrument a file name names, by the rule in the remarks.</summary>
    public static Instrument FromFileName(string fileName)
    {
        var tokens = Stem(fileName).Split('_', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var token in tokens)
        {
            if (Lookup(token) is { } known)
            {
                return known;
            }
        }

        var first = tokens.Length > 0 ? tokens[0] : Stem(fileName);
        if (string.IsNullOrWhiteSpace(first))
        {
            first = fileName;
        }

        return SymbolCatalog.Describe(first.ToUpperInvariant());
    }

    private static Instrument? Lookup(string name)
    {
        if (SymbolCatalog.Find(name) is { } known)
        {
            return known;
        }

        if (name.Length == 4 && (name[3] is 'X' or 'x') && SymbolCatalog.Find($"{name[..3]}=X") is { Kind: InstrumentKind.Fx } pair)
        {
            return pair;
        }

        if (SymbolCatalog.FromExchangeCode(name) is { } symbol)
        {
            var described = SymbolCatalog.Describe(symbol);
            var code = name.ToLowerInvariant();
            var isIndex = code.StartsWith("sh000", StringComparison.Ordinal) || code.StartsWith("sz399", StringComparison.Ordinal);
            return isIndex ? described with { Kind = InstrumentKind.Index } : described;
        }

        return null;
    }
}
