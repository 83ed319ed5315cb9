namespace Froth.Data.Symbols;

/// <summary>
/// Stooq's symbols (<c>^ndx</c>, <c>aapl.us</c>, <c>700.hk</c>, <c>usdcny</c>) and the canonical symbols they
/// stand for, in both directions. The Stooq fetcher asks for a Stooq symbol and the Stooq layout names a
/// downloaded response after the same table.
/// </summary>
/// <remarks>
/// <para>Indices by the table below (Stooq's own codes: <c>^ndq</c> is the Nasdaq Composite, <c>^ndx</c> the
/// Nasdaq-100, <c>^spx</c> the S&amp;P 500, <c>^shc</c> the Shanghai Composite). US stocks and ETFs: the ticker,
/// lower case, with <c>.us</c> (<c>QQQ</c> ⇄ <c>qqq.us</c>). Hong Kong stocks: the number without leading zeros
/// and <c>.hk</c> (<c>0700.HK</c> ⇄ <c>700.hk</c>). Currencies: Yahoo's <c>XXX=X</c> (US dollars in XXX) ⇄
/// <c>usdxxx</c>. Other markets (Shanghai and Shenzhen stocks, other indices) have no mapping.</para>
/// </remarks>
public static class StooqCodes
{
    private static readonly (string Code, string Symbol)[] Indices =
    [
        ("^ndx", "^NDX"),
        ("^ndq", "^IXIC"),
        ("^spx", "^GSPC"),
        ("^dji", "^DJI"),
        ("^hsi", "^HSI"),
        ("^shc", "000001.SS"),
    ];

    /// <summary>The Stooq symbol of a canonical symbol, or <see langword="null"/> when Stooq has none Froth knows.</summary>
    public static string? ToCode(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var s = symbol.Trim();
        foreach (var (code, indexSymbol) in Indices)
        {
            if (string.Equals(indexSymbol, s, StringComparison.OrdinalIgnoreCase))
            {
                return code;
            }
        }

        if (s.StartsWith('^') || s.Contains(':', StringComparison.Ordinal))
        {
            return null;
        }

        if (s.EndsWith("=X", StringComparison.OrdinalIgnoreCase))
        {
            var currency = s[..^2];
            return currency.Length == 3 && currency.All(char.IsAsciiLetter) ? $"usd{currency.ToLowerInvariant()}" : null;
        }

        var dot = s.LastIndexOf('.');
        if (dot < 0)
        {
            return IsTicker(s) ? $"{s.ToLowerInvariant()}.us" : null;
        }

        var number = s[..dot];
        return s[(dot + 1)..].ToUpperInvariant() == "HK" && number.Length > 0 && number.All(char.IsAsciiDigit)
            ? $"{number.TrimStart('0')}.hk"
            : null;
    }

    /// <summary>The canonical symbol of a Stooq symbol, or <see langword="null"/> when it has none of the forms in the remarks.</summary>
    public static string? ToSymbol(string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var c = code.Trim().ToLowerInvariant();
        foreach (var (stooq, symbol) in Indices)
        {
            if (stooq == c)
            {
                return symbol;
            }
        }

        if (c.Length == 6 && c.StartsWith("usd", StringComparison.Ordinal) && c.All(char.IsAsciiLetter))
        {
            return $"{c[3..].ToUpperInvariant()}=X";
        }

        if (c.EndsWith(".us", StringComparison.Ordinal) && IsTicker(c[..^3]))
        {
            return c[..^3].ToUpperInvariant();
        }

        if (c.EndsWith(".hk", StringComparison.Ordinal) && c.Length > 3 && c[..^3].All(char.IsAsciiDigit))
        {
            return SymbolCatalog.FromExchangeCode($"hk{c[..^3].PadLeft(5, '0')}");
        }

        return null;
    }

    private static bool IsTicker(string s) =>
        s.Length is > 0 and <= 10 && char.IsAsciiLetter(s[0]) && s.All(ch => char.IsAsciiLetterOrDigit(ch) || ch == '-');
}
