using System.Collections.Concurrent;
using Froth.Data.MarketData;
using Froth.Data.Sources;

namespace Froth.Testing;

/// <summary>
/// The snapshot files the five articles of ../shared/articles need (the claim checker's tests), imported once per run through the importers into an in-memory
/// market: like <see cref="SnapshotMarket"/>, plus the US indices (^IXIC, ^GSPC), the Hang Seng Index and the
/// margin totals.
/// </summary>
public static class ArticleMarket
{
    private static readonly string[] Folders = ["prices/hk", "prices/cn_stocks", "prices/cn_index", "prices/us", "prices/hk_index", "valuation", "macro", "margin"];

    private static readonly Lazy<InMemoryMarketData> Market = new(() =>
    {
        var files = Folders.SelectMany(f => Directory.GetFiles(SampleData.Path(f), "*.csv")).Order(StringComparer.Ordinal).ToList();
        var batches = new ConcurrentBag<(int Order, ImportBatch Batch)>();
        Parallel.For(0, files.Count, i => batches.Add((i, SourceReader.ReadFile(files[i]))));
        var ordered = batches.OrderBy(b => b.Order).Select(b => b.Batch).ToList();
        return new InMemoryMarketData(ordered.SelectMany(b => b.Bars), ordered.SelectMany(b => b.Scalars));
    });

    /// <summary>The market.</summary>
    public static IMarketData Value => Market.Value;

    /// <summary>The folder of the articles (<c>../shared/articles</c> beside the snapshot).</summary>
    public static string Articles => Path.GetFullPath(Path.Combine(SampleData.Root, "..", "articles"));
}
