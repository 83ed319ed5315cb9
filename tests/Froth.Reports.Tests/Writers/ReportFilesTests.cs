using Froth.Reports.Writers;
using Froth.Testing;

namespace Froth.Reports.Tests.Writers;

public sealed class ReportFilesTests
{
    public sealed class Slug
    {
        [Theory]
        [InlineData("china-ai", "china-ai")]
        [InlineData("0700.HK", "0700.HK")]
        [InlineData("../../../../elsewhere/evil", "elsewhere-evil")]
        [InlineData("/etc/passwd", "etc-passwd")]
        [InlineData("a/b\\c", "a-b-c")]
        [InlineData("..", "report")]
        [InlineData("...hidden", "hidden")]
        [InlineData("x..y", "x.y")]
        [InlineData("", "report")]
        [InlineData("AI 人工智能 \u001b[2J", "AI-2J")]
        [InlineData("C:\\Windows\\evil", "C-Windows-evil")]
        public void Should_reduce_a_name_to_a_file_name_that_stays_in_its_folder(string name, string expected)
        {
            ReportFiles.Slug(name).ShouldBe(expected);
        }

        [Fact]
        public void Should_cut_a_long_name()
        {
            ReportFiles.Slug(new string('a', 500)).Length.ShouldBe(ReportFiles.MaxSlugLength);
        }
    }

    public sealed class Write
    {
        [Theory]
        [InlineData(HostileReport.Name)]
        [InlineData("/tmp/froth-absolute-evil")]
        [InlineData("a/b")]
        public void Should_write_every_file_inside_the_folder_given(string name)
        {
            using var parent = new TempFolder();
            var folder = Path.Combine(parent.Path, "one", "two", "out");
            var report = HostileReport.Value with { Subject = name };
            var files = ReportWriter.Write(report, folder, [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json]);
            var root = Path.GetFullPath(folder) + Path.DirectorySeparatorChar;
            files.Count.ShouldBe(4); // the chart and three reports
            foreach (var f in files)
            {
                Path.GetFullPath(f).ShouldStartWith(root);
            }

            // Nothing anywhere else under the parent, and nothing at the absolute name.
            Directory.GetFiles(parent.Path, "*", SearchOption.AllDirectories).Select(Path.GetFullPath).Where(f => !f.StartsWith(root, StringComparison.Ordinal)).ShouldBeEmpty();
            File.Exists("/tmp/froth-absolute-evil-2026-07-10.html").ShouldBeFalse();
        }

        [Fact]
        public void Should_find_the_previous_report_of_a_name_with_a_slash()
        {
            using var folder = new TempFolder();
            ReportWriter.Write(HostileReport.Value with { Subject = "a/b*" }, folder.Path, [ReportFormat.Json]);
            PreviousReport.FindLatest(folder.Path, "a/b*", new DateOnly(2026, 8, 1))!.Subject.ShouldBe("a/b*");
        }
    }
}
