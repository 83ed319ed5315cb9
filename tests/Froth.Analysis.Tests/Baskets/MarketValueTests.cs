using Froth.Analysis.Baskets;
using Froth.Baskets;
using Froth.Data.Baskets;
using Froth.Testing;

namespace Froth.Analysis.Tests.Baskets;

/// <summary>The china-ai basket's share counts and market value from the snapshot's market caps, through the analysis layer.</summary>
public sealed class MarketValueTests
{
    private const double HandRounding = 5e-4;

    private static readonly Lazy<BasketInputs> Inputs = new(() => BasketInputs.Load(SnapshotMarket.Value, BasketPresets.Load("china-ai")));

    [Fact]
    public void Should_load_a_market_cap_for_every_constituent_but_the_one_the_table_lacks()
    {
        // 29 Hong Kong names (day files) and 33 of the 34 A shares: 688347.SS has no column in total_mv_quarterly_wide.csv.
        Inputs.Value.MarketCaps.Count.ShouldBe(62);
        Inputs.Value.MarketCaps.ShouldNotContain(m => m.Instrument.Symbol == "688347.SS:MARKET_CAP");
    }

    [Fact]
    public void Should_derive_the_counts_from_the_prices_the_basket_uses()
    {
        // Tencent 2026-06-23: 37,780.52 亿 ÷ 414.80 = 9.1081e9 (ShareCountsTests); Cambricon 2024-12-31: 274,686,543,474 ÷ qfq 440.604 = 623.43 m.
        var tencent = Inputs.Value.ShareCounts(Inputs.Value.Constituents.Single(c => c.Instrument.Symbol == "0700.HK"))!;
        var cambricon = Inputs.Value.ShareCounts(Inputs.Value.Constituents.Single(c => c.Instrument.Symbol == "688256.SS"))!;

        tencent.At(new DateOnly(2026, 6, 23)).Shares.ShouldBe(9.1081e9, 9.1081e9 * HandRounding);
        cambricon.At(new DateOnly(2024, 12, 31)).Shares.ShouldBe(623.43e6, 623.43e6 * HandRounding);
    }

    [Fact]
    public void Should_fall_back_to_local_currencies_when_the_yuan_rate_stops_before_the_as_of_date()
    {
        // CNY=X (USDCNY_yahoo_2001-2026-02.csv) ends on 2026-02-09, five months before 2026-07-10.
        var asOf = AsOfPolicy.Choose(Inputs.Value, new DateOnly(2026, 7, 10));

        var year = BasketQueries.MarketValueYear(SnapshotMarket.Value, BasketPresets.Load("china-ai"), asOf)!.Period;

        year.ReportingCurrency.ShouldBeNull();
        year.MarketValue.Select(t => t.Currency).ShouldBe(["CNY", "HKD"]);
        year.Coverage.ShouldBe(new MarketValueCoverage(62, 63));
    }
}
