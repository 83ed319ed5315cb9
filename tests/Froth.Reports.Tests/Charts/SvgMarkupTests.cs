using Froth.Reports.Charts;

namespace Froth.Reports.Tests.Charts;

public sealed class SvgMarkupTests
{
    public sealed class Prepare
    {
        [Fact]
        public void Should_prefix_ids_and_the_references_to_them_and_add_a_view_box()
        {
            const string svg = """<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg" width="80" height="40"><clipPath id="cl_4"><rect width="1" height="1"/></clipPath><g clip-path="url(#cl_4)"/></svg>""";
            var prepared = SvgMarkup.Prepare(svg, "perf");
            prepared.ShouldNotContain("<?xml");
            prepared.ShouldContain("id=\"perf-cl_4\"");
            prepared.ShouldContain("clip-path=\"url(#perf-cl_4)\"");
            prepared.ShouldContain("viewBox=\"0 0 80 40\"");
        }

        [Fact]
        public void Should_refuse_a_reference_outside_the_drawing()
        {
            const string svg = """<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink"><image xlink:href="https://example.com/a.png"/></svg>""";
            Should.Throw<InvalidOperationException>(() => SvgMarkup.Prepare(svg, "x")).Message.ShouldContain("outside itself");
        }

        [Fact]
        public void Should_refuse_a_drawing_that_is_not_well_formed()
        {
            Should.Throw<InvalidOperationException>(() => SvgMarkup.Prepare("<svg><g></svg>", "x"));
        }
    }

    public sealed class Draw
    {
        [Fact]
        public void Should_draw_a_dated_line_chart_as_svg()
        {
            var dates = Enumerable.Range(0, 30).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToList();
            var svg = ReportCharts.Rebased("t", [new ChartLine("a", dates, [.. dates.Select((_, i) => 100.0 + i)])], "level");
            var root = System.Xml.Linq.XElement.Parse(svg);
            root.Name.LocalName.ShouldBe("svg");
            root.Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value.Trim()).ShouldContain("a", "the legend names the line");
        }
    }
}
