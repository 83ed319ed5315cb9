namespace Froth.Data.Sources.Online;

/// <summary>
/// Eastmoney's daily valuation of one A share, datacenter report <c>RPT_VALUEANALYSIS_DET</c> filtered on
/// <c>SECURITY_CODE</c>, read with the <c>eastmoney-valuation-json</c> layout into <c>&lt;symbol&gt;:MARKET_CAP</c> (CNY)
/// and <c>&lt;symbol&gt;:PE</c>. Symbols: Shanghai, Shenzhen and Beijing stocks (<c>688256.SS</c>, <c>CAMBRICON</c>,
/// <c>sz300308</c>). A range filters on <c>TRADE_DATE</c>.
/// </summary>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class EastmoneyValuationFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : EastmoneyDatacenterFetcher(http, time, options)
{
    /// <inheritdoc />
    public override string Name => "eastmoney-valuation";

    /// <inheritdoc />
    protected override string LayoutName => "eastmoney-valuation-json";

    /// <inheritdoc />
    protected override string Report => "RPT_VALUEANALYSIS_DET";

    /// <inheritdoc />
    protected override string DateColumn => "TRADE_DATE";

    /// <inheritdoc />
    public override string CodeOf(string symbol)
    {
        ArgumentNullException.ThrowIfNull(symbol);
        var dot = symbol.LastIndexOf('.');
        var code = dot == 6 ? symbol[..dot] : "";
        return code.All(char.IsAsciiDigit) && code.Length == 6 && symbol[(dot + 1)..] is "SS" or "SZ" or "BJ"
            ? code
            : throw new FetchException(
                FetchFailure.Unsupported,
                Name,
                symbol,
                $"eastmoney-valuation has no code for {symbol}: it serves the daily valuation of Shanghai, Shenzhen and Beijing stocks (688256.SS, 300308.SZ, CAMBRICON).");
    }

    /// <inheritdoc />
    protected override string Filter(FetchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"(SECURITY_CODE=\"{CodeOf(request.Symbol)}\")";
    }

    /// <inheritdoc />
    protected override bool Holds(string symbol, IReadOnlyList<string> held)
    {
        ArgumentNullException.ThrowIfNull(held);
        return held.All(s => s.StartsWith(symbol + ":", StringComparison.OrdinalIgnoreCase));
    }
}
