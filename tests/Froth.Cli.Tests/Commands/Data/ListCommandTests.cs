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

    [Fact]
    public async Task Should_count_single_stock_series_and_list_them_on_request()
    {
        // Given the test files and one Hong Kong day of two stocks (read with the real layouts)
        await _folder.Run("import", "data");
        _folder.Write("hk_daily/2026-07-24.json", """[{"code":"00700","name":"腾讯控股","pe":14.84,"mc":39516.08,"cur":"HKD"},{"code":"89988","name":"阿里巴巴－ＷＲ","pe":17.2,"mc":18217.69,"cur":"CNY"}]""");
        Task<CliResult> Run(params string[] args) => CliRun.RunAsync([.. args, "--store", "s.duckdb"], currentDirectory: _folder.Path, time: FixedClock.Default);
        (await Run("import", "hk_daily")).ExitCode.ShouldBe(FrothApp.Ok);

        // When listed by default, with --all, and by kind and market
        var byDefault = await Run("list", "--format", "json");
        var table = await Run("list", "--format", "table");
        var all = await Run("list", "--all", "--format", "json");
        var hk = await Run("list", "--kind", "valuation", "--market", "HK", "--format", "json");
        var stocks = await Run("list", "--kind", "stock", "--kind", "index", "--format", "json");

        // Then the four single-stock series are counted, not listed, unless asked for
        static List<string?> Symbols(CliResult r) => [.. JsonDocument.Parse(r.Out).RootElement.EnumerateArray().Select(i => i.GetProperty("symbol").GetString())];
        Symbols(byDefault).ShouldBe(["0700.HK", "^NDX"]);
        // (The console wraps long lines at its width; the words are compared.)
        string.Join(' ', table.Out.Split([' ', '\n'], StringSplitOptions.RemoveEmptyEntries)).ShouldEndWith(
            "2 instruments, 3 sources, in s.duckdb. Not listed: 4 valuation series of single stocks (MARKET_CAP 2, PE 2; by market HK 4); list them with --all or --kind valuation --market HK.");
        Symbols(all).ShouldBe(["0700.HK", "0700.HK:MARKET_CAP", "0700.HK:PE", "89988.HK:MARKET_CAP", "89988.HK:PE", "^NDX"]);
        Symbols(hk).ShouldBe(["0700.HK:MARKET_CAP", "0700.HK:PE", "89988.HK:MARKET_CAP", "89988.HK:PE"]);
        Symbols(stocks).ShouldBe(["0700.HK", "^NDX"]);
        (await Run("list", "--kind", "bond")).ExitCode.ShouldBe(FrothApp.Usage);
    }
}
