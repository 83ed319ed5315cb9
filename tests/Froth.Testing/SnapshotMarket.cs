using System.Collections.Concurrent;
using Froth.Data.MarketData;
using Froth.Data.Sources;

namespace Froth.Testing;

/// <summary>
/// The snapshot files the China AI report reads, imported once per test run through the importers (quality rules
/// applied) into an <see cref="InMemoryMarketData"/>: the Hong Kong and A-share stocks, the Chinese indices, the
/// Nasdaq-100 files, the FX rates, the valuation and the macro series, the margin balance, the A-share quarter-end and
/// Hong Kong daily market caps, and the Nasdaq-100 P/E of <c>incoming/</c>. The in-memory market keeps no quality
/// issues, so the report built on it does not show the Nasdaq-100 P/E's series break (the store-backed CLI does).
/// </summary>
public static class SnapshotMarket
{
    private static readonly string[] Folders = ["prices/hk", "prices/cn_stocks", "prices/cn_index", "prices/fx", "valuation", "macro", "margin", "market_cap/a_quarterly"];

    private static readonly Lazy<InMemoryMarketData> Market = new(() =>
    {
        var files = Folders.SelectMany(f => Directory.GetFiles(SampleData.Path(f), "*.csv"))
            .Concat(Directory.GetFiles(SampleData.Path("prices/us"), "NDX*.csv"))
            .Concat(Directory.GetFiles(SampleData.Path("market_cap/hk_daily"), "2*.json"))
            .Append(SampleData.Incoming("erp_QQQ_ndx_pe.csv"))
            .Order(StringComparer.Ordinal).ToList();
        var batches = new ConcurrentBag<(int Order, ImportBatch Batch)>();
        Parallel.For(0, files.Count, i => batches.Add((i, SourceReader.ReadFile(files[i]))));
        var ordered = batches.OrderBy(b => b.Order).Select(b => b.Batch).ToList();
        // The Hong Kong day files give one batch per day of the same series (source hk_daily): merge their points by
        // date, later files winning, as the store's import does (InMemoryMarketData would keep the last day only).
        var scalars = ordered.SelectMany(b => b.Scalars)
            .GroupBy(x => (x.Instrument.Symbol, x.Source))
            .Select(g => g.Count() == 1 ? g.First() : g.Last() with
            {
                Points = [.. g.SelectMany(x => x.Points).GroupBy(p => p.Date).Select(d => d.Last()).OrderBy(p => p.Date)],
            });
        return new InMemoryMarketData(ordered.SelectMany(b => b.Bars), scalars);
    });

    /// <summary>The market.</summary>
    public static IMarketData Value => Market.Value;
}
