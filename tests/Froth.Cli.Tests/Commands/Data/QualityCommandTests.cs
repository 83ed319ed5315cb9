using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>The test folder plus a third Nasdaq-100 source, imported once for the class.</summary>
public sealed class ThreeNdxSources : IAsyncLifetime
{
    public DataFolder Folder { get; } = new();

    public async ValueTask InitializeAsync()
    {
        // A third Nasdaq-100 source that disagrees on 2024-07-11: 20311.36 against 20211.36, 100 points apart.
        Folder.Write("data/us/^NDX_other.csv", "date,close\n2024-07-10,20675.38\n2024-07-11,20311.36\n");
        (await Folder.Run("import", "data")).ExitCode.ShouldBe(FrothApp.Ok);
    }

    public ValueTask DisposeAsync()
    {
        Folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class QualityCommandTests(ThreeNdxSources sources) : IClassFixture<ThreeNdxSources>
{
    private readonly DataFolder _folder = sources.Folder;

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        Golden.Verify((await CliRun.RunAsync(["quality", "--help"])).Out, "quality-help");
    }

    [Fact]
    public async Task Should_print_the_approved_table()
    {
        var result = await _folder.Run("quality", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "quality-table");
    }

    [Fact]
    public async Task Should_group_issues_by_rule_with_file_and_line()
    {
        var result = await _folder.Run("quality", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var rule = json.RootElement.GetProperty("rules").EnumerateArray().ShouldHaveSingleItem();
        rule.GetProperty("rule").GetString().ShouldBe("test-skip");
        rule.GetProperty("count").GetInt32().ShouldBe(1);
        var issue = rule.GetProperty("listed")[0];
        issue.GetProperty("file").GetString().ShouldBe(_folder.File("data/hk/0700.HK_yahoo.csv"));
        issue.GetProperty("line").GetInt32().ShouldBe(2);
        issue.GetProperty("action").GetString().ShouldBe("skipped");
    }

    [Fact]
    public async Task Should_compare_the_sources_of_an_instrument_that_has_several()
    {
        var result = await _folder.Run("quality", "--symbol", "NDX", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var pairs = json.RootElement.GetProperty("sources").EnumerateArray().ToList();
        // Preferred first: yahoo (to 07-12), then stooq and other (both to 07-11; stooq has more rows).
        pairs.Select(p => (p.GetProperty("sourceA").GetString(), p.GetProperty("sourceB").GetString())).ShouldBe(
        [
            ("^NDX_yahoo", "^NDX_stooq"),
            ("^NDX_yahoo", "^NDX_other"),
            ("^NDX_stooq", "^NDX_other"),
        ]);
        // yahoo and stooq agree on 07-10 and 07-11 (differences of 3e-8, within 5e-4); stooq alone has 07-09,
        // but that is before the overlap, which starts with yahoo's first date, 07-10.
        (pairs[0].GetProperty("commonDates").GetInt32(), pairs[0].GetProperty("disagreeing").GetInt32(), pairs[0].GetProperty("onlyInB").GetInt32()).ShouldBe((2, 0, 0));
        // other is 100 points above on 07-11: 100 / 20311.36 = 0.49%.
        var largest = pairs[2].GetProperty("largest")[0];
        largest.GetProperty("date").GetString().ShouldBe("2024-07-11");
        largest.GetProperty("relativeDifference").GetDouble().ShouldBe(100 / 20311.36, 1e-12);
        // --symbol keeps only that instrument's issues: the skipped row is Tencent's.
        json.RootElement.GetProperty("issues").GetInt32().ShouldBe(0);
    }

    [Fact]
    public async Task Should_reject_a_negative_limit()
    {
        var result = await _folder.Run("quality", "--limit", "-1");

        result.ExitCode.ShouldBe(FrothApp.Usage);
        result.Error.ShouldContain("--limit must be 0 (no limit) or a positive number of issues.");
    }
}
