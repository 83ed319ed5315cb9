using Froth.Data.Store;
using Froth.Testing;

namespace Froth.Data.Tests.Store;

public sealed class FrothStoreTests
{
    // A second schema step, standing for the next real migration: it adds a column and fills it.
    private static readonly StoreMigration AddNote = new(2, "instrument notes", "ALTER TABLE instruments ADD COLUMN note VARCHAR; UPDATE instruments SET note = 'migrated';");

    private static readonly IReadOnlyList<StoreMigration> UpToVersion1 = [StoreMigrations.All[0]];

    private static readonly IReadOnlyList<StoreMigration> UpToVersion2 = [StoreMigrations.All[0], AddNote];

    public sealed class Open
    {
        [Fact]
        public void Should_create_the_file_and_its_missing_folders()
        {
            using var temp = new TempFolder();
            var path = temp.File("nested/deeper/froth.duckdb");

            using var store = FrothStore.Open(path, FixedClock.Default);

            File.Exists(path).ShouldBeTrue();
            store.Path.ShouldBe(path);
        }

        [Fact]
        public void Should_record_each_applied_migration_with_its_time()
        {
            using var temp = new TempFolder();

            using var store = FrothStore.Open(temp.File("s.duckdb"), FixedClock.Default);

            store.SchemaVersion.ShouldBe(FrothStore.LatestSchemaVersion);
            var dump = StoreDump.Of(store.Connection);
            dump.ShouldContain("## schema_version\n1|initial|2026-11-22 09:30:00Z\n", Case.Sensitive);
        }

        [Fact]
        public void Should_reject_a_folder_given_as_the_store()
        {
            using var temp = new TempFolder();

            var e = Should.Throw<FrothException>(() => FrothStore.Open(temp.Path));

            e.Message.ShouldContain("is a folder");
        }

        [Fact]
        public void Should_reject_a_file_that_is_not_a_database()
        {
            using var temp = new TempFolder();
            var path = temp.Write("notes.duckdb", "Date,Close\n2024-07-10,20675.38\n");

            var e = Should.Throw<FrothException>(() => FrothStore.Open(path));

            e.Message.ShouldContain(path);
            e.Message.ShouldContain("not a Froth store");
        }

        [Fact]
        public void Should_reject_a_duckdb_database_that_is_not_a_froth_store()
        {
            using var temp = new TempFolder();
            var path = temp.File("other.duckdb");
            using (var other = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
            {
                other.Open();
                using var command = other.CreateCommand();
                command.CommandText = "CREATE TABLE prices (d DATE, close DOUBLE)";
                command.ExecuteNonQuery();
            }

            var e = Should.Throw<FrothException>(() => FrothStore.Open(path));

            e.Message.ShouldContain("not a Froth store");
            e.Message.ShouldContain("schema_version");
        }
    }

    public sealed class Migrate
    {
        [Fact]
        public void Should_migrate_a_store_at_an_older_version_and_keep_its_data()
        {
            // Given a store written at version 1 holding three bars
            using var temp = new TempFolder();
            var path = temp.File("s.duckdb");
            using (var v1 = FrothStore.Open(path, FixedClock.Default, UpToVersion1))
            {
                v1.Import([TestBatches.NdxJuly2024()]);
            }

            // When a build that knows version 2 opens it
            using var v2 = FrothStore.Open(path, FixedClock.Default, UpToVersion2);

            // Then the second step ran once, and the data is still there
            v2.SchemaVersion.ShouldBe(2);
            StoreDump.Scalar(v2.Connection, "SELECT max(version) FROM schema_version").ShouldBe(2);
            StoreDump.Scalar(v2.Connection, "SELECT note FROM instruments WHERE symbol = '^NDX'").ShouldBe("migrated");
            StoreDump.Count(v2.Connection, "bars").ShouldBe(3);
        }

        [Fact]
        public void Should_refuse_a_store_written_at_a_newer_version()
        {
            using var temp = new TempFolder();
            var path = temp.File("s.duckdb");
            using (FrothStore.Open(path, FixedClock.Default, UpToVersion2))
            {
            }

            var e = Should.Throw<FrothException>(() => FrothStore.Open(path, FixedClock.Default, UpToVersion1));

            e.Message.ShouldBe(
                $"The store {path} has schema version 2, but this version of Froth reads schema versions up to 1. "
                + "Upgrade Froth, or point --store (or FROTH_STORE) at another store.");
        }

        [Fact]
        public void Should_refuse_a_newer_store_when_opening_it_for_reading()
        {
            using var temp = new TempFolder();
            var path = temp.File("s.duckdb");
            var newer = StoreMigrations.All.Append(new StoreMigration(FrothStore.LatestSchemaVersion + 1, "future", "CREATE TABLE future (x INTEGER);")).ToList();
            using (FrothStore.Open(path, FixedClock.Default, newer))
            {
            }

            var e = Should.Throw<FrothException>(() => StoreMarketData.Open(path));

            e.Message.ShouldContain($"schema version {FrothStore.LatestSchemaVersion + 1}");
        }

        [Fact]
        public void Should_roll_back_a_migration_that_fails_and_leave_the_version_as_it_was()
        {
            using var temp = new TempFolder();
            var path = temp.File("s.duckdb");
            using (FrothStore.Open(path, FixedClock.Default, UpToVersion1))
            {
            }

            var broken = new StoreMigration(2, "broken", "ALTER TABLE instruments ADD COLUMN note VARCHAR; SELECT * FROM no_such_table;");
            Should.Throw<Exception>(() => FrothStore.Open(path, FixedClock.Default, [StoreMigrations.All[0], broken]));

            using var store = FrothStore.Open(path, FixedClock.Default, UpToVersion1);
            store.SchemaVersion.ShouldBe(1);
            StoreDump.Scalar(store.Connection, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'instruments' AND column_name = 'note'")
                .ShouldBe(0L);
        }

        [Fact]
        public void Should_reject_migrations_with_a_gap()
        {
            var e = Should.Throw<InvalidOperationException>(() =>
                StoreMigrations.Validate([StoreMigrations.All[0], new StoreMigration(3, "three", "SELECT 1")]));

            e.Message.ShouldContain("expected version 2 but got 3");
        }
    }

    public sealed class OpenForReading
    {
        [Fact]
        public void Should_say_how_to_create_a_store_that_does_not_exist()
        {
            using var temp = new TempFolder();
            var path = temp.File("missing.duckdb");

            var e = Should.Throw<FrothException>(() => StoreMarketData.Open(path));

            e.Message.ShouldContain($"There is no Froth store at {path}");
            e.Message.ShouldContain("froth import");
            File.Exists(path).ShouldBeFalse();
        }

        [Fact]
        public void Should_migrate_an_older_store_before_reading_it()
        {
            // Given a database at version 0: a DuckDB file with no table yet
            using var temp = new TempFolder();
            var path = temp.File("s.duckdb");
            using (var empty = new DuckDB.NET.Data.DuckDBConnection($"Data Source={path}"))
            {
                empty.Open();
            }

            // When it is opened for reading
            using (var data = StoreMarketData.Open(path, FixedClock.Default))
            {
                data.Instruments().ShouldBeEmpty();
            }

            // Then it was migrated to the latest version on the way
            using var store = FrothStore.Open(path, FixedClock.Default);
            StoreDump.Scalar(store.Connection, "SELECT max(version) FROM schema_version").ShouldBe(FrothStore.LatestSchemaVersion);
        }
    }
}
