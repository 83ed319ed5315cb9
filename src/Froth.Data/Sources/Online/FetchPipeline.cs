namespace Froth.Data.Sources.Online;

/// <summary>
/// <c>froth fetch</c> without the console: resolves the symbols, checks that the source has a code for each
/// (before any request), fetches them one after the other and returns every batch, or fails naming each symbol
/// that could not be fetched and why. The caller stores the batches in one transaction
/// (<see cref="Store.FrothStore.Import"/>), so a fetch is all or nothing like an import.
/// </summary>
public static class FetchPipeline
{
    /// <summary>The canonical symbols of what the user typed, duplicates removed, in order; checked against the source.</summary>
    /// <exception cref="FrothException">A symbol is invalid or has no code at this source; the message names every such symbol.</exception>
    public static IReadOnlyList<string> Resolve(OnlineFetcher fetcher, IReadOnlyList<string> symbols)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(symbols);
        var resolved = new List<string>();
        var errors = new List<string>();
        foreach (var text in symbols)
        {
            try
            {
                var symbol = fetcher.ResolveSymbol(text);
                fetcher.CodeOf(symbol);
                if (!resolved.Contains(symbol, StringComparer.Ordinal))
                {
                    resolved.Add(symbol);
                }
            }
            catch (FetchException e)
            {
                errors.Add(e.Message);
            }
        }

        return errors.Count switch
        {
            0 => resolved,
            1 => throw new FrothException(errors[0]),
            _ => throw new FrothException($"{errors.Count} symbols cannot be fetched from {fetcher.Name}:{Environment.NewLine}" + string.Join(Environment.NewLine, errors.Select(e => "  " + e))),
        };
    }

    /// <summary>Fetches every symbol over the same range.</summary>
    /// <param name="fetcher">The source.</param>
    /// <param name="symbols">Canonical symbols, as <see cref="Resolve"/> gives them.</param>
    /// <param name="from">First date, or <see langword="null"/> for the whole history.</param>
    /// <param name="to">Last date, or <see langword="null"/> for today.</param>
    /// <param name="progress">Receives a report before and after each symbol.</param>
    /// <param name="cancellationToken">Cancels the fetch.</param>
    /// <returns>Every batch read, symbol by symbol, in order.</returns>
    /// <exception cref="FrothException">
    /// Some symbols could not be fetched (the message names each with its reason; with one symbol it is that
    /// symbol's one-line message), or there is no network (one line, and the other symbols are not tried).
    /// </exception>
    public static async Task<IReadOnlyList<ImportBatch>> FetchAllAsync(
        OnlineFetcher fetcher,
        IReadOnlyList<string> symbols,
        DateOnly? from,
        DateOnly? to,
        IProgress<FetchProgress>? progress = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(fetcher);
        ArgumentNullException.ThrowIfNull(symbols);
        if (from is { } f && to is { } t && f > t)
        {
            throw new FrothException($"--from {f:yyyy-MM-dd} is after --to {t:yyyy-MM-dd}; expected a range whose start is not after its end.");
        }

        var batches = new List<ImportBatch>();
        var failures = new List<FetchException>();
        for (var i = 0; i < symbols.Count; i++)
        {
            progress?.Report(new FetchProgress(i, symbols.Count, symbols[i]));
            try
            {
                batches.AddRange(await fetcher.FetchAsync(new FetchRequest(symbols[i], from, to), cancellationToken).ConfigureAwait(false));
            }
            catch (FetchException e) when (e.Failure == FetchFailure.Offline)
            {
                throw;
            }
            catch (FetchException e)
            {
                failures.Add(e);
            }

            progress?.Report(new FetchProgress(i + 1, symbols.Count, symbols[i]));
        }

        if (failures.Count == 0)
        {
            return batches;
        }

        if (symbols.Count == 1)
        {
            throw failures[0];
        }

        throw new FrothException(
            $"{failures.Count} of {symbols.Count} symbols could not be fetched from {fetcher.Name}, so none is stored:{Environment.NewLine}"
            + string.Join(Environment.NewLine, failures.Select(e => "  " + e.Message)),
            failures[0]);
    }
}
