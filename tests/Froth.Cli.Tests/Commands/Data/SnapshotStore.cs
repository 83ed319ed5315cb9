using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>
/// The whole sample snapshot imported once, through the CLI, into a temp store shared by the end-to-end tests;
/// then imported a second time to check that nothing changes. Deleted after the tests.
/// </summary>
public sealed class SnapshotStore : IAsyncLifetime
{
    private readonly TempFolder _temp = new();

    public string StorePath => _temp.File("snapshot.duckdb");

    /// <summary>Output of the first <c>froth import</c> (JSON).</summary>
    public JsonDocument FirstImport { get; private set; } = null!;

    /// <summary>Output of the second <c>froth import</c> of the same folder (JSON).</summary>
    public JsonDocument SecondImport { get; private set; } = null!;

    /// <summary><c>froth list --format json</c> after the first import.</summary>
    public string ListAfterFirst { get; private set; } = "";

    /// <summary><c>froth list --format json</c> after the second import.</summary>
    public string ListAfterSecond { get; private set; } = "";

    public Task<CliResult> Run(params string[] args) =>
        CliRun.RunAsync([.. args, "--store", StorePath], time: FixedClock.Default);

    public async ValueTask InitializeAsync()
    {
        FirstImport = JsonDocument.Parse(await Ok("import", SampleData.Root, "--format", "json"));
        ListAfterFirst = await Ok("list", "--format", "json");
        SecondImport = JsonDocument.Parse(await Ok("import", SampleData.Root, "--format", "json"));
        ListAfterSecond = await Ok("list", "--format", "json");
    }

    public ValueTask DisposeAsync()
    {
        FirstImport?.Dispose();
        SecondImport?.Dispose();
        _temp.Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<string> Ok(params string[] args)
    {
        var result = await Run(args);
        if (result.ExitCode != FrothApp.Ok)
        {
            throw new InvalidOperationException($"froth {string.Join(' ', args)} exited with {result.ExitCode}: {result.Error}");
        }

        return result.Out;
    }
}

[CollectionDefinition(Name)]
public sealed class SnapshotCollection : ICollectionFixture<SnapshotStore>
{
    public const string Name = "Sample snapshot store";
}
