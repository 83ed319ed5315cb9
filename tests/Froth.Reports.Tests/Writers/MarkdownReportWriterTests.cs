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

    /// <summary>
    /// The hostile report (<see cref="HostileReport"/>) rendered by markdown-it and marked keeps its shape: no tag the
    /// writer did not put there, one chart image whose source is inside its chart folder, every name as text.
    /// </summary>
    public sealed class Renderers
    {
        // The elements the writer's own markup makes: title and sections, paragraphs, emphasis, the headline list,
        // the quoted callout, the table and the chart image.
        private static readonly HashSet<string> Allowed = ["h1", "h2", "p", "em", "strong", "ul", "li", "blockquote", "table", "thead", "tbody", "tr", "th", "td", "img"];

        [Theory]
        [InlineData("markdown-it")]
        [InlineData("marked")]
        public void Should_render_hostile_names_as_text_and_keep_the_documents_shape(string renderer)
        {
            var md = MarkdownReportWriter.Write(HostileReport.Value);
            var (markdownIt, marked) = MarkdownRenderers.Render(md);
            var html = renderer == "markdown-it" ? markdownIt : marked;
            var tags = Tag().Matches(html).Select(m => m.Groups[1].Value.ToLowerInvariant()).ToList();
            tags.Where(t => !Allowed.Contains(t)).ShouldBeEmpty(html);
            tags.Count(t => t == "h1").ShouldBe(1, html);
            tags.Count(t => t == "h2").ShouldBe(2, html);
            tags.Count(t => t == "table").ShouldBe(1, html);
            tags.Count(t => t == "tr").ShouldBe(3, html); // the header and two rows
            tags.Count(t => t == "img").ShouldBe(1, html);
            tags.Count(t => t == "ul").ShouldBe(1, html); // the headline list only: no list from a name
            // No event handler attribute on any tag (quoted attribute values such as the chart's alt text are text).
            WholeTag().Matches(html).Select(m => Quoted().Replace(m.Value, "\"\"")).Where(t => Handler().IsMatch(t)).ShouldBeEmpty(html);
            html.ShouldNotContain("\u001b");
            html.ShouldNotContain("\u202E");
            Img().Match(html).Groups[1].Value.ShouldBe("elsewhere-inj-img-src-x-onerror-alert-5-2026-07-10-charts/performance.svg");
            html.ShouldContain("&lt;img src=x onerror=alert(5)&gt;"); // the name is still there, as text
        }
    }

    [GeneratedRegex(@"<\s*([A-Za-z][A-Za-z0-9-]*)")]
    private static partial Regex Tag();

    [GeneratedRegex(@"<[A-Za-z][^>]*>")]
    private static partial Regex WholeTag();

    [GeneratedRegex(@"""[^""]*""")]
    private static partial Regex Quoted();

    [GeneratedRegex(@"\son[a-z]+\s*=", RegexOptions.IgnoreCase)]
    private static partial Regex Handler();

    [GeneratedRegex(@"<img src=""([^""]*)""")]
    private static partial Regex Img();

    [GeneratedRegex(@"!\[[^\]]*\]\(([^)]+\.svg)\)")]
    private static partial Regex ChartLink();
}
