namespace Froth.Data.Sources.Online;

/// <summary>
/// Eastmoney's margin totals of the whole mainland market, datacenter report <c>RPTA_WEB_MARGIN_DAILYTRADE</c> (the
/// source of the snapshot's <c>margin/cn_margin_total_eastmoney_*.csv</c>), read with the <c>eastmoney-margin-json</c>
/// layout into <c>CN:MARGIN_BALANCE</c>, <c>CN:LENDING_BALANCE</c>, <c>CN:MARGIN_PURCHASES</c> and
/// <c>CN:COLLATERAL_RATIO</c>. Symbols: <c>CN</c> or any of those series. A range filters on <c>STATISTICS_DATE</c>;
/// without one the whole history comes in about seven pages.
/// </summary>
/// <param name="http">The client made by <see cref="FetchHttp.CreateClient"/>.</param>
/// <param name="time">The clock ("today").</param>
/// <param name="options">Base URL and cache.</param>
public sealed class EastmoneyMarginFetcher(HttpClient http, TimeProvider time, FetchSourceOptions? options = null) : EastmoneyDatacenterFetcher(http, time, options)
{
    /// <inheritdoc />
    public override string Name => "eastmoney-margin";

    /// <inheritdoc />
    protected override string LayoutName => "eastmoney-margin-json";

    /// <inheritdoc />
    protected override string Report => "RPTA_WEB_MARGIN_DAILYTRADE";

    /// <inheritdoc />
    protected override string DateColumn => "STATISTICS_DATE";

    /// <inheritdoc />
    public override string ResolveSymbol(string text) => MarginSymbols.Resolve(Name, text, "CN", "CHINA", "ALL", "TOTAL");

    /// <inheritdoc />
    public override string CodeOf(string symbol) => MarginSymbols.CodeOf(Name, symbol, "CN");

    /// <inheritdoc />
    protected override string Filter(FetchRequest request) => "";

    /// <inheritdoc />
    protected override bool Holds(string symbol, IReadOnlyList<string> held) => MarginSymbols.Holds("CN", held);
}
