using Froth.Data.Store;
using Froth.Testing;

namespace Froth.Data.Tests.Store;

/// <summary>
/// A damaged store file is reported as damaged (naming the file and the remedy), never as "in use by another
/// process": DuckDB's message for a bad checksum speaks of a "block", which the old check read as a "lock".
/// </summary>
public sealed class StoreDamageTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private string DamagedStore(long offset, int length)
    {
        var path = _folder.File("froth.duckdb");
        FrothStore.Open(path).Dispose();
        using (var file = new FileStream(path, FileMode.Open, FileAccess.Write))
        {
            file.Position = offset;
            var garbage = new byte[length];
            new Random(15).NextBytes(garbage);
            file.Write(garbage);
        }

        return path;
    }

    [Theory]
    [InlineData(0, 4096)] // the main header (magic bytes)
    [InlineData(4096, 8192)] // both database headers (checksummed)
    public void Should_say_a_damaged_store_is_damaged_and_how_to_recover(long offset, int length)
    {
        var path = DamagedStore(offset, length);

        var e = Should.Throw<FrothException>(() => FrothStore.Open(path).Dispose());

        e.Message.ShouldContain(path);
        e.Message.ShouldNotContain("in use by another process");
        e.Message.ShouldContain("import");
    }

    [Fact]
    public void Should_say_a_store_held_by_another_process_is_in_use()
    {
        // DuckDB locks a file against other processes, not other connections of this one; the message it gives for a
        // held lock is what Explain must recognise (DuckDB 1.x words it so; the lock is process-wide, not per connection).
        var message = StoreConnection.Explain("/s/froth.duckdb", "IO Error: Could not set lock on file \"/s/froth.duckdb\": Conflicting lock is held in /usr/bin/dotnet (PID 42) by user me.");

        message.ShouldStartWith("The store /s/froth.duckdb is in use by another process");
    }
}
