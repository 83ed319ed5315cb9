using DuckDB.NET.Data;
using Froth.Data.Sources;

namespace Froth.Data.Store;

/// <summary>
/// The DuckDB store, open for writing: creates the file (and its folder) when missing, migrates its schema to
/// the latest version, and imports batches in one transaction each. Dispose it to release the file.
/// </summary>
/// <remarks>
/// DuckDB lets one process write a file, or several read it; <see cref="StoreMarketData.Open"/> opens a store
/// read-only. The schema and the guarantees (transactional, idempotent imports; provenance of every row;
/// revisions) are described in <c>docs/store.md</c>.
/// </remarks>
public sealed class FrothStore : IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly TimeProvider _time;

    private FrothStore(string path, DuckDBConnection connection, TimeProvider time, int version)
    {
        Path = path;
        _connection = connection;
        _time = time;
        SchemaVersion = version;
    }

    /// <summary>The schema version this build of Froth writes.</summary>
    public static int LatestSchemaVersion => StoreMigrations.Latest;

    /// <summary>Absolute path of the store file.</summary>
    public string Path { get; }

    /// <summary>The store's schema version (always <see cref="LatestSchemaVersion"/> once open).</summary>
    public int SchemaVersion { get; }

    /// <summary>The open connection, for the store's own readers and for tests.</summary>
    internal DuckDBConnection Connection => _connection;

    /// <summary>Opens the store at <paramref name="path"/> for writing, creating and migrating it as needed.</summary>
    /// <param name="path">Store file; relative paths are resolved against the current folder.</param>
    /// <param name="time">Clock for import and migration times; the system clock when <see langword="null"/>.</param>
    /// <exception cref="FrothException">
    /// The file cannot be opened (in use, not a DuckDB file), is not a Froth store, or has a schema newer than
    /// this build reads.
    /// </exception>
    public static FrothStore Open(string path, TimeProvider? time = null) =>
        Open(path, time ?? TimeProvider.System, StoreMigrations.All);

    /// <summary>Opens with an explicit list of migrations (tests of the migrator).</summary>
    internal static FrothStore Open(string path, TimeProvider time, IReadOnlyList<StoreMigration> migrations)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        var connection = StoreConnection.Open(full, readOnly: false);
        try
        {
            var version = SchemaMigrator.Migrate(connection, full, migrations, time);
            return new FrothStore(full, connection, time, version);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <summary>
    /// Imports the batches in one transaction: either every batch is stored or, when anything fails (an
    /// exception from the store or from <paramref name="progress"/>), nothing is. Importing content the store
    /// already holds changes nothing; a changed value for a stored date is updated and recorded as a revision.
    /// </summary>
    /// <param name="batches">The documents' batches, applied in this order.</param>
    /// <param name="progress">Receives progress synchronously, inside the transaction; may be <see langword="null"/>.</param>
    /// <returns>What happened to each document, and the revisions made.</returns>
    /// <exception cref="FrothException">A batch is inconsistent (unsorted or duplicate dates, non-finite values, a series whose kind changed).</exception>
    public ImportSummary Import(IReadOnlyList<ImportBatch> batches, IProgress<ImportProgress>? progress = null) =>
        new StoreImporter(_connection, _time).Import(batches, progress);

    /// <summary>Read access over this store's connection; valid until the store is disposed.</summary>
    public StoreMarketData Read() => new(_connection, ownsConnection: false, Path);

    /// <inheritdoc />
    public void Dispose() => _connection.Dispose();
}
