using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>The test folder imported once for all the tests of the class (they only read).</summary>
public sealed class ImportedDataFolder : IAsyncLifetime
{
    public DataFolder Folder { get; } = new();

    public async ValueTask InitializeAsync() => (await Folder.Run("import", "data")).ExitCode.ShouldBe(FrothApp.Ok);

    public ValueTask DisposeAsync()
    {
        Folder.Dispose();
        return ValueTask.CompletedTask;
    }
}

public sealed class ShowCommandTests(ImportedDataFolder imported) : IClassFixture<ImportedDataFolder>
{
    private readonly DataFolder _folder = imported.Folder;

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        Golden.Verify((await CliRun.RunAsync(["show", "--help"])).Out, "show-help");
    }

    [Fact]
    public async Task Should_print_the_approved_table()
    {
        var result = await _folder.Run("show", "NDX", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "show-table");
    }

    [Fact]
    public async Task Should_write_the_bars_of_the_range_as_a_json_array()
    {
        var result = await _folder.Run("show", "ndx", "--from", "2024-07-11", "--to", "2024-07-11", "--format", "json");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        result.Out.ShouldBe(
            """
            [
              {
                "date": "2024-07-11",
                "open": 20211.359375,
                "high": 20211.359375,
                "low": 20211.359375,
                "close": 20211.359375,
                "volume": null
              }
            ]

            """);
    }

    [Fact]
    public async Task Should_show_a_named_source()
    {
        var result = await _folder.Run("show", "^NDX", "--source", "^NDX_stooq", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.EnumerateArray().Select(b => b.GetProperty("close").GetDouble()).ShouldBe([20453.02, 20675.38, 20211.36]);
    }

    [Fact]
    public async Task Should_list_the_sources_there_are_for_an_unknown_one()
    {
        var result = await _folder.Run("show", "^NDX", "--source", "stooq");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        // One message for every command that takes --source (SeriesReader.Choose): the sources with their ranges.
        result.Error.ShouldBe("error: ^NDX has no source 'stooq'; its sources are ^NDX_yahoo (2024-07-10 to 2024-07-12), ^NDX_stooq (2024-07-09 to 2024-07-11).\n");
    }

    [Fact]
    public async Task Should_suggest_symbols_for_an_unknown_one()
    {
        var result = await _folder.Run("show", "NDQ");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe("error: Unknown symbol 'NDQ'; did you mean NDX? Run 'froth list' to see every instrument.\n");
    }

    [Fact]
    public async Task Should_reject_a_range_that_ends_before_it_starts()
    {
        var result = await _folder.Run("show", "NDX", "--from", "2024-07-12", "--to", "2024-07-10");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe("error: --from 2024-07-12 is after --to 2024-07-10; expected a range whose start is not after its end.\n");
    }

    [Fact]
    public async Task Should_reject_a_date_that_is_not_iso()
    {
        var result = await _folder.Run("show", "NDX", "--from", "10/07/2024");

        result.ExitCode.ShouldBe(FrothApp.Usage);
        result.Error.ShouldContain("Invalid date '10/07/2024' for --from; expected a date like 2024-07-10.");
    }
}
