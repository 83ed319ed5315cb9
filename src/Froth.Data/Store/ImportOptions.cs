using Froth.Data.Quality;
using Froth.Data.Sources;

namespace Froth.Data.Store;

/// <summary>Settings of <see cref="ImportPipeline"/>.</summary>
public sealed record ImportOptions
{
    /// <summary>The defaults: detect each file's layout among <see cref="SourceLayouts.All"/>, default quality rules.</summary>
    public static ImportOptions Default { get; } = new();

    /// <summary>A layout name to read every file with (<c>--layout</c>), or <see langword="null"/> to detect each file's.</summary>
    public string? Layout { get; init; }

    /// <summary>Quality rule settings, or <see langword="null"/> for <see cref="QualityOptions.Default"/>.</summary>
    public QualityOptions? Quality { get; init; }

    /// <summary>The layouts to choose from, or <see langword="null"/> for <see cref="SourceLayouts.All"/>.</summary>
    public IReadOnlyList<ISourceLayout>? Layouts { get; init; }

    /// <summary>How many files are read at once; 0 (the default) for one per processor.</summary>
    public int MaxParallelReads { get; init; }
}
