using System.Text.RegularExpressions;
using System.Xml;
using System.Xml.Linq;
using Froth.Reports.Writers;

namespace Froth.Reports.Tests.Writers;

public sealed partial class HtmlReportWriterTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    private static XDocument Parse(string html)
    {
        // The page is written as well-formed XML (HtmlReportWriter's remarks), so a strict XML parser must accept it.
        using var reader = XmlReader.Create(new StringReader(html), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        return XDocument.Load(reader);
    }

    public sealed class Write
    {
        [Fact]
        public void Should_parse_and_hold_one_inline_svg_per_chart()
        {
            var report = ChinaAiReport.Value;
            var html = HtmlReportWriter.Write(report);
            html.ShouldStartWith("<!DOCTYPE html>");
            var doc = Parse(html);
            var svgs = doc.Descendants(Svg + "svg").ToList();
            svgs.Count.ShouldBe(report.Charts().Count());
            svgs.ShouldAllBe(s => s.Descendants().Any(), "each drawing has content");
            doc.Descendants("figure").Count().ShouldBe(svgs.Count);
        }

        [Fact]
        public void Should_make_no_request_to_anywhere()
        {
            var html = HtmlReportWriter.Write(ChinaAiReport.Value);
            var doc = Parse(html);

            // No script, style sheet, image, frame or font to fetch, and no attribute pointing outside the page.
            doc.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("script");
            doc.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("link");
            doc.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("img");
            doc.Descendants().Select(e => e.Name.LocalName).ShouldNotContain("iframe");
            var references = doc.Descendants().Attributes()
                .Where(a => !a.IsNamespaceDeclaration && a.Name.LocalName is "href" or "src" or "srcset" or "action" or "data")
                .Select(a => a.Value).ToList();
            references.ShouldAllBe(v => v.StartsWith('#'), "every link stays inside the page");
            UrlInCss().IsMatch(html).ShouldBeFalse("no url() outside the drawings' own #ids");

            // The only http(s) text in the page is the SVG namespace names, which are identifiers, not requests.
            var withoutNamespaces = html.Replace("xmlns=\"http://www.w3.org/2000/svg\"", "", StringComparison.Ordinal).Replace("xmlns:xlink=\"http://www.w3.org/1999/xlink\"", "", StringComparison.Ordinal);
            withoutNamespaces.ShouldNotContain("http://");
            withoutNamespaces.ShouldNotContain("https://");
        }

        [Fact]
        public void Should_keep_the_ids_of_each_drawing_to_itself()
        {
            var doc = Parse(HtmlReportWriter.Write(ChinaAiReport.Value));
            var ids = doc.Descendants().Attributes("id").Select(a => a.Value).ToList();
            ids.Count.ShouldBe(ids.Distinct().Count(), "ids are unique in the page");
        }

        [Fact]
        public void Should_escape_text_and_give_each_fact_its_source()
        {
            var doc = Parse(HtmlReportWriter.Write(ChinaAiReport.Value));
            var facts = doc.Descendants("span").Where(s => (string?)s.Attribute("class") == "fact").ToList();
            facts.ShouldNotBeEmpty();
            facts.ShouldAllBe(s => s.Attribute("title") != null && s.Attribute("data-fact") != null);
            var close = facts.First(s => (string?)s.Attribute("data-fact") == "HSTECH.HK#close");
            close.Attribute("title")!.Value.ShouldBe("close · HSTECH.HK (hstech_sina_2020-2026) · as of 2026-07-10 · HSTECH.HK#close");
        }
    }

    public sealed class Identifiers
    {
        [Fact]
        public void Should_keep_symbols_on_one_line_and_break_file_names_only_after_underscores()
        {
            // The provenance table: a symbol cell is not to wrap inside "INFLATION"; a source named after its file may wrap
            // after each of its six underscores, and reads as the same text.
            var doc = Parse(HtmlReportWriter.Write(ChinaAiReport.Value));
            var cells = doc.Descendants("td").ToList();
            var symbol = cells.Single(td => td.Value == "CN:GDP_DEFLATOR_INFLATION");
            ((string?)symbol.Attribute("class"))!.Split(' ').ShouldBe(["ident", "nowrap"]);
            symbol.Elements("wbr").ShouldBeEmpty();
            var source = cells.Single(td => td.Value == "china_gdp_deflator_inflation_annual_pct_worldbank");
            source.Elements("wbr").Count().ShouldBe(6);
            ((string?)source.Attribute("class")).ShouldBe("ident");
        }
    }

    [GeneratedRegex(@"url\((?!#)", RegexOptions.IgnoreCase)]
    private static partial Regex UrlInCss();
}
