using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Valuation;

/// <summary>
/// The real snapshot files the valuation commands read, imported once (through <see cref="SourceReader"/>, quality
/// rules applied) into an <see cref="InMemoryMarketData"/> until the DuckDB store lands.
/// </summary>
internal static class SnapshotMarket
{
    private static readonly string[] Files =
    [
        "valuation/hstech_pe_lixinger.csv",
        "valuation/erp_HSTECH.csv",
        "valuation/erp_000688_star50.csv",
        "macro/china_cpi_inflation_annual_pct_worldbank.csv",
        "macro/china_gdp_deflator_inflation_annual_pct_worldbank.csv",
        "macro/china_gdp_current_usd_worldbank.csv",
        "macro/gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED.csv",
        "prices/cn_index/hstech_sina_2020-2026.csv",
        "prices/cn_index/hstech_investing_2015-2024.csv",
        "prices/cn_index/sh000688_star50_2019-2026.csv",
        "prices/cn_index/sh000001_sina_1990-2026.csv",
        "prices/us/NDX_yahoo_1985-2026-07_noVolume.csv",
    ];

    private static readonly Lazy<InMemoryMarketData> Market = new(() =>
    {
        var batches = Files.Select(f => SourceReader.ReadFile(SampleData.Path(f))).ToList();
        return new InMemoryMarketData(batches.SelectMany(b => b.Bars), batches.SelectMany(b => b.Scalars));
    });

    /// <summary>The factory <see cref="CliRun.RunAsync"/> takes.</summary>
    public static Func<string, IMarketData> Factory => _ => Market.Value;
}
