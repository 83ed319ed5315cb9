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

        [Fact]
        public void Should_write_negative_ticks_with_the_true_minus_sign()
        {
            // A line from −2 to +2: the vertical axis has negative ticks, written "−1" (U+2212) as the report's text writes them.
            var dates = Enumerable.Range(0, 5).Select(i => new DateOnly(2026, 1, 1).AddDays(i)).ToList();
            var svg = ReportCharts.Bsadf("t", new ChartLine("BSADF", dates, [-2.0, -1, 0, 1, 2]), new ChartLine("cv", dates, [0.5, 0.5, 0.5, 0.5, 0.5]), []);
            var texts = System.Xml.Linq.XElement.Parse(svg).Descendants().Where(e => e.Name.LocalName == "text").Select(t => t.Value.Trim()).ToList();
            texts.ShouldContain("\u22121");
            texts.ShouldNotContain("-1");
        }
    }

    public sealed class LegendCorner
    {
        // A year of days on x (0 to 1 once scaled), the values on y from 0 to 100; legend boxes of 30% × 30%.
        private static readonly List<DateOnly> Days = [.. Enumerable.Range(0, 365).Select(i => new DateOnly(2025, 1, 1).AddDays(i))];

        private static (ScottPlot.Alignment Corner, int Hidden) Corner(Func<int, double> value, double? top = null) =>
            ReportCharts.LegendCorner(
                [new ChartLine("x", Days, [.. Days.Select((_, i) => value(i))])],
                Days[0].ToDateTime(TimeOnly.MinValue).ToOADate(),
                Days[^1].ToDateTime(TimeOnly.MinValue).ToOADate(),
                0,
                top ?? 100,
                0.3,
                0.3);

        [Fact]
        public void Should_keep_the_upper_left_for_a_rising_line()
        {
            // y = 100·i/364 from 0 to 100: in the first 30% of the days y stays under 30, below the upper box (y ≥ 70).
            Corner(i => 100.0 * i / 364).ShouldBe((ScottPlot.Alignment.UpperLeft, 0));
        }

        [Fact]
        public void Should_move_to_the_upper_right_for_a_falling_line()
        {
            // The mirror image: high on the left, low on the right.
            Corner(i => 100.0 * (364 - i) / 364).ShouldBe((ScottPlot.Alignment.UpperRight, 0));
        }

        [Fact]
        public void Should_go_low_when_the_line_is_high_at_both_ends()
        {
            // A valley: 90 at both ends, 40 in the middle third; the lower-right box (y ≤ 30) is empty, the upper ones are not.
            Corner(i => i < 122 || i > 243 ? 90 : 40).ShouldBe((ScottPlot.Alignment.LowerRight, 0));
        }

        [Fact]
        public void Should_count_readings_off_the_axis_at_its_edge()
        {
            // Readings of 9,000 on an axis cut at 100 on the first 10 days are drawn up to the top: the upper left holds
            // them (10 points), so the legend goes to the upper right, which holds none.
            Corner(i => i < 10 ? 9000 : 20).ShouldBe((ScottPlot.Alignment.UpperRight, 0));
        }

        [Fact]
        public void Should_say_how_many_points_even_the_best_corner_hides()
        {
            // A zig-zag of 95 on even days and 5 on odd ones: each box spans 110 days (x = i/364 ≤ 0.3 gives i = 0…109,
            // x ≥ 0.7 gives i = 255…364), 55 of them high and 55 low, so every corner hides 55 points; the tie goes to
            // the upper left, and the caller, seeing points hidden, puts the legend under the chart.
            Corner(i => i % 2 == 0 ? 95 : 5).ShouldBe((ScottPlot.Alignment.UpperLeft, 55));
        }
    }
}
