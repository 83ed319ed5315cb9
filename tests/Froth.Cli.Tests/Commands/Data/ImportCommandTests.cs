using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

public sealed class ImportCommandTests : IDisposable
{
    private readonly DataFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        var result = await CliRun.RunAsync(["import", "--help"]);

        Golden.Verify(result.Out, "import-help");
    }

    [Fact]
    public async Task Should_print_the_approved_summary_table()
    {
        var result = await _folder.Run("import", "data", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "import-table");
    }

    [Fact]
    public async Task Should_summarize_each_file_and_the_files_not_read_in_json()
    {
        var result = await _folder.Run("import", "data", "--format", "json");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        var root = json.RootElement;
        root.GetProperty("store").GetString().ShouldBe(_folder.StorePath);
        var documents = root.GetProperty("documents").EnumerateArray().ToList();
        documents.Select(d => System.IO.Path.GetFileName(d.GetProperty("file").GetString())).ShouldBe(["0700.HK_yahoo.csv", "^NDX_stooq.csv", "^NDX_yahoo.csv"]);
        documents.Select(d => d.GetProperty("rowsNew").GetInt32()).ShouldBe([2, 3, 3]);
        documents[0].GetProperty("rowsSkipped").GetInt32().ShouldBe(1);
        documents[0].GetProperty("skipReasons")[0].GetProperty("rule").GetString().ShouldBe("test-skip");
        root.GetProperty("totals").GetProperty("instruments").GetInt32().ShouldBe(2);
        var skipped = root.GetProperty("skippedFiles").EnumerateArray().ShouldHaveSingleItem();
        skipped.GetProperty("reason").GetString().ShouldBe("documentation (.md)");
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_files_are_imported_again()
    {
        await _folder.Run("import", "data");
        var listBefore = await _folder.Run("list", "--format", "json");

        var again = await _folder.Run("import", "data", "--format", "json");

        again.ExitCode.ShouldBe(FrothApp.Ok, again.Error);
        using var json = JsonDocument.Parse(again.Out);
        json.RootElement.GetProperty("documents").EnumerateArray().ShouldAllBe(d => d.GetProperty("importId").ValueKind == JsonValueKind.Null);
        json.RootElement.GetProperty("totals").GetProperty("rowsUnchanged").GetInt32().ShouldBe(8);
        (await _folder.Run("list", "--format", "json")).Out.ShouldBe(listBefore.Out);
        (await _folder.Run("import", "data", "--format", "table")).Out.ShouldEndWith("The store s.duckdb already held all of this data; nothing changed.\n");
    }

    [Fact]
    public async Task Should_report_a_changed_close_as_a_revision()
    {
        await _folder.Run("import", "data");
        _folder.Write("data/hk/0700.HK_yahoo.csv", "date,close\n2026-08-19,skip\n2026-08-20,596.5\n2026-08-21,598.5\n");

        var result = await _folder.Run("import", "data/hk", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "import-revision-table");
    }

    [Fact]
    public async Task Should_reject_a_malformed_file_naming_file_line_column_and_value_and_create_no_store()
    {
        var bad = _folder.Write("data/hk/9988.HK_yahoo.csv", "date,close\n2026-08-20,130.1\n2026-08-21,13O.5\n");

        var result = await _folder.Run("import", "data");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe($"error: {bad}:3, column 'close': got '13O.5'; expected a number like 20675.38.\n");
        result.Out.ShouldBeEmpty();
        File.Exists(_folder.StorePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_leave_an_existing_store_unchanged_when_a_file_is_malformed()
    {
        await _folder.Run("import", "data/us");
        var before = await File.ReadAllBytesAsync(_folder.StorePath, TestContext.Current.CancellationToken);
        _folder.Write("data/hk/9988.HK_yahoo.csv", "date,close\n2026-08-20,130.1\n2026-13-21,130.5\n");

        var result = await _folder.Run("import", "data");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        (await File.ReadAllBytesAsync(_folder.StorePath, TestContext.Current.CancellationToken)).ShouldBe(before);
        (await _folder.Run("list", "--format", "json")).Out.ShouldNotContain("0700.HK");
    }

    [Fact]
    public async Task Should_reject_an_explicit_file_that_no_layout_matches()
    {
        var other = _folder.Write("other.csv", "Price,Adj Close\n");

        var result = await _folder.Run("import", "other.csv");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe($"error: {other}:1: got 'Price,Adj Close'; expected a header of a known layout (close-csv); force one with --layout.\n");
    }

    [Fact]
    public async Task Should_reject_an_unknown_layout()
    {
        var result = await _folder.Run("import", "data", "--layout", "stooq");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe("error: Unknown layout 'stooq'; expected one of: close-csv.\n");
    }

    [Fact]
    public async Task Should_reject_a_path_that_does_not_exist()
    {
        var result = await _folder.Run("import", "missing");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain($"There is no file or folder at {_folder.File("missing")}");
    }

    [Fact]
    public async Task Should_require_a_path()
    {
        var result = await _folder.Run("import");

        result.ExitCode.ShouldBe(FrothApp.Usage);
    }
}
