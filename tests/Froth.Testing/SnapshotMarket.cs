using System.Collections.Concurrent;
using Froth.Data.MarketData;
using Froth.Data.Sources;

namespace Froth.Testing;

/// <summary>
/// The snapshot files the China AI report reads, imported once per test run through the importers (quality rules
/// applied) into an <see cref="InMemoryMarketData"/>: the Hong Kong and A-share stocks, the Chinese indices, the
/// Nasdaq-100 files, the valuation and the macro series.
/// </summary>
public static class SnapshotMarket
{
    private static readonly string[] Folders = ["prices/hk", "prices/cn_stocks", "prices/cn_index", "valuation", "macro"];

    private static readonly Lazy<InMemoryMarketData> Market = new(() =>
    {
        var files = Folders.SelectMany(f => Directory.GetFiles(SampleData.Path(f), "*.csv"))
            .Concat(Directory.GetFiles(SampleData.Path("prices/us"), "NDX*.csv"))
            .Order(StringComparer.Ordinal).ToList();
        var batches = new ConcurrentBag<(int Order, ImportBatch Batch)>();
        Parallel.For(0, files.Count, i => batches.Add((i, SourceReader.ReadFile(files[i]))));
        var ordered = batches.OrderBy(b => b.Order).Select(b => b.Batch).ToList();
        return new InMemoryMarketData(ordered.SelectMany(b => b.Bars), ordered.SelectMany(b => b.Scalars));
    });

    /// <summary>The market.</summary>
    public static IMarketData Value => Market.Value;
}
