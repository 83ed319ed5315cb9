using Froth.Data.Sources.Online;
using Froth.Data.Store;
using Froth.Series;

namespace Froth.Analysis.Storage;

/// <summary>
/// The use cases that write the store: import files and folders, fetch from an online source. Both read everything
/// first, so that bad input fails before the store is opened (or created), then store it all in one transaction.
/// </summary>
public static class ImportQueries
{
    /// <summary>Reads <paramref name="paths"/> (files, and folders recursively) and stores them, all or nothing.</summary>
    /// <exception cref="FrothException">A file cannot be read with its layout (the message names file, line and value), or the store cannot be written.</exception>
    public static ImportOutcome Import(Workspace workspace, IReadOnlyList<string> paths, ImportOptions options, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(paths);
        ArgumentNullException.ThrowIfNull(options);
        var input = ImportPipeline.Read([.. paths.Select(workspace.FullPath)], options, progress);
        using var store = workspace.OpenForWriting();
        return ImportOutcome.From(workspace.StorePath, input, store.Import(input.Batches, progress));
    }

    /// <summary>Downloads the request's symbols from its source and stores the responses, all or nothing.</summary>
    /// <exception cref="FrothException">A symbol the source does not know, a response it cannot read, the network, or the store.</exception>
    public static async Task<ImportOutcome> FetchAsync(Workspace workspace, FetchPlan request, FetchReporting? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(workspace);
        ArgumentNullException.ThrowIfNull(request);
        if (request.From is { } f && request.To is { } t && f > t)
        {
            throw new FrothException($"--from {IsoDate.Format(f)} is after --to {IsoDate.Format(t)}; expected a range whose start is not after its end.");
        }

        var options = new FetchSourceOptions
        {
            BaseUrl = request.BaseUrl,
            Cache = request.UseResponseCache && workspace.ResponseFolder is { } folder
                ? new ResponseCache(folder, workspace.Time, ResponseCache.DefaultMaxAge)
                : null,
        };
        using var http = FetchHttp.CreateClient(new FetchHttpOptions { Time = workspace.Time, Handler = request.Handler, OnRetry = progress?.Retry });
        var fetcher = OnlineSources.Create(request.Source, http, workspace.Time, request.ApiKey, options);
        var resolved = FetchPipeline.Resolve(fetcher, request.Symbols);

        // Fetch everything first: a failure leaves the store untouched (not even created).
        var batches = await FetchPipeline.FetchAllAsync(fetcher, resolved, request.From, request.To, progress?.Fetching, cancellationToken).ConfigureAwait(false);
        using var store = workspace.OpenForWriting();
        return ImportOutcome.From(workspace.StorePath, new ImportInput(batches, []), store.Import(batches, progress?.Storing));
    }
}

/// <summary>What to fetch, from where.</summary>
public sealed record FetchPlan
{
    /// <summary>The online source's name (<see cref="OnlineSources.Names"/>).</summary>
    public required string Source { get; init; }

    /// <summary>The symbols, aliases or source ids to fetch.</summary>
    public required IReadOnlyList<string> Symbols { get; init; }

    /// <summary>First date (inclusive); <see langword="null"/> for the source's whole history.</summary>
    public DateOnly? From { get; init; }

    /// <summary>Last date (inclusive); <see langword="null"/> for today.</summary>
    public DateOnly? To { get; init; }

    /// <summary>The API key (FRED only).</summary>
    public string? ApiKey { get; init; }

    /// <summary>A base URL that replaces the source's own (a mirror or a local server).</summary>
    public Uri? BaseUrl { get; init; }

    /// <summary>Reuse responses fetched in the last day and keep new ones in the workspace's cache.</summary>
    public bool UseResponseCache { get; init; }

    /// <summary>The HTTP handler (tests pass recorded responses); <see langword="null"/> for the network.</summary>
    public HttpMessageHandler? Handler { get; init; }
}

/// <summary>Where a fetch reports its progress: the downloads, the retries, the store's writing.</summary>
/// <param name="Fetching">Documents fetched.</param>
/// <param name="Retry">Each retry of a request.</param>
/// <param name="Storing">The store's writing.</param>
public sealed record FetchReporting(IProgress<FetchProgress>? Fetching, Action<FetchRetry>? Retry, IProgress<ImportProgress>? Storing);
