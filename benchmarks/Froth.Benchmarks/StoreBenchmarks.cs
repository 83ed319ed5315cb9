using BenchmarkDotNet.Attributes;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Data.Store;
using Froth.Testing;

namespace Froth.Benchmarks;

/// <summary>
/// The store: importing files of the sample snapshot into a fresh store (reading and storing, as
/// <c>froth import</c> does, and storing alone), and listing the store (as <c>froth list</c> does).
/// </summary>
/// <remarks>
/// <c>Files</c> takes the first N data files of the snapshot in path order (all of them at 113: prices, macro,
/// reference, valuation and wire samples; 340,868 rows). Targets (issue 2): the whole snapshot into a fresh
/// store in under 10 s, and <c>froth list</c> on it in under 1 s, both end to end through the CLI on this
/// 2-core machine; docs/benchmarks.md has those timings beside these.
/// </remarks>
[MemoryDiagnoser]
public class StoreBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("froth-bench-").FullName;
    private List<string> _files = [];
    private IReadOnlyList<ImportBatch> _batches = [];
    private string _storePath = "";
    private string _listStorePath = "";

    [Params(10, 40, 113)]
    public int Files { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var scan = SourceFiles.Scan([SampleData.Root]);
        var readable = ImportPipeline.Read([SampleData.Root]).Batches.Select(b => b.Document.Location).ToHashSet();
        _files = [.. scan.Files.Select(f => f.Path).Where(readable.Contains).Take(Files)];
        _batches = ImportPipeline.Read(_files).Batches;
        _storePath = Path.Combine(_folder, "import.duckdb");
        _listStorePath = Path.Combine(_folder, "list.duckdb");
        using var store = FrothStore.Open(_listStorePath);
        store.Import(_batches);
        Console.WriteLine($"// {Files} files, {_batches.Sum(b => b.RowCount)} rows");
    }

    [IterationSetup]
    public void DeleteStore()
    {
        File.Delete(_storePath);
        File.Delete(_storePath + ".wal");
    }

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary><c>froth import</c> without the console: read and check every file, then store all in one transaction.</summary>
    [Benchmark(Baseline = true)]
    public int ReadAndStore()
    {
        using var store = FrothStore.Open(_storePath);
        return ImportPipeline.Run(_files, store).Summary.Documents.Count;
    }

    /// <summary>The store's share: one transaction with the batches already read.</summary>
    [Benchmark]
    public int StoreOnly()
    {
        using var store = FrothStore.Open(_storePath);
        return store.Import(_batches).Documents.Count;
    }

    /// <summary><c>froth list</c> without the console: open read-only, summarize every series, choose the preferred sources.</summary>
    [Benchmark]
    public int List()
    {
        using var data = StoreMarketData.Open(_listStorePath);
        return data.List().Count;
    }
}
