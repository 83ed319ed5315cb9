using Froth.Data.MarketData;
using Froth.Data.Store;
using Froth.Data.Tests.Store;
using Froth.Series;
using static Froth.Data.Tests.Store.TestBatches;

namespace Froth.Data.Tests.MarketData;

public sealed class FxSpliceTests
{
    private static readonly Instrument Hkd = new("HKD=X", "US dollar in Hong Kong dollars (USD/HKD)", InstrumentKind.Fx, "FX", "HKD") { Aliases = ["USDHKD"] };

    /// <summary>A long Yahoo history that stopped in December, and a short current FRED series from January (dates as in the snapshot, values made up).</summary>
    private static BarSeries Yahoo => new(Hkd, "yahoo", PriceAdjustment.None, [Close("2023-12-28", 7.81), Close("2023-12-29", 7.809), Close("2024-01-02", 7.812), Close("2024-12-06", 7.7816)]);

    private static BarSeries Fred => new(Hkd, "fred", PriceAdjustment.None, [Close("2024-01-02", 7.815), Close("2024-12-06", 7.781), Close("2026-08-17", 7.8465)]);

    private static DailyBar Close(string date, double rate) => new(D(date), rate, rate, rate, rate, null);

    [Fact]
    public void Should_take_the_preferred_source_and_the_others_only_before_its_first_date()
    {
        var data = new InMemoryMarketData([Yahoo, Fred]);

        data.Sources("HKD=X").Select(s => s.Source).ShouldBe(["fred", "yahoo"]);
        data.Bars("HKD=X").ShouldBe([Close("2023-12-28", 7.81), Close("2023-12-29", 7.809), Close("2024-01-02", 7.815), Close("2024-12-06", 7.781), Close("2026-08-17", 7.8465)]);
    }

    [Fact]
    public void Should_keep_a_named_source_unspliced_and_respect_the_range()
    {
        var data = new InMemoryMarketData([Yahoo, Fred]);

        data.Bars("HKD=X", source: "yahoo").Count.ShouldBe(4);
        data.Bars("HKD=X", from: D("2023-12-29"), to: D("2024-01-02")).Select(b => b.Close).ShouldBe([7.809, 7.815]);
        data.Bars("HKD=X", to: D("2023-12-31")).Select(b => b.Date).ShouldBe([D("2023-12-28"), D("2023-12-29")]);
    }

    [Fact]
    public void Should_never_splice_a_stock_or_an_index()
    {
        // The fresher source is preferred; the older one's earlier date is not added to an index's bars.
        var older = new BarSeries(Ndx, "older", PriceAdjustment.None, [Bar("2024-07-09", 20453.02), Bar("2024-07-10", 20675.38)]);
        var fresher = new BarSeries(Ndx, "fresher", PriceAdjustment.None, [Bar("2024-07-10", 20675.38), Bar("2024-07-11", 20211.36)]);

        new InMemoryMarketData([older, fresher]).Bars("^NDX").Select(b => b.Date).ShouldBe([D("2024-07-10"), D("2024-07-11")]);
    }

    public sealed class In_the_store : StoreTestBase
    {
        [Fact]
        public void Should_splice_the_same_way()
        {
            using (var store = NewStore())
            {
                store.Import([
                    new Froth.Data.Sources.ImportBatch(Document("/data/fx/HKDX_yahoo.csv", "y"), [Yahoo], [], []),
                    new Froth.Data.Sources.ImportBatch(Document("/data/fx/DEXHKUS_fred.csv", "f"), [Fred], [], []),
                ]);
            }

            using var data = StoreMarketData.Open(StorePath);
            data.Bars("HKD=X").ShouldBe(new InMemoryMarketData([Yahoo, Fred]).Bars("HKD=X"));
            data.Bars("HKD=X", source: "fred").Count.ShouldBe(3);
        }
    }
}
