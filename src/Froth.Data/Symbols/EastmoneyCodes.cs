using System.Globalization;

namespace Froth.Data.Symbols;

/// <summary>
/// Eastmoney's instrument codes (<c>secid</c> = market number, a dot, the code: <c>1.688256</c>, <c>116.00700</c>,
/// <c>124.HSTECH</c>) and the canonical symbols they stand for, in both directions. The Eastmoney fetcher asks
/// for a secid and the kline layout names what a response holds with the same table, so the two always agree.
/// </summary>
/// <remarks>
/// <para>Markets: <c>1</c> Shanghai (<c>.SS</c>); <c>0</c> Shenzhen (<c>.SZ</c>) and Beijing (<c>.BJ</c>, codes
/// 4…, 8…, 92…); <c>116</c> Hong Kong stocks, five-digit code (<c>00700</c> ⇄ <c>0700.HK</c>); <c>105</c>,
/// <c>106</c>, <c>107</c> US stocks on Nasdaq, NYSE and NYSE American (read only: a canonical US symbol does not
/// say its exchange, so no secid is built for it); <c>100</c> global indices and <c>124</c> Hong Kong indices, by
/// the table below.</para>
/// <para>Index codes are Eastmoney's own and are <b>not</b> Yahoo's: Eastmoney's quote pages name
/// <c>100.NDX</c> "纳斯达克" (the Nasdaq Composite, <c>^IXIC</c>) and <c>100.NDX100</c> "纳斯达克100" (the
/// Nasdaq-100, <c>^NDX</c>). An index code not in the table reads as <c>^CODE</c> (the Yahoo form of most
/// other global indices, e.g. <c>100.N225</c> → <c>^N225</c>) and gets no secid.</para>
/// </remarks>
public static class EastmoneyCodes
{
    /// <summary>Eastmoney index secids and the canonical symbols they stand for.</summary>
    private static readonly (string SecId, string Symbol)[] Indices =
    [
        ("100.NDX100", "^NDX"),
        ("100.NDX", "^IXIC"),
        ("100.SPX", "^GSPC"),
        ("100.DJIA", "^DJI"),
        ("100.HSI", "^HSI"),
        ("124.HSTECH", "HSTECH.HK"),
    ];

    /// <summary>
    /// The secid of a canonical symbol (<c>688256.SS</c> → <c>1.688256</c>, <c>0700.HK</c> → <c>116.00700</c>,
    /// <c>^NDX</c> → <c>100.NDX100</c>); <see langword="null"/> when Eastmoney's kline cannot be asked for it
    /// (US stocks, currencies, uncatalogued indices, valuation and macro series).
    /// </summary>
    public static string? ToSecId(string symbol)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(symbol);
        var s = symbol.Trim();
        foreach (var (secId, indexSymbol) in Indices)
        {
            if (string.Equals(indexSymbol, s, StringComparison.OrdinalIgnoreCase))
            {
                return secId;
            }
        }

        var dot = s.LastIndexOf('.');
        if (dot <= 0)
        {
            return null;
        }

        var code = s[..dot];
        if (!code.All(char.IsAsciiDigit))
        {
            return null;
        }

        return s[(dot + 1)..].ToUpperInvariant() switch
        {
            "SS" when code.Length == 6 => $"1.{code}",
            "SZ" or "BJ" when code.Length == 6 => $"0.{code}",
            "HK" when code.Length is >= 4 and <= 5 => $"116.{code.PadLeft(5, '0')}",
            _ => null,
        };
    }

    /// <summary>
    /// The canonical symbol of an Eastmoney market number and code, by the rules in the remarks;
    /// <see langword="null"/> for a market Froth cannot map.
    /// </summary>
    public static string? ToSymbol(long market, string code)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        var c = code.Trim();
        return market switch
        {
            1 => $"{c}.SS",
            0 when c.StartsWith("92", StringComparison.Ordinal) || c.StartsWith('4') || c.StartsWith('8') => $"{c}.BJ",
            0 => $"{c}.SZ",
            116 => SymbolCatalog.FromExchangeCode($"hk{c}"),
            105 or 106 or 107 => c.ToUpperInvariant(),
            100 or 124 => IndexSymbol($"{market.ToString(CultureInfo.InvariantCulture)}.{c}") ?? $"^{c.ToUpperInvariant()}",
            _ => null,
        };
    }

    private static string? IndexSymbol(string secId)
    {
        foreach (var (id, symbol) in Indices)
        {
            if (string.Equals(id, secId, StringComparison.OrdinalIgnoreCase))
            {
                return symbol;
            }
        }

        return null;
    }
}
