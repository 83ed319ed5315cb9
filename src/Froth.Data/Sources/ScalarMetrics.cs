using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Data.Sources;

/// <summary>
/// Every valuation and macro instrument the scalar layouts produce, in one place, so that two sources of one
/// series (the lixinger export and the ERP monitor both give the Hang Seng TECH P/E) name the same
/// instrument. Codes, units and names are documented in <c>docs/layouts-scalars.md</c>.
/// </summary>
/// <remarks>
/// Units: <c>ratio</c> (a multiple such as a P/E), <c>percent</c> (5.3 = 5.3 %), <c>fraction</c>
/// (0.053 = 5.3 %), <c>points</c> (an index level), <c>index</c> (a statistical index with a base period, such
/// as a CPI), <c>shares</c> (a number of shares or fund units), or an ISO currency code for amounts, always in
/// plain units (yuan, not 亿 yuan: layouts convert on import).
/// </remarks>
internal static class ScalarMetrics
{
    /// <summary>The unit of index levels.</summary>
    public const string Points = "points";

    /// <summary>Trailing-twelve-month price/earnings ratio of an index (<c>PE</c>, ratio, daily).</summary>
    public static Instrument Pe(Instrument index) =>
        Valuation(index, "PE", "P/E (TTM)", "ratio", Frequency.Daily);

    /// <summary>Where today's P/E ranks in its own history (<c>PE_PERCENTILE</c>, fraction, daily).</summary>
    public static Instrument PePercentile(Instrument index) =>
        Valuation(index, "PE_PERCENTILE", "P/E (TTM) percentile in its history", "fraction", Frequency.Daily);

    /// <summary>The P/E at the given percentile of its history (<c>PE_P80</c>, <c>PE_P50</c>, <c>PE_P20</c>; ratio, daily).</summary>
    public static Instrument PeAtPercentile(Instrument index, int percentile) =>
        Valuation(index, $"PE_P{percentile}", $"P/E (TTM) at the {percentile}th percentile of its history", "ratio", Frequency.Daily);

    /// <summary>Index close printed beside a valuation series (<c>CLOSE</c>, points, daily).</summary>
    public static Instrument Close(Instrument index) =>
        Valuation(index, "CLOSE", "close (as printed with the valuation data)", Points, Frequency.Daily);

    /// <summary>Total market capitalisation of an index's members (<c>MARKET_CAP</c>, currency, daily).</summary>
    public static Instrument MarketCap(Instrument index, string currency) =>
        Valuation(index, "MARKET_CAP", $"market capitalisation ({currency})", currency, Frequency.Daily);

    /// <summary>Equity risk premium, earnings yield minus the 10-year government bond yield (<c>ERP</c>, fraction, daily).</summary>
    public static Instrument Erp(Instrument index) =>
        Valuation(index, "ERP", "equity risk premium (1/PE minus 10-year bond yield)", "fraction", Frequency.Daily);

    /// <summary>10-year government bond yield of a country (<c>BOND_YIELD_10Y</c>, fraction, daily).</summary>
    public static Instrument BondYield10Y(string country) =>
        SymbolCatalog.Metric(country, "BOND_YIELD_10Y", $"{CountryName(country)} 10-year government bond yield", InstrumentKind.Macro, "fraction", Frequency.Daily);

    /// <summary>Annual CPI inflation (<c>CPI_INFLATION</c>, percent, annual).</summary>
    public static Instrument CpiInflation(string country) =>
        SymbolCatalog.Metric(country, "CPI_INFLATION", $"{CountryName(country)} CPI inflation, annual %", InstrumentKind.Macro, "percent", Frequency.Annual);

    /// <summary>Annual GDP-deflator inflation (<c>GDP_DEFLATOR_INFLATION</c>, percent, annual).</summary>
    public static Instrument GdpDeflatorInflation(string country) =>
        SymbolCatalog.Metric(country, "GDP_DEFLATOR_INFLATION", $"{CountryName(country)} GDP deflator inflation, annual %", InstrumentKind.Macro, "percent", Frequency.Annual);

    /// <summary>Nominal GDP in current US dollars (<c>NOMINAL_GDP</c>, USD, annual).</summary>
    public static Instrument NominalGdpUsd(string country) =>
        SymbolCatalog.Metric(country, "NOMINAL_GDP", $"{CountryName(country)} nominal GDP, current US dollars", InstrumentKind.Macro, "USD", Frequency.Annual);

    /// <summary>Real GDP growth from a hand-compiled table nobody has verified (<c>REAL_GDP_GROWTH</c>, percent, annual).</summary>
    public static Instrument RealGdpGrowthUnverified(string country) =>
        SymbolCatalog.Metric(country, "REAL_GDP_GROWTH", $"{CountryName(country)} real GDP growth, annual % (UNVERIFIED hand-compiled table)", InstrumentKind.Macro, "percent", Frequency.Annual);

    /// <summary>A consumer price index level (<c>CPI</c>, index, monthly).</summary>
    public static Instrument Cpi(string country, string baseNote) =>
        SymbolCatalog.Metric(country, "CPI", $"{CountryName(country)} consumer price index ({baseNote})", InstrumentKind.Macro, "index", Frequency.Monthly);

    /// <summary>Shiller's long-term interest rate (<c>LONG_RATE</c>, percent, monthly).</summary>
    public static Instrument LongRate(string country) =>
        SymbolCatalog.Metric(country, "LONG_RATE", $"{CountryName(country)} long-term government bond yield (Shiller: 10-year Treasury)", InstrumentKind.Macro, "percent", Frequency.Monthly);

    /// <summary>
    /// A margin-trading series of a mainland market (<c>CN</c> all exchanges, <c>SH</c>, <c>SZ</c>, <c>BJ</c>), kind
    /// Macro, daily, in plain units: <c>MARGIN_BALANCE</c> (financing balance, 融资余额, CNY),
    /// <c>MARGIN_PURCHASES</c> (financing purchases of the day, 融资买入额, CNY), <c>MARGIN_REPAYMENTS</c>
    /// (financing repaid in the day, 融资偿还额, CNY), <c>LENDING_BALANCE</c> (securities-lending balance, 融券余额,
    /// CNY), <c>MARGIN_LENDING_BALANCE</c> (the two balances together, 融资融券余额, CNY), <c>LENDING_VOLUME</c>
    /// (securities lent out, 融券余量, shares), <c>LENDING_SALES_VOLUME</c> (securities sold short in the day,
    /// 融券卖出量, shares) and <c>COLLATERAL_RATIO</c> (average maintenance collateral ratio, 平均维持担保比例,
    /// percent).
    /// </summary>
    /// <param name="market">Market code: <c>CN</c>, <c>SH</c>, <c>SZ</c> or <c>BJ</c>.</param>
    /// <param name="metric">One of <see cref="MarginMetricCodes"/>.</param>
    /// <exception cref="ArgumentOutOfRangeException">The metric is none of those.</exception>
    public static Instrument Margin(string market, string metric)
    {
        var (what, unit) = metric switch
        {
            "MARGIN_BALANCE" => ("margin-financing balance (CNY)", "CNY"),
            "MARGIN_PURCHASES" => ("margin-financing purchases of the day (CNY)", "CNY"),
            "MARGIN_REPAYMENTS" => ("margin-financing repayments of the day (CNY)", "CNY"),
            "LENDING_BALANCE" => ("securities-lending balance (CNY)", "CNY"),
            "MARGIN_LENDING_BALANCE" => ("margin-financing plus securities-lending balance (CNY)", "CNY"),
            "LENDING_VOLUME" => ("securities lent out (shares)", "shares"),
            "LENDING_SALES_VOLUME" => ("securities sold short in the day (shares)", "shares"),
            "COLLATERAL_RATIO" => ("average maintenance collateral ratio of margin accounts (percent)", "percent"),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, $"Expected one of {string.Join(", ", MarginMetricCodes)}."),
        };
        return Macro(market, metric, $"{MarketName(market)} {what}", unit, Frequency.Daily);
    }

    /// <summary>The metric codes of <see cref="Margin"/>.</summary>
    public static IReadOnlyList<string> MarginMetricCodes { get; } =
        ["MARGIN_BALANCE", "MARGIN_PURCHASES", "MARGIN_REPAYMENTS", "LENDING_BALANCE", "MARGIN_LENDING_BALANCE", "LENDING_VOLUME", "LENDING_SALES_VOLUME", "COLLATERAL_RATIO"];

    /// <summary>English name of a mainland market code of <see cref="Margin"/>.</summary>
    public static string MarketName(string market) => market switch
    {
        "CN" => "China (all mainland exchanges)",
        "SH" => "Shanghai Stock Exchange",
        "SZ" => "Shenzhen Stock Exchange",
        "BJ" => "Beijing Stock Exchange",
        _ => market,
    };

    /// <summary>
    /// Total market capitalisation of one listed stock (<c>0700.HK:MARKET_CAP</c>, <c>688256.SS:MARKET_CAP</c>):
    /// kind Valuation, market the listing's (HK, SH, SZ, BJ), unit the currency of the amount (HKD, CNY), in plain units.
    /// </summary>
    /// <param name="symbol">The stock's canonical symbol.</param>
    /// <param name="name">The stock's name as the source writes it, used when the catalogue does not know the stock.</param>
    /// <param name="currency">ISO currency of the amount.</param>
    /// <param name="frequency">Daily for daily cross-sections, quarterly for quarter-end tables.</param>
    public static Instrument StockMarketCap(string symbol, string? name, string currency, Frequency frequency) =>
        SymbolCatalog.Metric(symbol, "MARKET_CAP", $"{StockName(symbol, name)} market capitalisation ({currency})", InstrumentKind.Valuation, currency, frequency)
        with { Market = SymbolCatalog.Describe(symbol).Market };

    /// <summary>Trailing-twelve-month P/E of one listed stock (<c>0700.HK:PE</c>; ratio, daily; negative for a trailing loss).</summary>
    /// <param name="symbol">The stock's canonical symbol.</param>
    /// <param name="name">The stock's name as the source writes it, used when the catalogue does not know the stock.</param>
    public static Instrument StockPe(string symbol, string? name) =>
        SymbolCatalog.Metric(symbol, "PE", $"{StockName(symbol, name)} P/E (TTM)", InstrumentKind.Valuation, "ratio", Frequency.Daily)
        with { Market = SymbolCatalog.Describe(symbol).Market };

    private static string StockName(string symbol, string? name) =>
        SymbolCatalog.Find(symbol) is { } known && string.Equals(known.Symbol, symbol, StringComparison.Ordinal)
            ? known.Name
            : string.IsNullOrWhiteSpace(name) ? symbol : $"{name.Trim()} ({symbol})";

    /// <summary>A valuation series of an index with an arbitrary code (Shiller's and the PSY sample's columns).</summary>
    public static Instrument Valuation(Instrument index, string code, string what, string unit, Frequency frequency) =>
        SymbolCatalog.Metric(index.Symbol, code, $"{index.Name} {what}", InstrumentKind.Valuation, unit, frequency);

    /// <summary>A macro series of a country or region with an arbitrary code.</summary>
    public static Instrument Macro(string subject, string code, string name, string unit, Frequency frequency) =>
        SymbolCatalog.Metric(subject, code, name, InstrumentKind.Macro, unit, frequency);

    /// <summary>English name of the country codes the snapshot uses; the code itself for others.</summary>
    public static string CountryName(string code) => code.ToUpperInvariant() switch
    {
        "CN" => "China",
        "US" => "United States",
        "JP" => "Japan",
        "HK" => "Hong Kong",
        "DE" => "Germany",
        "GB" => "United Kingdom",
        _ => code,
    };

    /// <summary>
    /// ISO 3166 alpha-2 code of a World Bank (alpha-3) country code: the economies Froth reports on; other
    /// codes (and World Bank aggregates such as <c>WLD</c>) are kept as written.
    /// </summary>
    public static string CountryFromAlpha3(string alpha3) => alpha3.Trim().ToUpperInvariant() switch
    {
        "CHN" => "CN",
        "USA" => "US",
        "JPN" => "JP",
        "HKG" => "HK",
        "DEU" => "DE",
        "GBR" => "GB",
        "FRA" => "FR",
        "KOR" => "KR",
        "TWN" => "TW",
        "IND" => "IN",
        var other => other,
    };
}
