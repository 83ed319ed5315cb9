using Froth.Cli.Hosting;
using Froth.Cli.Tests.Commands.Data;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Report;

/// <summary>
/// <c>froth report</c> on the real snapshot, imported into a DuckDB store once for the end-to-end tests
/// (<see cref="SnapshotStore"/>). The bubble tests read the shared test cache (<see cref="TestCache"/>).
/// </summary>
[Collection(SnapshotCollection.Name)]
public sealed class ReportCommandTests(SnapshotStore snapshot)
{
    private static readonly Dictionary<string, string> Variables = new() { ["FROTH_CACHE"] = TestCache.Folder };

    private Task<CliResult> Run(params string[] args) => CliRun.RunAsync([.. args, "--store", snapshot.StorePath], Variables, time: FixedClock.Default);

    [Fact]
    public async Task Should_print_its_help()
    {
        var result = await CliRun.RunAsync(["report", "--help"]);
        result.ExitCode.ShouldBe(FrothApp.Ok);
        Golden.Verify(result.Out, "report-help");
    }

    [Fact]
    public async Task Should_list_only_its_own_format_option_in_its_help_and_keep_the_global_one_elsewhere()
    {
        // The report's --format html|md|json|all takes the token, so the global --format table|json must not be offered.
        var report = await CliRun.RunAsync(["report", "--help"]);
        var list = await CliRun.RunAsync(["list", "--help"]);

        report.Out.Split('\n').Count(l => l.TrimStart().StartsWith("--format", StringComparison.Ordinal)).ShouldBe(1);
        report.Out.ShouldContain("--format <html|md|json|all>");
        report.Out.ShouldNotContain("--format <table|json>");
        list.Out.ShouldContain("--format <table|json>");
    }

    [Fact]
    public async Task Should_write_the_three_files_and_say_where_they_are()
    {
        using var folder = new TempFolder();
        var result = await Run("report", "china-ai", "--out", folder.Path);
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        var stem = Path.Combine(folder.Path, "china-ai-2026-07-10");
        result.Out.ShouldStartWith("China AI rally report as of 2026-07-10:");
        result.Out.ShouldContain($"HTML      {stem}.html");
        result.Out.ShouldContain($"Markdown  {stem}.md (charts in {stem}-charts/)");
        result.Out.ShouldContain($"JSON      {stem}.json");
        File.ReadAllText(stem + ".md").ShouldStartWith("# China AI rally report\n\n*As of Friday 10 July 2026, the latest date the main series share");
        File.ReadAllText(stem + ".html").ShouldStartWith("<!DOCTYPE html>");
        // Seven charts before, plus the margin-financing balance of the "Borrowed money" section (the snapshot store holds CN:MARGIN_BALANCE).
        Directory.GetFiles(stem + "-charts", "*.svg").Length.ShouldBe(8);
    }

    [Fact]
    public async Task Should_write_only_the_format_asked_for_and_compare_with_the_previous_report()
    {
        using var folder = new TempFolder();
        (await Run("report", "china-ai", "--as-of", "2026-06-30", "--out", folder.Path, "--format", "json")).ExitCode.ShouldBe(FrothApp.Ok);
        var result = await Run("report", "china-ai", "--out", folder.Path, "--format", "html");
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order().ShouldBe(["china-ai-2026-06-30.json", "china-ai-2026-07-10.html"]);
        File.ReadAllText(folder.File("china-ai-2026-07-10.html")).ShouldContain("The previous report of this basket in the folder is as of <span class=\"fact\"");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_basket_and_a_date_before_the_data()
    {
        var unknown = await Run("report", "chinaai");
        unknown.ExitCode.ShouldBe(FrothApp.Failed);
        unknown.Error.ShouldContain("no preset of that name; presets: china-ai.");

        var early = await Run("report", "china-ai", "--as-of", "2001-01-02");
        early.ExitCode.ShouldBe(FrothApp.Failed);
        early.Error.ShouldContain("No date on or before 2001-01-02 has closes for at least half of the benchmarks");

        var format = await Run("report", "china-ai", "--format", "pdf");
        format.ExitCode.ShouldBe(FrothApp.Usage);
    }
}
