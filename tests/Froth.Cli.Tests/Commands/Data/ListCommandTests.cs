using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

public sealed class ListCommandTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        Golden.Verify((await CliRun.RunAsync(["list", "--help"])).Out, "list-help");
    }

    [Fact]
    public async Task Should_print_the_approved_table()
    {
        await _folder.Run("import", "data");

        var result = await _folder.Run("list", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "list-table");
    }

    [Fact]
    public async Task Should_list_every_instrument_with_the_fields_of_the_contract()
    {
        await _folder.Run("import", "data");

        var result = await _folder.Run("list", "--format", "json");

        using var json = JsonDocument.Parse(result.Out);
        var items = json.RootElement.EnumerateArray().ToList();
        items.Select(i => i.GetProperty("symbol").GetString()).ShouldBe(["0700.HK", "^NDX"]);
        var ndx = items[1];
        ndx.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["NDX"]);
        ndx.GetProperty("name").GetString().ShouldBe("Nasdaq-100 Index");
        ndx.GetProperty("kind").GetString().ShouldBe("index");
        ndx.GetProperty("currency").GetString().ShouldBe("USD");
        // The preferred source is the Yahoo file: it ends on 2024-07-12, a day after the Stooq file.
        ndx.GetProperty("source").GetString().ShouldBe("^NDX_yahoo");
        ndx.GetProperty("first").GetString().ShouldBe("2024-07-10");
        ndx.GetProperty("last").GetString().ShouldBe("2024-07-12");
        ndx.GetProperty("bars").GetInt32().ShouldBe(3);
        ndx.GetProperty("sources").EnumerateArray().Select(s => s.GetProperty("source").GetString()).ShouldBe(["^NDX_yahoo", "^NDX_stooq"]);
    }

    [Fact]
    public async Task Should_list_the_same_store_byte_identically()
    {
        await _folder.Run("import", "data");

        var first = await _folder.Run("list", "--format", "json");
        var second = await _folder.Run("list", "--format", "json");

        first.Out.ShouldNotBeEmpty();
        second.Out.ShouldBe(first.Out);
    }

    [Fact]
    public async Task Should_say_how_to_create_a_store_that_does_not_exist()
    {
        var result = await _folder.Run("list");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldStartWith($"error: There is no Froth store at {_folder.StorePath}. Create it by importing data: 'froth import PATH...'");
    }

    [Fact]
    public async Task Should_say_when_the_store_is_empty()
    {
        _folder.Write("empty/x_y.csv", "date,close\n");
        await _folder.Run("import", "empty");

        var table = await _folder.Run("list", "--format", "table");
        var json = await _folder.Run("list", "--format", "json");

        table.Out.ShouldBe("The store s.duckdb holds no instruments yet; add data with 'froth import PATH...'.\n");
        json.Out.ShouldBe("[]\n");
    }
}
