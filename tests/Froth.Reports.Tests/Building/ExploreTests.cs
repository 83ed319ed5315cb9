using Froth.Data.Baskets;
using Froth.Reports.Building;

namespace Froth.Reports.Tests.Building;

public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var market = SnapshotMarket.Value;
        output.WriteLine($"load {sw.ElapsedMilliseconds} ms");
        var inputs = MarketInputs.Load(market, BasketPresets.Load("china-ai"));
        foreach (var b in inputs.Benchmarks)
        {
            output.WriteLine($"{b.Instrument.Symbol} {b.Source.Source} {b.Bars[0].Date}..{b.Bars[^1].Date}");
        }

        output.WriteLine(string.Join("; ", inputs.Missing));
        var choice = AsOfChoice.Choose(inputs, null);
        output.WriteLine($"{choice.Date} {choice.BenchmarksWithClose} {choice.ConstituentsWithClose}/{choice.ConstituentsListed} lagging {string.Join(",", choice.Lagging.Select(l => l.Instrument.Symbol))} latest {choice.LatestData}");
        foreach (var i in market.Instruments().Where(i => i.Kind is Froth.Series.InstrumentKind.Valuation or Froth.Series.InstrumentKind.Macro))
        {
            output.WriteLine($"{i.Symbol} {i.Name} {i.Unit} {string.Join(",", market.Sources(i.Symbol).Select(s => $"{s.Source} {s.First}..{s.Last}"))}");
        }
    }
}
