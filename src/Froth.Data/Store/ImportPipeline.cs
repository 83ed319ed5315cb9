using Froth.Data.Sources;
using Froth.Data.Sources.Files;

namespace Froth.Data.Store;

/// <summary>
/// <c>froth import</c> without the console: finds the files in the given paths, reads them (in parallel, each
/// through <see cref="SourceReader"/>: layout detection, parsing, quality rules), compares the day files of daily
/// cross-sections with each other (<see cref="Quality.CrossSectionRule"/>), then stores every batch in one
/// transaction. If any file cannot be read, nothing is stored and the error names every such file.
/// </summary>
public static class ImportPipeline
{
    /// <summary>Imports the files and folders at <paramref name="paths"/> into <paramref name="store"/>: <see cref="Read"/>, then <see cref="FrothStore.Import"/>.</summary>
    /// <param name="paths">Absolute paths of files or folders (folders are read recursively).</param>
    /// <param name="store">The store to write.</param>
    /// <param name="options">Layout, quality rules and the layouts to choose from.</param>
    /// <param name="progress">Receives progress: reading (from worker threads, one report at a time), then the store's stages.</param>
    /// <exception cref="FrothException">See <see cref="Read"/>; the store is unchanged.</exception>
    public static ImportReport Run(IReadOnlyList<string> paths, FrothStore store, ImportOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(store);
        var input = Read(paths, options, progress);
        return new ImportReport(store.Import(input.Batches, progress), input.Skipped);
    }

    /// <summary>
    /// Finds the files at <paramref name="paths"/> and reads each into a batch, without touching any store, so that
    /// a command can fail on bad input before it opens (or creates) the store.
    /// </summary>
    /// <param name="paths">Absolute paths of files or folders (folders are read recursively).</param>
    /// <param name="options">Layout, quality rules and the layouts to choose from.</param>
    /// <param name="progress">Receives one report per file read, from worker threads, one report at a time.</param>
    /// <exception cref="FrothException">
    /// A path does not exist, <see cref="ImportOptions.Layout"/> names no layout, or a file cannot be read (then the
    /// message names the file, line, column and value of each failure).
    /// </exception>
    public static ImportInput Read(IReadOnlyList<string> paths, ImportOptions? options = null, IProgress<ImportProgress>? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var settings = options ?? ImportOptions.Default;
        var layouts = settings.Layouts ?? SourceLayouts.All;
        if (settings.Layout is { } forced && !layouts.Any(l => string.Equals(l.Name, forced, StringComparison.OrdinalIgnoreCase)))
        {
            throw new FrothException(
                layouts.Count == 0
                    ? $"Unknown layout '{forced}': this build of Froth knows no layout."
                    : $"Unknown layout '{forced}'; expected one of: {string.Join(", ", layouts.Select(l => l.Name))}.");
        }

        var scan = SourceFiles.Scan(paths);
        var (batches, unmatched) = ReadAll(scan.Files, settings, layouts, progress);
        var skipped = scan.Skipped.Concat(unmatched).OrderBy(s => s.Path, StringComparer.Ordinal).ToList();

        // Day files of one cross-section family are compared with each other (a day that repeats the one before).
        return new ImportInput(Quality.CrossSectionRule.Apply(batches, settings.Quality ?? Quality.QualityOptions.Default), skipped);
    }

    private static (List<ImportBatch> Batches, List<SkippedFile> Unmatched) ReadAll(
        IReadOnlyList<SourceFile> files,
        ImportOptions options,
        IReadOnlyList<ISourceLayout> layouts,
        IProgress<ImportProgress>? progress)
    {
        var outcomes = new Outcome[files.Count];
        var done = 0;
        var gate = new object();
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = options.MaxParallelReads > 0 ? options.MaxParallelReads : Environment.ProcessorCount,
        };
        try
        {
            Parallel.For(0, files.Count, parallel, i =>
            {
                outcomes[i] = ReadOne(files[i], options, layouts);
                lock (gate)
                {
                    progress?.Report(new ImportProgress(ImportStage.Reading, ++done, files.Count, files[i].Path));
                }
            });
        }
        catch (AggregateException e)
        {
            // A bug in a layout, or a failing progress callback: rethrow the first failure as it was.
            System.Runtime.ExceptionServices.ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }

        var failures = outcomes.Where(o => o.Failure is not null).Select(o => o.Failure!).ToList();
        if (failures.Count == 1)
        {
            throw failures[0];
        }

        if (failures.Count > 1)
        {
            throw new FrothException(
                $"{failures.Count} files could not be read; nothing was imported:{Environment.NewLine}"
                + string.Join(Environment.NewLine, failures.Select(f => "  " + f.Message)),
                failures[0]);
        }

        return (
            [.. outcomes.Where(o => o.Batch is not null).Select(o => o.Batch!)],
            [.. outcomes.Where(o => o.Skipped is not null).Select(o => o.Skipped!)]);
    }

    private static Outcome ReadOne(SourceFile file, ImportOptions options, IReadOnlyList<ISourceLayout> layouts)
    {
        byte[] bytes;
        try
        {
            bytes = SourceFileReader.Read(file.Path);
        }
        catch (DataFormatException e)
        {
            return new Outcome(null, null, e);
        }

        var input = new SourceInput(file.Path, bytes);
        if (!file.Explicit && options.Layout is null)
        {
            if (bytes.Length == 0)
            {
                return new Outcome(null, new SkippedFile(file.Path, "an empty file"), null);
            }

            if (Utf8Text.CrOnlyLines(file.Path, bytes) is { } crOnly)
            {
                return new Outcome(null, null, crOnly);
            }

            var sniff = SourceReader.Sniff(input);
            if (!layouts.Any(l => l.Matches(sniff)))
            {
                var header = sniff.FirstLines.FirstOrDefault() ?? "";
                return new Outcome(null, new SkippedFile(file.Path, $"no layout matches its first line ('{Shorten(header)}')"), null);
            }
        }

        try
        {
            return new Outcome(SourceReader.Read(input, options.Layout, options.Quality, layouts), null, null);
        }
        catch (RefusedDocumentException e) when (!file.Explicit)
        {
            return new Outcome(null, new SkippedFile(file.Path, e.Reason), null);
        }
        catch (FrothException e)
        {
            return new Outcome(null, null, e);
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            throw new InvalidOperationException($"Reading {file.Path} failed unexpectedly: {e.Message}", e);
        }
    }

    private static string Shorten(string text) => text.Length <= 60 ? text : text[..57] + "...";

    private sealed record Outcome(ImportBatch? Batch, SkippedFile? Skipped, FrothException? Failure);
}
