using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Data.Tests.MarketData;

public sealed class InMemoryMarketDataTests
{
    private static readonly Instrument Ndx = new("^NDX", "Nasdaq-100", InstrumentKind.Index, "US", "USD") { Aliases = ["NDX"] };

    private static DailyBar Bar(int year, int month, int day, double close, double? volume = null) =>
        new(new DateOnly(year, month, day), close, close, close, close, volume);

    private static InMemoryMarketData TwoSources() => new(
    [
        new BarSeries(Ndx, "NDX_yahoo", PriceAdjustment.None, [Bar(2026, 2, 26, 25034.37, 9e9), Bar(2026, 2, 27, 24960.04, 9.5e9)]),
        new BarSeries(Ndx, "NDX_noVolume", PriceAdjustment.None, [Bar(2026, 2, 27, 24960.04), Bar(2026, 7, 13, 29396.67)]),
    ]);

    [Fact]
    public void Should_resolve_an_alias_ignoring_case()
    {
        TwoSources().Resolve("ndx").Symbol.ShouldBe("^NDX");
    }

    [Fact]
    public void Should_suggest_close_symbols_for_an_unknown_one()
    {
        var e = Should.Throw<UnknownSymbolException>(() => TwoSources().Resolve("NDQ"));
        e.Suggestions.ShouldContain("NDX");
        e.Message.ShouldContain("did you mean");
    }

    [Fact]
    public void Should_prefer_the_source_that_reaches_the_latest_date()
    {
        var data = TwoSources();
        data.Sources("^NDX").Select(s => s.Source).ShouldBe(["NDX_noVolume", "NDX_yahoo"]);
        data.Bars("^NDX")[^1].Close.ShouldBe(29396.67);
    }

    [Fact]
    public void Should_return_a_named_source_within_the_range()
    {
        var bars = TwoSources().Bars("^NDX", from: new DateOnly(2026, 2, 27), source: "NDX_yahoo");
        bars.Count.ShouldBe(1);
        bars[0].Volume.ShouldBe(9.5e9);
    }
}
