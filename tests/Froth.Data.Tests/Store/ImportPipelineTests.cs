using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Data.Store;
using Froth.Testing.Layouts;

namespace Froth.Data.Tests.Store;

public sealed class ImportPipelineTests
{
    private static readonly ImportOptions WithTestLayout = new() { Layouts = [new CloseCsvLayout()] };

    public sealed class Folders : StoreTestBase
    {
        [Fact]
        public void Should_read_folders_recursively_and_list_every_file_it_did_not_read()
        {
            // Given a folder with two data files (one nested), documentation, a checksum list, a CSV of
            // another layout, an empty CSV and a hidden folder
            var root = Temp.File("data");
            Temp.Write("data/us/^NDX_test.csv", "date,close\n2024-07-10,20675.38\n2024-07-11,20211.36\n");
            Temp.Write("data/hk/0700.HK_test.csv", "date,close\n2026-08-20,596.0\n");
            Temp.Write("data/SOURCES.md", "# sources\n");
            Temp.Write("data/hk/SHA256SUMS", "abc  0700.HK_test.csv\n");
            Temp.Write("data/other.csv", "Price,Adj Close,Close\n");
            Temp.Write("data/empty.csv", "");
            Temp.Write("data/.cache/x.csv", "date,close\n2024-07-10,1\n");
            using var store = NewStore();

            // When the folder is imported
            var report = ImportPipeline.Run([root], store, WithTestLayout);

            // Then both data files are stored, in ordinal path order, and the others are listed with a reason
            report.Summary.Documents.Select(d => (Path.GetFileName(d.Location), d.RowsNew)).ShouldBe([("0700.HK_test.csv", 1), ("^NDX_test.csv", 2)]);
            report.Skipped.Select(s => (Path.GetRelativePath(root, s.Path), s.Reason)).ShouldBe(
            [
                (".cache", "a hidden folder"),
                ("SOURCES.md", "documentation (.md)"),
                ("empty.csv", "an empty file"),
                ("hk/SHA256SUMS", "a checksum list of other files"),
                ("other.csv", "no layout matches its first line ('Price,Adj Close,Close')"),
            ]);
            store.Read().Instruments().Select(i => i.Symbol).ShouldBe(["0700.HK", "^NDX"]);
        }

        [Fact]
        public void Should_read_a_file_named_twice_once()
        {
            var file = Temp.Write("data/0700.HK_test.csv", "date,close\n2026-08-20,596.0\n");
            using var store = NewStore();

            var report = ImportPipeline.Run([file, Temp.File("data"), file], store, WithTestLayout);

            report.Summary.Documents.ShouldHaveSingleItem().RowsNew.ShouldBe(1);
        }

        [Fact]
        public void Should_report_rows_the_layout_skipped_with_their_reason()
        {
            var file = Temp.Write("0700.HK_test.csv", "date,close\n2026-08-19,skip\n2026-08-20,596.0\n2026-08-21,skip\n");
            using var store = NewStore();

            var document = ImportPipeline.Run([file], store, WithTestLayout).Summary.Documents.ShouldHaveSingleItem();

            (document.RowsNew, document.RowsSkipped).ShouldBe((1, 2));
            document.SkipReasons.ShouldBe([new SkipReason("test-skip", 2, "The close is 'skip'; the row is left out.")]);
        }
    }

    public sealed class Refused : StoreTestBase
    {
        private static readonly ImportOptions WithRefusingLayout = new() { Layouts = [new CloseCsvLayout(), new SnapshotLayout()] };

        [Fact]
        public void Should_skip_a_refused_document_found_in_a_folder_with_its_reason()
        {
            Temp.Write("d/0700.HK_test.csv", "date,close\n2026-08-20,596.0\n");
            var snapshot = Temp.Write("d/quote.txt", "snapshot 0700.HK 478.8\n");
            using var store = NewStore();

            var report = ImportPipeline.Run([Temp.File("d")], store, WithRefusingLayout);

            report.Summary.Documents.ShouldHaveSingleItem().RowsNew.ShouldBe(1);
            report.Skipped.ShouldBe([new SkippedFile(snapshot, "a test snapshot, not daily history")]);
        }

        [Fact]
        public void Should_fail_on_a_refused_document_named_explicitly()
        {
            var snapshot = Temp.Write("quote.txt", "snapshot 0700.HK 478.8\n");
            using var store = NewStore();

            var e = Should.Throw<RefusedDocumentException>(() => ImportPipeline.Run([snapshot], store, WithRefusingLayout));

            e.Message.ShouldBe($"{snapshot}:1: got 'snapshot 0700.HK 478.8'; expected daily history, not a snapshot.");
        }

        /// <summary>A layout that recognises a made-up quote snapshot and refuses it, as the quote-snapshot layout does.</summary>
        private sealed class SnapshotLayout : ISourceLayout
        {
            public string Name => "test-snapshot";

            public string Description => "Test: refused snapshots";

            public bool Matches(SourceSniff sniff) => sniff.FirstLines.FirstOrDefault()?.StartsWith("snapshot ", StringComparison.Ordinal) == true;

            public ImportBatch Read(SourceInput input) =>
                throw new RefusedDocumentException(input.Location, 1, SourceReader.Sniff(input).FirstLines[0], "daily history, not a snapshot", "a test snapshot, not daily history");
        }
    }

    public sealed class BadInput : StoreTestBase
    {
        [Fact]
        public void Should_reject_a_file_named_explicitly_that_no_layout_matches()
        {
            var file = Temp.Write("prices.csv", "Price,Adj Close,Close\n");
            using var store = NewStore();

            var e = Should.Throw<DataFormatException>(() => ImportPipeline.Run([file], store, WithTestLayout));

            e.Message.ShouldBe($"{file}:1: got 'Price,Adj Close,Close'; expected a header of a known layout (close-csv); force one with --layout.");
        }

        [Fact]
        public void Should_store_nothing_when_one_file_of_a_folder_is_malformed()
        {
            // Given a store that already holds one file
            var first = Temp.Write("old/^NDX_test.csv", "date,close\n2024-07-10,20675.38\n");
            using var store = NewStore();
            ImportPipeline.Run([first], store, WithTestLayout);
            var before = StoreDump.Of(store.Connection);

            // When a folder with a good file and a file with a bad close on line 3 is imported
            Temp.Write("new/0700.HK_test.csv", "date,close\n2026-08-20,596.0\n");
            var bad = Temp.Write("new/9988.HK_test.csv", "date,close\n2026-08-20,130.1\n2026-08-21,13O.5\n");
            var e = Should.Throw<DataFormatException>(() => ImportPipeline.Run([Temp.File("new")], store, WithTestLayout));

            // Then the error names file, line, column and value, and nothing of the command is stored
            e.Message.ShouldBe($"{bad}:3, column 'close': got '13O.5'; expected a number like 20675.38.");
            StoreDump.Of(store.Connection).ShouldBe(before);
        }

        [Fact]
        public void Should_store_nothing_of_the_cross_sections_when_one_day_file_is_malformed()
        {
            // Given a store holding one Hong Kong day, and a folder of two more days, the second with a bad mc
            var layouts = new ImportOptions();
            Temp.Write("hk/2026-07-23.json", """[{"code":"00700","pe":14.5,"mc":39000.5,"cur":"HKD"}]""");
            using var store = NewStore();
            ImportPipeline.Run([Temp.File("hk")], store, layouts);
            var before = StoreDump.Of(store.Connection);
            Temp.Write("more/2026-07-24.json", """[{"code":"00700","pe":14.8,"mc":39516.08,"cur":"HKD"}]""");
            var bad = Temp.Write("more/2026-07-27.json", """[{"code":"00700","pe":14.9,"mc":"39600","cur":"HKD"}]""");

            // When the folder is imported
            var e = Should.Throw<DataFormatException>(() => ImportPipeline.Run([Temp.File("more")], store, layouts));

            // Then the error names the file, the JSON path and the value, and the store is as it was
            e.Message.ShouldBe($"{bad}, column '[0].mc': got '\"39600\"'; expected a market capitalisation in 亿 HKD, a number above 0 like 39516.08.");
            StoreDump.Of(store.Connection).ShouldBe(before);
        }

        [Fact]
        public void Should_name_every_file_that_failed()
        {
            var a = Temp.Write("d/a_test.csv", "date,close\n2026-13-01,1\n");
            var b = Temp.Write("d/b_test.csv", "date,close\n2026-08-20,x\n");
            using var store = NewStore();

            var e = Should.Throw<FrothException>(() => ImportPipeline.Run([Temp.File("d")], store, WithTestLayout));

            e.Message.ShouldBe(
                "2 files could not be read; nothing was imported:" + Environment.NewLine
                + $"  {a}:2, column 'date': got '2026-13-01'; expected a date like 2024-07-10." + Environment.NewLine
                + $"  {b}:2, column 'close': got 'x'; expected a number like 20675.38.");
            StoreDump.Count(store.Connection, "imports").ShouldBe(0);
        }

        [Fact]
        public void Should_reject_a_path_that_does_not_exist()
        {
            using var store = NewStore();
            var missing = Temp.File("nope");

            var e = Should.Throw<FrothException>(() => ImportPipeline.Run([missing], store, WithTestLayout));

            e.Message.ShouldBe($"There is no file or folder at {missing}; expected a data file (.csv, .json…) or a folder of them.");
        }

        [Fact]
        public void Should_reject_an_unknown_layout_name_listing_the_known_ones()
        {
            using var store = NewStore();

            var e = Should.Throw<FrothException>(() => ImportPipeline.Run([Temp.Path], store, WithTestLayout with { Layout = "yahoo" }));

            e.Message.ShouldBe("Unknown layout 'yahoo'; expected one of: close-csv.");
        }

        [Fact]
        public void Should_read_every_data_file_with_a_forced_layout()
        {
            // A file whose header does not match: forcing the layout makes the layout itself reject it.
            var file = Temp.Write("d/x_test.csv", "day,close\n2024-07-10,1\n");
            using var store = NewStore();

            var e = Should.Throw<DataFormatException>(() => ImportPipeline.Run([Temp.File("d")], store, WithTestLayout with { Layout = "close-csv" }));

            e.Message.ShouldBe($"{file}:1: got 'day,close'; expected the header 'date,close'.");
        }
    }

    public sealed class Scan
    {
        [Theory]
        [InlineData("a.csv", null)]
        [InlineData("a.JSON", null)]
        [InlineData("quote.txt", null)]
        [InlineData("DATA_MANIFEST.json", "a download manifest (metadata about other files, not market data)")]
        [InlineData("shiller.xls", "an Excel workbook (.xls), which Froth does not read; export the sheet to CSV")]
        [InlineData("notes", "no data extension (expected .csv, .tsv, .txt, .json)")]
        [InlineData("data.parquet", "no data extension (.parquet; expected .csv, .tsv, .txt, .json)")]
        public void Should_say_why_a_file_found_in_a_folder_is_not_read(string name, string? reason)
        {
            SourceFiles.SkipReason(Path.Combine("/data", name)).ShouldBe(reason);
        }
    }
}
