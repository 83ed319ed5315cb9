using System.Security.Cryptography;
using Froth.Data.Baskets;
using Froth.Data.MarketData;
using Froth.Data.Sources.Files;
using Froth.Data.Store;

namespace Froth.Cli.Commands.Report;

/// <summary>
/// Whether the store holds the sample snapshot as it is now. Up to date means: the store file exists, every snapshot
/// file the store has recorded still has the content (SHA-256) it had when imported, and every constituent and
/// benchmark of the preset has prices in the store. Files the store never recorded (those no layout reads, such as the
/// quote snapshots of wire-samples/) do not count.
/// </summary>
internal static class SampleStore
{
    /// <summary>Why the store needs the snapshot imported, or <see langword="null"/> when it is up to date.</summary>
    public static string? WhyImport(string storePath, string sample, BasketSource preset)
    {
        if (!File.Exists(storePath))
        {
            return "the store does not exist yet";
        }

        using var store = StoreMarketData.Open(storePath);
        var recorded = store.Documents().ToDictionary(d => d.Location, StringComparer.Ordinal);
        foreach (var file in SourceFiles.Scan([sample]).Files)
        {
            if (recorded.TryGetValue(file.Path, out var doc) && !Same(file.Path, doc))
            {
                return $"{file.Path} changed since it was imported";
            }
        }

        foreach (var extra in Extras(sample))
        {
            if (!recorded.TryGetValue(extra, out var doc))
            {
                return $"{extra} is not imported yet";
            }

            if (!Same(extra, doc))
            {
                return $"{extra} changed since it was imported";
            }
        }

        foreach (var symbol in preset.Definition.Constituents.Select(c => c.Symbol).Concat(preset.Definition.Benchmarks))
        {
            try
            {
                var instrument = store.Resolve(symbol);
                if (store.Sources(instrument.Symbol).Count == 0)
                {
                    return $"the store has no prices for {instrument.Symbol}";
                }
            }
            catch (UnknownSymbolException)
            {
                return $"the store has no {symbol}";
            }
        }

        return null;
    }

    /// <summary>
    /// The files beside the snapshot that the demo imports too: the Nasdaq-100 P/E kept in <c>incoming/</c>, outside
    /// <c>data/</c> (SOURCES.md §13), when it is there. Full paths.
    /// </summary>
    public static IReadOnlyList<string> Extras(string sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var path = Path.GetFullPath(Path.Combine(sample, "..", "incoming", "erp_QQQ_ndx_pe.csv"));
        return File.Exists(path) ? [path] : [];
    }

    private static bool Same(string path, StoredDocument doc)
    {
        // The content, not FileInfo.Length: for a symbolic link that is the length of the link itself.
        using var stream = File.OpenRead(path);
        return stream.Length == doc.Length && Convert.ToHexStringLower(SHA256.HashData(stream)) == doc.ContentHash;
    }
}
