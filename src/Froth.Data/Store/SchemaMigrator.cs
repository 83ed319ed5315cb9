using DuckDB.NET.Data;

namespace Froth.Data.Store;

/// <summary>
/// Brings a store's schema to the latest version: reads <c>schema_version</c>, applies each missing migration
/// in its own transaction (the script and its <c>schema_version</c> row commit together), and refuses a store
/// written by a newer Froth.
/// </summary>
internal static class SchemaMigrator
{
    private const string CreateVersionTable =
        "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER PRIMARY KEY, description VARCHAR NOT NULL, applied_at TIMESTAMPTZ NOT NULL)";

    /// <summary>The store's schema version: 0 for an empty database.</summary>
    /// <exception cref="FrothException">The database holds tables but no <c>schema_version</c>: it is not a Froth store.</exception>
    public static int ReadVersion(DuckDBConnection connection, string path)
    {
        var tables = StoreSql.Query(
            connection,
            "SELECT table_name FROM information_schema.tables WHERE table_schema = 'main' AND table_catalog = current_database()",
            r => r.GetString(0));
        if (tables.Count == 0)
        {
            return 0;
        }

        if (!tables.Contains("schema_version"))
        {
            throw new FrothException(
                $"{path} is a DuckDB database but not a Froth store (it has no schema_version table); point --store at another file.");
        }

        return Convert.ToInt32(StoreSql.Scalar(connection, "SELECT coalesce(max(version), 0) FROM schema_version") ?? 0, System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Throws when the store's version is newer than the latest migration this build knows.</summary>
    /// <exception cref="FrothException">The store was written by a newer Froth.</exception>
    public static void EnsureNotNewer(int version, int latest, string path)
    {
        if (version > latest)
        {
            throw new FrothException(
                $"The store {path} has schema version {version}, but this version of Froth reads schema versions up to {latest}. "
                + "Upgrade Froth, or point --store (or FROTH_STORE) at another store.");
        }
    }

    /// <summary>Applies every migration after the store's current version; returns the version reached.</summary>
    /// <exception cref="FrothException">The store is newer than <paramref name="migrations"/> or is not a Froth store.</exception>
    public static int Migrate(DuckDBConnection connection, string path, IReadOnlyList<StoreMigration> migrations, TimeProvider time)
    {
        StoreMigrations.Validate(migrations);
        var current = ReadVersion(connection, path);
        var latest = migrations[^1].Version;
        EnsureNotNewer(current, latest, path);

        foreach (var migration in migrations.Where(m => m.Version > current))
        {
            using var transaction = connection.BeginTransaction();
            StoreSql.Execute(connection, CreateVersionTable);
            StoreSql.Execute(connection, migration.Sql);
            StoreSql.Execute(
                connection,
                "INSERT INTO schema_version VALUES (?, ?, ?)",
                migration.Version,
                migration.Description,
                time.GetUtcNow());
            transaction.Commit();
            current = migration.Version;
        }

        return current;
    }
}
