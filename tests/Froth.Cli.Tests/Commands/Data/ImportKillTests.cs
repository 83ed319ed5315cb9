using System.Diagnostics;
using DuckDB.NET.Data;
using Froth.Cli.Hosting;
using Froth.Data.Tests.Store;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>
/// A real kill: a child <c>froth import</c> of the whole snapshot is killed (SIGKILL) in the middle of its write
/// transaction, after DuckDB has already written uncommitted rows into the store file, and the store must be
/// exactly as it was before.
/// </summary>
/// <remarks>
/// How the test knows the child is mid-write, without a hook in the product: <c>froth import</c> reads every file
/// before it opens the store, then holds DuckDB's write lock on it (seen in <c>/proc/locks</c>; watching by
/// opening the store would contend for the lock). Inside the transaction, DuckDB writes the row groups of the
/// large insert into <c>bars</c> straight into the database file ("optimistic writes"), so the file grows;
/// only at commit does it write the write-ahead log (<c>.wal</c>). So a store file larger than before, with no
/// WAL yet, while the child holds the lock, means uncommitted rows are on disk. The child is killed at that
/// moment; if DuckDB or Froth let any of those rows count, the dump of every table would differ. Linux only.
/// </remarks>
public sealed class ImportKillTests : IDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(60);

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public async Task Should_leave_the_store_as_it_was_when_the_import_is_killed_while_it_writes()
    {
        Assert.SkipUnless(OperatingSystem.IsLinux() && File.Exists("/proc/locks"), "needs Linux's /proc/locks to see when the child holds the store");

        // Given a store holding the US price files
        var store = _temp.File("killed.duckdb");
        (await CliRun.RunAsync(["import", SampleData.Path("prices/us"), "--store", store], time: FixedClock.Default)).ExitCode.ShouldBe(FrothApp.Ok);
        var before = Dump(store);
        File.Exists(store + ".wal").ShouldBeFalse();

        // When a child froth import of the snapshot is killed while it writes
        var cli = Path.Combine(AppContext.BaseDirectory, "Froth.Cli.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in new[] { cli, "import", SampleData.Root, "--store", store, "--format", "json" })
        {
            start.ArgumentList.Add(a);
        }

        var initialLength = new FileInfo(store).Length;
        using var child = Process.Start(start)!;
        var stdout = child.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var stderr = child.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        var midWrite = await WaitForUncommittedWrite(child, store, initialLength);
        child.Kill();
        await child.WaitForExitAsync(TestContext.Current.CancellationToken);
        var killedLength = new FileInfo(store).Length;

        // Then it was killed mid-write, and the store is exactly as it was
        midWrite.ShouldBeTrue($"the child was never seen writing its transaction; it exited with {(child.HasExited ? child.ExitCode : -1)}: {await stderr}");
        (await stdout).ShouldBeEmpty();
        killedLength.ShouldBeGreaterThan(initialLength, "uncommitted row groups were in the file when the child died");
        Dump(store).ShouldBe(before);
    }

    /// <summary>Waits until the child holds the store's lock and the file has grown while no WAL exists yet.</summary>
    private static async Task<bool> WaitForUncommittedWrite(Process child, string store, long initialLength)
    {
        var pid = $" {child.Id} ";
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < LockWait && !child.HasExited)
        {
            if (new FileInfo(store).Length > initialLength
                && !File.Exists(store + ".wal")
                && (await File.ReadAllLinesAsync("/proc/locks")).Any(l => l.Contains(pid, StringComparison.Ordinal)))
            {
                return true;
            }

            await Task.Delay(1);
        }

        return false;
    }

    private static string Dump(string path)
    {
        using var connection = new DuckDBConnection($"Data Source={path};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return StoreDump.Of(connection);
    }
}
