namespace Froth.Data.Sources.Online;

/// <summary>
/// What the margin fetchers take as a symbol: their market (<c>SH</c>, <c>SSE</c>; <c>SZ</c>, <c>SZSE</c>; <c>CN</c>)
/// or any of the market's margin series (<c>SH:MARGIN_BALANCE</c>, <c>SH:LENDING_BALANCE</c>…). Each answer holds all
/// of the market's margin series, so every form resolves to <c>&lt;MARKET&gt;:MARGIN_BALANCE</c>.
/// </summary>
internal static class MarginSymbols
{
    /// <summary>The canonical request symbol, or a <see cref="FetchException"/> naming what the source serves.</summary>
    public static string Resolve(string fetcher, string text, string market, params string[] aliases)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim().ToUpperInvariant();
        var colon = t.IndexOf(':', StringComparison.Ordinal);
        var subject = colon < 0 ? t : t[..colon];
        var metric = colon < 0 ? null : t[(colon + 1)..];
        if ((subject == market || aliases.Contains(subject, StringComparer.Ordinal)) && (metric is null || ScalarMetrics.MarginMetricCodes.Contains(metric, StringComparer.Ordinal)))
        {
            return $"{market}:MARGIN_BALANCE";
        }

        throw new FetchException(
            FetchFailure.Unsupported,
            fetcher,
            null,
            $"{fetcher} serves the margin-trading totals of one market, {market} ({string.Join(", ", aliases.Prepend(market))}, or a series such as {market}:MARGIN_BALANCE); got '{text}'.");
    }

    /// <summary>The market of a request symbol <c>&lt;MARKET&gt;:…</c>, checked.</summary>
    public static string CodeOf(string fetcher, string symbol, string market)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        return symbol.StartsWith($"{market}:", StringComparison.Ordinal)
            ? market
            : throw new FetchException(FetchFailure.Unsupported, fetcher, symbol, $"{fetcher} has no code for {symbol}: it serves the margin-trading totals of {market} ({market}:MARGIN_BALANCE and the other {market} margin series).");
    }

    /// <summary>True when every series held is one of the market's.</summary>
    public static bool Holds(string market, IReadOnlyList<string> held) => held.All(s => s.StartsWith($"{market}:", StringComparison.Ordinal));
}
