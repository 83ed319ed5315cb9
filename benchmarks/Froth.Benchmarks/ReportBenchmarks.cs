using BenchmarkDotNet.Attributes;
using Froth.Analysis;
using Froth.Analysis.Reporting;
using Froth.Data.Baskets;
using Froth.Data.Store;
using Froth.Reports;
using Froth.Reports.Building;
using Froth.Reports.Writers;
using Froth.Testing;

namespace Froth.Benchmarks;

/// <summary>
/// The China AI report as <c>froth report china-ai</c> and <c>froth demo</c> build it, without the console: open the
/// store, build the report as of the latest date its main series share (2026-07-10 on the sample), and write its HTML,
/// Markdown and JSON files; with a cold bubble cache (a fresh, empty cache folder each time: PSY critical values, LPPLS
/// confidence and fit all computed) and with a warm one (everything read from the cache).
/// </summary>
/// <remarks>
/// The store holds the whole sample snapshot (113 files), imported once in <see cref="Setup"/>. Targets (issue 7):
/// <c>froth demo</c> end to end in under 60 s on an empty store and in under 15 s on an existing one, on this 2-core
/// machine; docs/benchmarks.md has those CLI timings beside these.
/// </remarks>
[MemoryDiagnoser]
public class ReportBenchmarks
{
    private readonly string _folder = Directory.CreateTempSubdirectory("froth-bench-report-").FullName;
    private readonly BasketSource _basket = BasketPresets.Load("china-ai");
    private readonly ReportFormat[] _formats = [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json];
    private string _storePath = "";
    private string _warmCache = "";
    private string _coldCache = "";
    private int _cold;

    [GlobalSetup]
    public void Setup()
    {
        _storePath = Path.Combine(_folder, "store.duckdb");
        using (var store = FrothStore.Open(_storePath))
        {
            var summary = ImportPipeline.Run([SampleData.Root], store).Summary;
            Console.WriteLine($"// imported {summary.Documents.Count} files");
        }

        _warmCache = Path.Combine(_folder, "warm-cache");
        Console.WriteLine($"// warming the cache: score {Build(_warmCache, "warm-up")}");
    }

    [IterationSetup(Target = nameof(ColdCache))]
    public void FreshCache() => _coldCache = Path.Combine(_folder, $"cold-cache-{++_cold}");

    [GlobalCleanup]
    public void Cleanup() => Directory.Delete(_folder, recursive: true);

    /// <summary>An empty cache: the bubble tests are computed (what the first <c>froth demo</c> on a machine does after its import).</summary>
    [Benchmark]
    public double ColdCache() => Build(_coldCache, "cold");

    /// <summary>A cache that holds every result (what <c>froth demo</c> on an existing store does).</summary>
    [Benchmark]
    public double WarmCache() => Build(_warmCache, "warm");

    private double Build(string cache, string output)
    {
        using var workspace = new Workspace(new WorkspaceOptions { StorePath = _storePath, CacheFolder = cache });
        var folder = Path.Combine(_folder, output);
        var inputs = ReportQueries.Gather(workspace, _basket);
        var report = ReportBuilder.Build(inputs, PreviousReport.FindLatest(folder, inputs.Basket.Definition.Name, inputs.AsOf.Date));
        ReportWriter.Write(report, folder, _formats);
        return report.Facts.Single(f => f.Id == "verdict#score").Value;
    }
}
