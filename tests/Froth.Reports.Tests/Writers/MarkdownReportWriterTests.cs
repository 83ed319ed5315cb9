using System.Text.RegularExpressions;
using Froth.Reports.Writers;
using Froth.Testing;

namespace Froth.Reports.Tests.Writers;

public sealed partial class MarkdownReportWriterTests
{
    public sealed class Write
    {
        [Fact]
        public void Should_write_its_charts_as_files_beside_it()
        {
            using var folder = new TempFolder();
            var report = ChinaAiReport.Value;
            var files = ReportWriter.Write(report, folder.Path, [ReportFormat.Markdown]);
            var md = File.ReadAllText(folder.File("china-ai-2026-07-10.md"));
            var links = ChartLink().Matches(md).Select(m => m.Groups[1].Value).ToList();
            links.Count.ShouldBe(report.Charts().Count());
            foreach (var link in links)
            {
                var path = Path.Combine(folder.Path, link);
                File.Exists(path).ShouldBeTrue(link);
                System.Xml.Linq.XDocument.Load(path).Root!.Name.LocalName.ShouldBe("svg");
                files.ShouldContain(path);
            }
        }

        [Theory]
        [InlineData("a*b_c", @"a\*b\_c")]
        [InlineData("x | y", @"x \| y")]
        [InlineData("<b>#1</b>", @"\<b\>\#1\</b\>")]
        public void Should_escape_what_markdown_would_read_as_markup(string text, string expected)
        {
            MarkdownReportWriter.Escape(text).ShouldBe(expected);
        }
    }

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+\.svg)\)")]
    private static partial Regex ChartLink();
}
