namespace Froth.Testing;

/// <summary>
/// The shared market snapshot (<c>../shared/data</c> beside the repository, or <c>FROTH_SAMPLE_DATA</c>).
/// Tests read it in place; it is never copied into the repository.
/// </summary>
public static class SampleData
{
    private static readonly Lazy<string> LazyRoot = new(FindRoot);

    /// <summary>Absolute path of the snapshot's root folder (the one holding <c>SOURCES.md</c>).</summary>
    public static string Root => LazyRoot.Value;

    /// <summary>Absolute path of a file or folder inside the snapshot, given relative to its root.</summary>
    public static string Path(string relative)
    {
        var full = System.IO.Path.Combine(Root, relative);
        if (!File.Exists(full) && !Directory.Exists(full))
        {
            throw new FileNotFoundException($"The sample snapshot has no '{relative}' (looked in {Root}).", full);
        }

        return full;
    }

    /// <summary>
    /// Absolute path of a file in <c>incoming/</c> beside the snapshot's root (<c>../shared/incoming</c>): files added
    /// to the shared folder but kept out of <c>data/</c> (SOURCES.md §13 keeps <c>erp_QQQ_ndx_pe.csv</c> there).
    /// </summary>
    public static string Incoming(string relative)
    {
        var folder = System.IO.Path.GetFullPath(System.IO.Path.Combine(Root, "..", "incoming"));
        var full = System.IO.Path.Combine(folder, relative);
        if (!File.Exists(full))
        {
            throw new FileNotFoundException($"The shared folder has no 'incoming/{relative}' (looked in {folder}, beside the snapshot {Root}).", full);
        }

        return full;
    }

    /// <summary>Absolute path of the repository root (the folder holding <c>Froth.slnx</c>).</summary>
    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    private static string FindRoot()
    {
        var fromEnv = Environment.GetEnvironmentVariable("FROTH_SAMPLE_DATA");
        var root = !string.IsNullOrWhiteSpace(fromEnv)
            ? System.IO.Path.GetFullPath(fromEnv)
            : System.IO.Path.GetFullPath(System.IO.Path.Combine(RepositoryRoot, "..", "shared", "data"));
        if (!File.Exists(System.IO.Path.Combine(root, "SOURCES.md")))
        {
            throw new DirectoryNotFoundException(
                $"The sample snapshot was not found at {root}. Put it beside the repository as ../shared/data or set FROTH_SAMPLE_DATA.");
        }

        return root;
    }

    private static string FindRepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Froth.slnx")))
            {
                return dir.FullName;
            }
        }

        throw new DirectoryNotFoundException($"No Froth.slnx above {AppContext.BaseDirectory}.");
    }
}
