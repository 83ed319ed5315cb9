using System.Diagnostics;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// Folder scans and file reads under hostile file systems: links that loop, pipes and devices, a file that changes
/// while it is read, a file over the size limit. Each case either finishes with a reason or fails naming the file;
/// none hangs or reads a file twice.
/// </summary>
public sealed class SourceFileGuardTests
{
    private const string Csv = "Date,Open,High,Low,Close,Volume\n2024-07-10,1,1,1,1,100\n";

    public sealed class Scan : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_walk_each_real_folder_once_through_self_links_and_links_to_a_parent()
        {
            _folder.Write("data/a.csv", Csv);
            var data = _folder.File("data");
            // Two self-links and a link to the parent: before, each link was walked again, exponentially.
            File.CreateSymbolicLink(Path.Combine(data, "self1"), data);
            File.CreateSymbolicLink(Path.Combine(data, "self2"), data);
            Directory.CreateDirectory(Path.Combine(data, "sub"));
            File.CreateSymbolicLink(Path.Combine(data, "sub", "up"), data);

            var scan = SourceFiles.Scan([data]);

            scan.Files.Select(f => Path.GetFileName(f.Path)).ShouldBe(["a.csv"]);
            scan.Skipped.Count(s => s.Reason.StartsWith("a link to a folder already read", StringComparison.Ordinal)).ShouldBe(3);
        }

        [Fact]
        public void Should_read_a_file_reached_through_a_link_once()
        {
            _folder.Write("data/a.csv", Csv);
            File.CreateSymbolicLink(_folder.File("data/b.csv"), _folder.File("data/a.csv"));

            var scan = SourceFiles.Scan([_folder.File("data")]);

            scan.Files.ShouldHaveSingleItem();
            scan.Skipped.ShouldHaveSingleItem().Reason.ShouldStartWith("a link to a file already read");
        }

        [Fact]
        public void Should_skip_a_named_pipe_and_a_link_to_a_device_with_the_reason()
        {
            Directory.CreateDirectory(_folder.File("data"));
            using (var mkfifo = Process.Start("mkfifo", [_folder.File("data/pipe.csv")]))
            {
                mkfifo.WaitForExit();
                mkfifo.ExitCode.ShouldBe(0);
            }

            File.CreateSymbolicLink(_folder.File("data/zero.csv"), "/dev/zero");

            var scan = SourceFiles.Scan([_folder.File("data")]);

            scan.Files.ShouldBeEmpty();
            scan.Skipped.Single(s => s.Path.EndsWith("pipe.csv", StringComparison.Ordinal)).Reason.ShouldContain("a named pipe");
            scan.Skipped.Single(s => s.Path.EndsWith("zero.csv", StringComparison.Ordinal)).Reason.ShouldContain("a character device");
        }
    }

    public sealed class Read : IDisposable
    {
        private readonly TempFolder _folder = new();

        public void Dispose() => _folder.Dispose();

        [Fact]
        public void Should_fail_naming_a_file_that_changed_while_it_was_read()
        {
            var path = _folder.Write("a.csv", Csv);

            var e = Should.Throw<DataFormatException>(() => SourceFileReader.Read(path, afterRead: () => File.AppendAllText(path, "2024-07-11,1,1,1,1,100\n")));

            e.Location.ShouldBe(path);
            e.Message.ShouldContain("does not change while it is read");
        }

        [Fact]
        public void Should_refuse_a_file_over_the_limit()
        {
            var path = _folder.Write("a.csv", Csv);

            var e = Should.Throw<DataFormatException>(() => SourceFileReader.Read(path, maxBytes: 10));

            e.Message.ShouldContain("a file of at most 10 bytes");
        }

        [Fact]
        public void Should_refuse_a_device_named_explicitly_before_opening_it()
        {
            var e = Should.Throw<DataFormatException>(() => SourceFileReader.Read("/dev/zero"));

            e.Message.ShouldContain("a regular file; it is a character device");
        }

        [Fact]
        public void Should_refuse_a_basket_file_that_is_a_named_pipe_instead_of_waiting_for_a_writer()
        {
            var path = _folder.File("basket.json");
            using (var mkfifo = Process.Start("mkfifo", [path]))
            {
                mkfifo.WaitForExit();
                mkfifo.ExitCode.ShouldBe(0);
            }

            var e = Should.Throw<DataFormatException>(() => Froth.Data.Baskets.BasketFile.Read(path));

            e.Message.ShouldContain("a named pipe");
        }

        [Fact]
        public void Should_read_a_file_through_a_link_by_its_target_s_size()
        {
            var target = _folder.Write("a.csv", Csv);
            var link = _folder.File("link.csv");
            File.CreateSymbolicLink(link, target);

            SourceFileReader.Read(link).Length.ShouldBe(Csv.Length);
        }

        [Fact]
        public void Should_read_an_unchanged_file_whole()
        {
            var path = _folder.Write("a.csv", Csv);

            SourceFileReader.Read(path).ShouldBe(System.Text.Encoding.UTF8.GetBytes(Csv));
        }
    }
}
