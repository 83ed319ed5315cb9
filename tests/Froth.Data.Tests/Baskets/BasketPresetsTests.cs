using Froth.Baskets;
using Froth.Data.Baskets;
using Froth.Data.Symbols;
using Froth.Testing;

namespace Froth.Data.Tests.Baskets;

public sealed class BasketPresetsTests
{
    [Fact]
    public void Should_list_china_ai()
    {
        BasketPresets.Names.ShouldContain("china-ai");
        BasketPresets.Exists("CHINA-AI").ShouldBeTrue();
    }

    [Fact]
    public void Should_hold_every_hong_kong_file_and_every_a_share_stock_file_of_the_snapshot_and_nothing_else()
    {
        // The files: 29 in prices/hk (named by Yahoo symbol) and the A-share stocks of prices/cn_stocks
        // (named by exchange code), leaving out the two index files sh000300 and sh000682.
        var hk = Directory.GetFiles(SampleData.Path("prices/hk"), "*.csv").Select(Path.GetFileNameWithoutExtension);
        var cn = Directory.GetFiles(SampleData.Path("prices/cn_stocks"), "*.csv")
            .Select(f => Path.GetFileNameWithoutExtension(f)!)
            .Where(n => !n.StartsWith("sh000", StringComparison.Ordinal))
            .Select(SymbolCatalog.FromExchangeCode);
        var expected = hk.Concat(cn).Order(StringComparer.Ordinal).ToList();
        expected.Count.ShouldBe(29 + 34);

        var preset = BasketPresets.Load("china-ai").Definition;

        preset.Constituents.Select(c => c.Symbol).Order(StringComparer.Ordinal).ShouldBe(expected!);
        preset.Weighting.ShouldBe(BasketWeighting.Equal);
        preset.ReportingCurrency.ShouldBeNull(); // no HKD series in the snapshot: local currencies
        preset.Constituents.ShouldAllBe(c => c.Shares == null);
    }

    [Fact]
    public void Should_benchmark_against_the_hang_seng_tech_star_50_chinext_and_nasdaq_100()
    {
        var preset = BasketPresets.Load("china-ai").Definition;
        preset.Benchmarks.Select(b => SymbolCatalog.Find(b)!.Symbol).ShouldBe(["HSTECH.HK", "000688.SS", "399006.SZ", "^NDX"]);
    }

    [Fact]
    public void Should_refuse_an_unknown_preset_and_list_the_presets()
    {
        var e = Should.Throw<FrothException>(() => BasketPresets.Load("china-ev"));
        e.Message.ShouldContain("No basket preset named 'china-ev'; expected one of: china-ai");
    }
}
