using System.Collections.Frozen;

namespace Froth.Data.Sources.Files;

/// <summary>
/// Finds the files to import in the paths a user gives: files as they are, folders recursively. Files that
/// cannot hold market data are listed as skipped with the reason, never dropped silently.
/// </summary>
/// <remarks>
/// Data files have the extensions <c>.csv</c>, <c>.tsv</c>, <c>.txt</c> or <c>.json</c>. Inside folders, some
/// files are recognised and skipped with a specific reason: download manifests (<c>DATA_MANIFEST.json</c>),
/// checksum lists (<c>SHA256SUMS</c>), documentation (<c>.md</c>) and Excel workbooks; hidden files and
/// folders (name starting with a dot) are skipped whole. A file named explicitly is always read: the layouts
/// decide whether it is data. (Two more reasons to skip a file found in a folder come from reading it, in
/// <c>ImportPipeline</c>: no layout matches its first lines, or its layout refuses it with a
/// <see cref="RefusedDocumentException"/>.)
/// </remarks>
public static class SourceFiles
{
    /// <summary>Extensions of files that may hold market data (lower case, with the dot).</summary>
    public static IReadOnlyList<string> DataExtensions { get; } = [".csv", ".tsv", ".txt", ".json"];

    private static readonly FrozenDictionary<string, string> KnownNames = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["DATA_MANIFEST.json"] = "a download manifest (metadata about other files, not market data)",
        ["SHA256SUMS"] = "a checksum list of other files",
        ["MD5SUMS"] = "a checksum list of other files",
        ["LICENSE"] = "a licence text",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, string> KnownExtensions = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".md"] = "documentation (.md)",
        [".xls"] = "an Excel workbook (.xls), which Froth does not read; export the sheet to CSV",
        [".xlsx"] = "an Excel workbook (.xlsx), which Froth does not read; export the sheet to CSV",
        [".rda"] = "an R data file (.rda), which Froth does not read; export it to CSV",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>Expands the paths into files to read and files skipped.</summary>
    /// <param name="paths">Absolute paths of files or folders, in the order given; a file given twice is read once.</param>
    /// <exception cref="FrothException">A path names neither a file nor a folder.</exception>
    public static SourceFileScan Scan(IReadOnlyList<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var files = new List<SourceFile>();
        var skipped = new List<SkippedFile>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var path in paths)
        {
            if (File.Exists(path))
            {
                if (seen.Add(path))
                {
                    files.Add(new SourceFile(path, Explicit: true));
                }
            }
            else if (Directory.Exists(path))
            {
                ScanFolder(path, files, skipped, seen);
            }
            else
            {
                throw new FrothException($"There is no file or folder at {path}; expected a data file (.csv, .json…) or a folder of them.");
            }
        }

        return new SourceFileScan(files, [.. skipped.OrderBy(s => s.Path, StringComparer.Ordinal)]);
    }

    /// <summary>Why a file found in a folder is not read, or <see langword="null"/> when it is a data file.</summary>
    public static string? SkipReason(string path)
    {
        var name = Path.GetFileName(path);
        if (KnownNames.TryGetValue(name, out var known))
        {
            return known;
        }

        if (name.StartsWith('.'))
        {
            return "a hidden file";
        }

        var extension = Path.GetExtension(name);
        if (KnownExtensions.TryGetValue(extension, out var byExtension))
        {
            return byExtension;
        }

        if (DataExtensions.Contains(extension.ToLowerInvariant()))
        {
            return null;
        }

        return extension.Length == 0
            ? $"no data extension (expected {string.Join(", ", DataExtensions)})"
            : $"no data extension ({extension}; expected {string.Join(", ", DataExtensions)})";
    }

    // Walks each real folder once: a symbolic link to a folder already walked (a self-link, a link to a parent, two
    // links to each other) is skipped with a reason, as is a folder that cannot be listed; a file reached twice through
    // links is read once; a name that is not a regular file (a pipe, a device) is skipped with a reason.
    private static void ScanFolder(string root, List<SourceFile> files, List<SkippedFile> skipped, HashSet<string> seen)
    {
        var entries = new List<string>();
        var pending = new Stack<string>();
        var walked = new HashSet<string>(StringComparer.Ordinal) { RealPath(root) };
        pending.Push(root);
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            try
            {
                foreach (var sub in Directory.EnumerateDirectories(folder))
                {
                    if (Path.GetFileName(sub).StartsWith('.'))
                    {
                        skipped.Add(new SkippedFile(sub, "a hidden folder"));
                    }
                    else if (!walked.Add(RealPath(sub)))
                    {
                        skipped.Add(new SkippedFile(sub, $"a link to a folder already read ({RealPath(sub)})"));
                    }
                    else
                    {
                        pending.Push(sub);
                    }
                }

                entries.AddRange(Directory.EnumerateFiles(folder));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                skipped.Add(new SkippedFile(folder, $"a folder that cannot be read ({e.Message})"));
            }
        }

        foreach (var file in entries.Order(StringComparer.Ordinal))
        {
            if (!seen.Add(file))
            {
                continue;
            }

            if (SkipReason(file) is { } reason)
            {
                skipped.Add(new SkippedFile(file, reason));
            }
            else if (FileKind.NotRegular(file) is { } kind)
            {
                skipped.Add(new SkippedFile(file, $"not a regular file: {kind}"));
            }
            else if (RealPath(file) is var real && real != file && !seen.Add(real))
            {
                skipped.Add(new SkippedFile(file, $"a link to a file already read ({real})"));
            }
            else
            {
                files.Add(new SourceFile(file, Explicit: false));
            }
        }
    }

    // The path with its last link followed to the final target (the folders above were walked as real folders or are
    // themselves links whose targets were checked when they were reached).
    private static string RealPath(string path)
    {
        try
        {
            FileSystemInfo info = Directory.Exists(path) ? new DirectoryInfo(path) : new FileInfo(path);
            return Path.TrimEndingDirectorySeparator(Path.GetFullPath(info.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? info.FullName));
        }
        catch (IOException)
        {
            // A link loop (a link to itself): its own path, which no folder shares.
            return Path.GetFullPath(path);
        }
    }
}
