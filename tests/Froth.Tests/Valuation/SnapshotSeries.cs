using Froth.Data.Sources;
using Froth.Series;
using Froth.Testing;

namespace Froth.Tests.Valuation;

/// <summary>
/// Series of the real snapshot, read once through the importers (quality rules applied), for the hand-checked tests.
/// The reference figures they are checked against come from <c>reference/valuation_reference.py</c>, which reads the
/// same CSV files with Python's csv module, and are listed in <c>reference/valuation_reference.txt</c>.
/// </summary>
internal static class SnapshotSeries
{
    private static readonly Lazy<Dictionary<string, ImportBatch>> Batches = new(() => new[]
    {
        "valuation/hstech_pe_lixinger.csv",
        "valuation/erp_HSTECH.csv",
        "valuation/erp_000688_star50.csv",
        "prices/cn_index/hstech_sina_2020-2026.csv",
        "prices/cn_index/sh000688_star50_2019-2026.csv",
        "prices/cn_stocks/sh688256.csv",
        "macro/china_cpi_inflation_annual_pct_worldbank.csv",
        "macro/china_gdp_deflator_inflation_annual_pct_worldbank.csv",
        "macro/china_gdp_current_usd_worldbank.csv",
        "macro/gdp_real_growth_usa_japan_china_2000_2025_UNVERIFIED.csv",
    }.ToDictionary(f => Path.GetFileNameWithoutExtension(f), f => SourceReader.ReadFile(SampleData.Path(f))));

    /// <summary>The Hang Seng TECH P/E as lixinger publishes it (2020-07-27 → 2026-04-20).</summary>
    public static IReadOnlyList<ScalarPoint> HstechPeLixinger => Scalar("hstech_pe_lixinger", "HSTECH.HK:PE");

    /// <summary>The Hang Seng TECH P/E of the ERP monitor (a copy of lixinger's, forward-filled to 2026-07-07).</summary>
    public static IReadOnlyList<ScalarPoint> HstechPeErp => Scalar("erp_HSTECH", "HSTECH.HK:PE");

    /// <summary>The STAR 50 P/E of the ERP monitor (2020-07-06 → 2026-08-21).</summary>
    public static IReadOnlyList<ScalarPoint> Star50Pe => Scalar("erp_000688_star50", "000688.SS:PE");

    /// <summary>Hang Seng TECH closes (Sina, 2020-08-17 → 2026-07-10).</summary>
    public static IReadOnlyList<ScalarPoint> HstechCloses => Closes("hstech_sina_2020-2026");

    /// <summary>STAR 50 closes (Sina, 2019-12-31 → 2026-05-08).</summary>
    public static IReadOnlyList<ScalarPoint> Star50Closes => Closes("sh000688_star50_2019-2026");

    /// <summary>The daily bars of one of the price files (its single series).</summary>
    public static IReadOnlyList<DailyBar> Bars(string file) => Batches.Value[file].Bars.Single().Bars;

    /// <summary>A scalar series of one of the files.</summary>
    public static ScalarSeries Series(string file, string symbol) =>
        Batches.Value[file].Scalars.Single(s => s.Instrument.Symbol == symbol);

    private static IReadOnlyList<ScalarPoint> Scalar(string file, string symbol) => Series(file, symbol).Points;

    private static IReadOnlyList<ScalarPoint> Closes(string file) =>
        [.. Batches.Value[file].Bars.Single().Bars.Select(b => new ScalarPoint(b.Date, b.Close))];
}
