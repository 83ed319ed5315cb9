using Froth.Analysis.Lookup;
using Froth.Analysis.Series;
using Froth.Data.Quality;
using Froth.Data.Sources.Files;
using Froth.Data.Store;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Analysis.Storage;

/// <summary>The use cases that describe the store: what it lists, one series as stored, its data issues, whether it holds a snapshot.</summary>
public static class CatalogQueries
{
    /// <summary>
    /// The instruments in the store with their preferred source's range and size. Unless <paramref name="request"/>
    /// asks for all or filters, single-stock valuation series (<see cref="SymbolCatalog.IsSingleStockSeries"/>) are
    /// counted in <see cref="Listing.Hidden"/> instead of listed.
    /// </summary>
    public static Listing List(Workspace workspace, ListRequest request)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        var data = workspace.Market;
        var stored = data is StoreMarketData store
            ? store.List()
            : [.. data.Instruments().Select(i => new StoredInstrument(i, data.Sources(i.Symbol))).Where(s => s.Sources.Count > 0)];
        var everything = stored.Select(ListedInstrument.From).ToList();
        var filtered = request.Kinds.Count > 0 || request.Markets.Count > 0;
        var items = everything
            .Where(i => request.Kinds.Count == 0 || request.Kinds.Contains(i.Kind))
            .Where(i => request.Markets.Count == 0 || request.Markets.Contains(i.Market, StringComparer.OrdinalIgnoreCase))
            .Where(i => filtered || request.All || !i.SingleStock)
            .ToList();
        IReadOnlyList<ListedInstrument> hidden = filtered || request.All ? [] : [.. everything.Where(i => i.SingleStock)];
        return new Listing(workspace.StorePath, items, hidden);
    }

    /// <summary>One instrument's bars (or points) from one source (default: the preferred) within a date range.</summary>
    /// <exception cref="LookupException">The symbol is not in the store (with suggestions) or ambiguous.</exception>
    /// <exception cref="FrothException">The range is reversed, the store holds no rows for it, or it has no such source.</exception>
    public static StoredSeries Show(Workspace workspace, string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(symbol);
        if (from is { } f && to is { } t && f > t)
        {
            throw new FrothException($"--from {IsoDate.Format(f)} is after --to {IsoDate.Format(t)}; expected a range whose start is not after its end.");
        }

        var data = workspace.Market;
        var instrument = SymbolLookup.Find(data, symbol).Require();
        var sources = data.Sources(instrument.Symbol);
        if (sources.Count == 0)
        {
            throw new FrothException($"The store holds no rows for {instrument.Symbol}; import its data with 'froth import PATH...'.");
        }

        var chosen = SeriesReader.Choose(data, instrument, source)!;
        return instrument.HasBars
            ? new StoredSeries(instrument, chosen, sources, data.Bars(instrument.Symbol, from, to, chosen.Source), null)
            : new StoredSeries(instrument, chosen, sources, null, data.Scalars(instrument.Symbol, from, to, chosen.Source));
    }

    /// <summary>The data issues stored with the latest import of each file (of one instrument when <paramref name="symbol"/> is given), by rule, and where sources disagree.</summary>
    /// <param name="workspace">The store.</param>
    /// <param name="symbol">An instrument (symbol or alias), or <see langword="null"/> for all.</param>
    /// <param name="limit">Issues listed per rule; 0 lists every issue (the counts always cover all).</param>
    public static QualityReview Quality(Workspace workspace, string? symbol, int limit)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentOutOfRangeException.ThrowIfNegative(limit);
        var data = workspace.Market;
        var canonical = symbol is { } s ? SymbolLookup.Find(data, s).Require().Symbol : null;
        var issues = data is StoreMarketData store ? store.Issues(canonical) : [];
        var groups = issues
            .GroupBy(i => i.Issue.Rule, StringComparer.Ordinal)
            .OrderByDescending(g => g.Max(i => i.Issue.Severity))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => new RuleIssues(
                g.Key,
                g.Max(i => i.Issue.Severity),
                [.. g.Select(i => i.Issue.Action).Distinct().Order()],
                g.Count(),
                g.Select(i => i.Issue.Location).Distinct(StringComparer.Ordinal).Count(),
                [.. (limit == 0 ? g : g.Take(limit)).Select(i => IssueItem.From(i.Issue))]))
            .ToList();
        return new QualityReview(issues.Count, groups, SourceComparison.Compare(data, canonical));
    }

    /// <summary>
    /// Why the store needs <paramref name="sample"/> (a snapshot folder) imported for <paramref name="preset"/>, or
    /// <see langword="null"/> when it holds it as it is: the store exists, every snapshot file it recorded still has the
    /// content (SHA-256) it had when imported, and every constituent and benchmark of the preset has rows. Files the store
    /// never recorded (those no layout reads) do not count.
    /// </summary>
    public static string? WhyImport(Workspace workspace, string sample, Froth.Data.Baskets.BasketSource preset)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(preset);
        if (!workspace.StoreExists)
        {
            return "the store does not exist yet";
        }

        var data = workspace.Market;
        if (data is StoreMarketData store)
        {
            var recorded = store.Documents().ToDictionary(d => d.Location, StringComparer.Ordinal);
            foreach (var file in SourceFiles.Scan([sample]).Files)
            {
                if (recorded.TryGetValue(file.Path, out var doc) && !Same(file.Path, doc))
                {
                    return $"{file.Path} changed since it was imported";
                }
            }
        }

        if (data is StoreMarketData recordedStore)
        {
            var recorded = recordedStore.Documents().ToDictionary(d => d.Location, StringComparer.Ordinal);
            foreach (var extra in SampleExtras(sample))
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
        }

        foreach (var symbol in preset.Definition.Constituents.Select(c => c.Symbol).Concat(preset.Definition.Benchmarks))
        {
            var found = SymbolLookup.Find(data, symbol);
            if (found.Status is LookupStatus.Unknown or LookupStatus.NotStored || found.Instrument is null)
            {
                return $"the store has no {symbol}";
            }

            if (data.Sources(found.Instrument.Symbol).Count == 0)
            {
                return $"the store has no prices for {found.Instrument.Symbol}";
            }
        }

        return null;
    }

    /// <summary>
    /// The files beside a snapshot that the demo imports with it: the Nasdaq-100 P/E kept in <c>incoming/</c>, outside
    /// <c>data/</c> (SOURCES.md §13, its <c>QQQ</c> code once failed a whole-folder import), when it is there. Full paths.
    /// </summary>
    public static IReadOnlyList<string> SampleExtras(string sample)
    {
        ArgumentNullException.ThrowIfNull(sample);
        var path = Path.GetFullPath(Path.Combine(sample, "..", "incoming", "erp_QQQ_ndx_pe.csv"));
        return File.Exists(path) ? [path] : [];
    }

    private static bool Same(string path, StoredDocument doc)
    {
        // The content, not FileInfo.Length: for a symbolic link that is the length of the link itself.
        using var stream = File.OpenRead(path);
        return stream.Length == doc.Length && Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(stream)) == doc.ContentHash;
    }
}
