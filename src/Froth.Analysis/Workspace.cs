using Froth.Data.Cache;
using Froth.Data.MarketData;
using Froth.Data.Store;

namespace Froth.Analysis;

/// <summary>
/// What every use case works with: one store (opened read-only on first use, once), one cache of slow results, the
/// clock and the folder relative basket paths are read from. One per command or request; dispose it to release the
/// store file, so that an import can write to it.
/// </summary>
public sealed class Workspace : IDisposable
{
    private readonly WorkspaceOptions _options;
    private IMarketData? _market;

    /// <summary>A workspace over <paramref name="options"/>.</summary>
    public Workspace(WorkspaceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _options = options;
        Cache = options.CacheFolder is { } folder ? new FileCache(folder) : null;
    }

    /// <summary>The store's path (absolute).</summary>
    public string StorePath => Path.GetFullPath(_options.StorePath);

    /// <summary>The market data: the store, opened read-only on first use (or what <see cref="WorkspaceOptions.MarketData"/> gives).</summary>
    /// <exception cref="FrothException">There is no store at <see cref="StorePath"/>, or it cannot be opened.</exception>
    public IMarketData Market => _market ??= _options.MarketData is { } factory ? factory(StorePath) : StoreMarketData.Open(StorePath, _options.Time);

    /// <summary>The cache of slow results (PSY critical values, LPPLS fits), or <see langword="null"/> to compute everything.</summary>
    public FileCache? Cache { get; }

    /// <summary>The clock.</summary>
    public TimeProvider Time => _options.Time;

    /// <summary>The folder a relative basket path is read from.</summary>
    public string CurrentDirectory => _options.CurrentDirectory;

    /// <summary>Resolves a path the user gave against <see cref="CurrentDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);

    /// <summary>
    /// Opens the store for writing, creating it when it does not exist: the read-only connection this workspace holds
    /// is closed first (DuckDB lets one process write, and not while the same process reads through another handle).
    /// The caller disposes it. Only the import use cases write.
    /// </summary>
    internal FrothStore OpenForWriting()
    {
        Dispose();
        return FrothStore.Open(StorePath, _options.Time);
    }

    /// <summary>The folder of fetched responses kept for reuse (<c>responses</c> in the cache), or <see langword="null"/> without a cache.</summary>
    public string? ResponseFolder => _options.CacheFolder is { } folder ? Path.Combine(folder, "responses") : null;

    /// <summary>True when the store file exists (or the market data is supplied in memory).</summary>
    public bool StoreExists => _options.MarketData is not null || File.Exists(StorePath);

    /// <inheritdoc />
    public void Dispose()
    {
        if (_market is IDisposable disposable)
        {
            disposable.Dispose();
        }

        _market = null;
    }
}
