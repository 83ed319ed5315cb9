using Froth.Analysis;
using Froth.Analysis.Storage;
using Froth.Cli.Hosting;
using Froth.Data.Baskets;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Report;

public sealed class DemoCommandTests
{
    [Fact]
    public async Task Should_print_its_help()
    {
        var result = await CliRun.RunAsync(["demo", "--help"]);
        result.ExitCode.ShouldBe(FrothApp.Ok);
        Golden.Verify(result.Out, "demo-help");
    }

    [Fact]
    public async Task Should_say_where_the_snapshot_should_be()
    {
        using var folder = new TempFolder();
        var result = await CliRun.RunAsync(["demo", "--store", folder.File("s.duckdb")], new Dictionary<string, string> { ["FROTH_SAMPLE_DATA"] = folder.File("nowhere") });
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain($"The sample snapshot was not found at {folder.File("nowhere")}. Put it beside the repository as ../shared/data or set FROTH_SAMPLE_DATA");
    }

    /// <summary>
    /// The demo on an empty store, then again on the store it filled. To keep the suite fast the snapshot is reduced to
    /// what the China AI report reads (the Hong Kong and A-share stocks, the Chinese indices, the Nasdaq-100 files, the
    /// valuation and macro files), linked into a temp folder rather than copied, except one macro file that is copied so
    /// that the test can change it.
    /// </summary>
    [Fact]
    public async Task Should_import_an_empty_store_then_find_it_up_to_date_and_write_the_report_both_times()
    {
        using var folder = new TempFolder();
        var sample = Sample(folder);
        var variables = new Dictionary<string, string> { ["FROTH_SAMPLE_DATA"] = sample, ["FROTH_CACHE"] = TestCache.Folder };
        var store = folder.File("store/froth.duckdb");
        var output = folder.File("out");

        var first = await CliRun.RunAsync(["demo", "--store", store, "--out", output], variables, time: FixedClock.Default);
        first.ExitCode.ShouldBe(FrothApp.Ok, first.Error);
        first.Error.ShouldContain("(the store does not exist yet)");
        first.Out.ShouldStartWith("China AI rally report as of 2026-07-10:");
        first.Out.ShouldContain($"Open {Path.Combine(output, "china-ai-2026-07-10.html")} in a browser.");
        File.Exists(Path.Combine(output, "china-ai-2026-07-10.html")).ShouldBeTrue();

        var second = await CliRun.RunAsync(["demo", "--store", store, "--out", output], variables, time: FixedClock.Default);
        second.ExitCode.ShouldBe(FrothApp.Ok, second.Error);
        second.Error.ShouldContain("holds the sample snapshot as it is; nothing to import");
        second.Out.ShouldBe(first.Out);

        // A file the store recorded that changes afterwards makes the store out of date.
        var cpi = Path.Combine(sample, "macro", "china_cpi_inflation_annual_pct_worldbank.csv");
        File.WriteAllText(cpi, File.ReadAllText(cpi).Replace("China,CHN,2024,0.218128938439177", "China,CHN,2024,0.3", StringComparison.Ordinal));
        using var workspace = new Workspace(new WorkspaceOptions { StorePath = store });
        CatalogQueries.WhyImport(workspace, sample, BasketPresets.Load("china-ai")).ShouldBe($"{cpi} changed since it was imported");
    }

    private static string Sample(TempFolder folder)
    {
        var sample = folder.File("sample");
        Directory.CreateDirectory(Path.Combine(sample, "prices", "us"));
        Directory.CreateDirectory(Path.Combine(sample, "macro"));
        foreach (var sub in new[] { "prices/hk", "prices/cn_stocks", "prices/cn_index", "valuation" })
        {
            Directory.CreateSymbolicLink(Path.Combine(sample, sub), SampleData.Path(sub));
        }

        foreach (var ndx in Directory.GetFiles(SampleData.Path("prices/us"), "NDX*.csv"))
        {
            File.CreateSymbolicLink(Path.Combine(sample, "prices", "us", Path.GetFileName(ndx)), ndx);
        }

        foreach (var macro in Directory.GetFiles(SampleData.Path("macro"), "*.csv"))
        {
            File.Copy(macro, Path.Combine(sample, "macro", Path.GetFileName(macro)));
        }

        return sample;
    }
}
