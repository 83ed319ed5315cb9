using Froth.Data.MarketData;

namespace Froth.Analysis;

/// <summary>Where a <see cref="Workspace"/> finds its store and cache.</summary>
public sealed record WorkspaceOptions
{
    /// <summary>The store file.</summary>
    public required string StorePath { get; init; }

    /// <summary>The cache folder, or <see langword="null"/> for no cache (every slow result is computed).</summary>
    public string? CacheFolder { get; init; }

    /// <summary>The clock. Default: the system's.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The folder relative paths are read from. Default: the process's current folder.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// The cache folder a user's commands share: <c>$FROTH_CACHE</c>, else <c>$XDG_CACHE_HOME/froth</c>, else
    /// <c>~/.cache/froth</c>, reading the environment through <paramref name="variable"/>.
    /// </summary>
    public static string DefaultCacheFolder(Func<string, string?> variable) => Froth.Data.Cache.FileCache.DefaultFolder(variable);

    /// <summary>Opens the market data given the store path; <see langword="null"/> opens the DuckDB store. Tests pass in-memory data.</summary>
    public Func<string, IMarketData>? MarketData { get; init; }
}
