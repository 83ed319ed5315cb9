using System.Globalization;
using ScottPlot;

namespace Froth.Reports.Charts;

/// <summary>
/// The report's charts, drawn with ScottPlot and returned as inline-ready SVG (<see cref="SvgMarkup.Prepare"/>).
/// Every chart is <see cref="Width"/> × <see cref="Height"/> pixels, sans-serif, with the first line in the
/// accent colour: the basket or subject, the others in muted colours.
/// </summary>
public static class ReportCharts
{
    /// <summary>Drawing width in pixels.</summary>
    public const int Width = 880;

    /// <summary>Drawing height in pixels.</summary>
    public const int Height = 360;

    /// <summary>The font family of every chart (installed with the fonts-dejavu package on Debian).</summary>
    public const string FontFamily = "DejaVu Sans";

    private static readonly Color[] Palette =
    [
        Color.FromHex("#B8322A"), // accent: the subject
        Color.FromHex("#1F5F99"),
        Color.FromHex("#D9822B"),
        Color.FromHex("#3A8D5C"),
        Color.FromHex("#6B6B6B"),
        Color.FromHex("#8E5EA2"),
    ];

    /// <summary>Lines rebased to 100 at the start, one per series; the first is the subject.</summary>
    public static string Rebased(string id, IReadOnlyList<ChartLine> lines, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(lines);
        using var plot = NewPlot(yLabel);
        for (var i = 0; i < lines.Count; i++)
        {
            AddLine(plot, lines[i], Palette[i % Palette.Length], i == 0 ? 2.5f : 1.5f);
        }

        FitY(plot, lines);

        plot.Add.HorizontalLine(100, 1, Color.FromHex("#999999"), LinePattern.Dotted);
        ShowLegend(plot, lines);
        return Finish(plot, id);
    }

    /// <summary>One series' level over time (a margin balance in trillions), with no reference line.</summary>
    public static string Level(string id, ChartLine line, string yLabel)
    {
        ArgumentNullException.ThrowIfNull(line);
        using var plot = NewPlot(yLabel);
        AddLine(plot, line, Palette[0], 2f);
        FitY(plot, [line]);
        ShowLegend(plot, [line]);
        return Finish(plot, id);
    }

    /// <summary>
    /// A valuation multiple over time, with its history's average and percentile bands. The vertical axis stops at
    /// <paramref name="top"/> when given (readings with earnings near zero run into the thousands and would flatten
    /// the rest); the caller says so in the caption.
    /// </summary>
    public static string ValuationBands(string id, ChartLine multiple, double average, IReadOnlyList<HorizontalBand> bands, DateOnly windowStart, double? top = null)
    {
        ArgumentNullException.ThrowIfNull(multiple);
        ArgumentNullException.ThrowIfNull(bands);
        using var plot = NewPlot("P/E (times earnings)");
        var shades = new[] { Color.FromHex("#1F5F99").WithAlpha(0.10), Color.FromHex("#1F5F99").WithAlpha(0.18) };
        for (var i = 0; i < bands.Count; i++)
        {
            var span = plot.Add.VerticalSpan(bands[i].Low, bands[i].High, shades[i % shades.Length]);
            span.LegendText = bands[i].Label;
            span.LineWidth = 0;
        }

        var avg = plot.Add.HorizontalLine(average, 1.5f, Color.FromHex("#1F5F99"), LinePattern.Dashed);
        avg.LegendText = "history's average";
        var start = plot.Add.VerticalLine(X(windowStart), 1, Color.FromHex("#999999"), LinePattern.Dotted);
        start.LegendText = "history window starts";
        AddLine(plot, multiple, Palette[0], 2f);
        FitY(plot, [multiple], bottom: 0, top: top);
        ShowLegend(plot, [multiple]);
        return Finish(plot, id);
    }

    /// <summary>The BSADF sequence against its 95% critical value, with the dated episodes shaded.</summary>
    public static string Bsadf(string id, ChartLine bsadf, ChartLine criticalValue, IReadOnlyList<ChartSpan> episodes)
    {
        ArgumentNullException.ThrowIfNull(episodes);
        using var plot = NewPlot("BSADF statistic");
        var first = true;
        foreach (var e in episodes)
        {
            var span = plot.Add.HorizontalSpan(X(e.From), X(e.To.AddDays(1)), Color.FromHex("#B8322A").WithAlpha(0.15));
            span.LineWidth = 0;
            if (first)
            {
                span.LegendText = "explosive episode";
                first = false;
            }
        }

        AddLine(plot, criticalValue, Color.FromHex("#6B6B6B"), 1.5f).LinePattern = LinePattern.Dashed;
        AddLine(plot, bsadf, Palette[0], 1.5f);
        FitY(plot, [bsadf, criticalValue]);
        ShowLegend(plot, [bsadf, criticalValue]);
        return Finish(plot, id);
    }

    /// <summary>Prices with the fitted LPPLS path over the fit's window, and the critical time marked.</summary>
    public static string LpplsFit(string id, ChartLine prices, ChartLine fitted, DateOnly? criticalDate, string yLabel)
    {
        using var plot = NewPlot(yLabel);
        AddLine(plot, prices, Palette[4], 1.5f);
        AddLine(plot, fitted, Palette[0], 2.5f);
        FitY(plot, [prices, fitted]);
        if (criticalDate is { } tc)
        {
            var line = plot.Add.VerticalLine(X(tc), 1.5f, Palette[0], LinePattern.Dashed);
            line.LegendText = "fitted critical time";
        }

        ShowLegend(plot, [prices, fitted]);
        return Finish(plot, id);
    }

    /// <summary>The LPPLS confidence indicator (share of windows qualifying) for positive and negative bubbles.</summary>
    public static string LpplsConfidence(string id, ChartLine positive, ChartLine negative)
    {
        using var plot = NewPlot("share of windows qualifying (%)");
        AddLine(plot, positive, Palette[0], 2f).MarkerSize = 5;
        AddLine(plot, negative, Palette[1], 1.5f).MarkerSize = 4;
        plot.Axes.SetLimitsY(0, Math.Max(10, Math.Max(Max(positive), Max(negative)) * 1.15));
        ShowLegend(plot, [positive, negative]);
        return Finish(plot, id);
    }

    /// <summary>The verdict's component scores as horizontal bars (0–100), missing components left empty.</summary>
    public static string VerdictScores(string id, IReadOnlyList<string> names, IReadOnlyList<double?> scores)
    {
        ArgumentNullException.ThrowIfNull(names);
        ArgumentNullException.ThrowIfNull(scores);
        using var plot = NewPlot("");
        var bars = new List<Bar>();
        for (var i = 0; i < names.Count; i++)
        {
            var position = names.Count - 1 - i;
            if (scores[i] is { } s)
            {
                bars.Add(new Bar { Position = position, Value = s, FillColor = s >= 75 ? Palette[0] : s >= 50 ? Palette[2] : s >= 25 ? Color.FromHex("#C9A227") : Palette[3], LineWidth = 0 });
            }
        }

        var plotBars = plot.Add.Bars(bars);
        plotBars.Horizontal = true;
        plot.Axes.Left.SetTicks([.. Enumerable.Range(0, names.Count).Select(i => (double)(names.Count - 1 - i))], [.. names]);
        plot.Axes.SetLimitsX(0, 100);
        plot.Axes.SetLimitsY(-0.6, names.Count - 0.4);
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.Bottom.Label.Text = "score (0 = nothing bubble-like, 100 = as the dated bubbles at their peaks)";
        plot.Axes.Bottom.Label.FontSize = 13; // as the other charts' axis labels
        plot.Axes.Bottom.Label.Bold = false;
        return Finish(plot, id, Width, 300, dates: false);
    }

    /// <summary>
    /// Shows the legend where it hides no line: in a corner of the data area whose box holds no point of
    /// <paramref name="lines"/> (<see cref="LegendCorner"/>, the box's size estimated from the labels), else in one row
    /// under the chart.
    /// </summary>
    private static void ShowLegend(Plot plot, IReadOnlyList<ChartLine> lines)
    {
        plot.Axes.AutoScaleX();
        var limits = plot.Axes.GetLimits();
        var labels = plot.GetPlottables().SelectMany(p => p.LegendItems).Select(i => i.LabelText).Where(t => !string.IsNullOrEmpty(t)).ToList();
        var widthPx = LegendWidthPadding + (LegendCharWidth * labels.Select(l => l.Length).DefaultIfEmpty(0).Max());
        var heightPx = LegendHeightPadding + (LegendRowHeight * labels.Count);
        var (corner, hidden) = LegendCorner(lines, limits.Left, limits.Right, limits.Bottom, limits.Top, widthPx / DataWidth, heightPx / DataHeight);
        if (hidden == 0)
        {
            plot.ShowLegend(corner);
        }
        else
        {
            plot.ShowLegend(Edge.Bottom);
            plot.Legend.Orientation = Orientation.Horizontal;
        }
    }

    /// <summary>Width of one legend character at its 12 px font, in pixels (measured on the rendered page: 6.1).</summary>
    private const double LegendCharWidth = 6.5;

    /// <summary>Height of one legend row, in pixels (measured: 20).</summary>
    private const double LegendRowHeight = 21;

    /// <summary>The legend's symbol, margins and padding across, in pixels.</summary>
    private const double LegendWidthPadding = 55;

    /// <summary>The legend's margins and padding down, in pixels.</summary>
    private const double LegendHeightPadding = 16;

    /// <summary>The data area of a <see cref="Width"/> × <see cref="Height"/> chart, roughly: the axes and their labels take the rest.</summary>
    private const double DataWidth = Width - 90;

    /// <inheritdoc cref="DataWidth"/>
    private const double DataHeight = Height - 50;

    /// <summary>
    /// The corner of the data area (x from <paramref name="left"/> to <paramref name="right"/>, y from
    /// <paramref name="bottom"/> to <paramref name="top"/>) whose box of <paramref name="boxWidth"/> ×
    /// <paramref name="boxHeight"/> (fractions of the area) holds the fewest points of the lines; values off the axis
    /// count at its edge, since their line is drawn up to it. Ties go to the upper left, then the upper right, lower
    /// right and lower left. Returns the corner and how many points its box holds.
    /// </summary>
    internal static (Alignment Corner, int Hidden) LegendCorner(IReadOnlyList<ChartLine> lines, double left, double right, double bottom, double top, double boxWidth, double boxHeight)
    {
        ArgumentNullException.ThrowIfNull(lines);
        Alignment[] corners = [Alignment.UpperLeft, Alignment.UpperRight, Alignment.LowerRight, Alignment.LowerLeft];
        var counts = new int[corners.Length];
        if (right <= left || top <= bottom)
        {
            return (Alignment.UpperLeft, 0);
        }

        foreach (var line in lines)
        {
            for (var i = 0; i < line.Dates.Count; i++)
            {
                if (!double.IsFinite(line.Values[i]))
                {
                    continue;
                }

                var x = (X(line.Dates[i]) - left) / (right - left);
                var y = Math.Clamp((line.Values[i] - bottom) / (top - bottom), 0, 1);
                var isLeft = x <= boxWidth;
                var isRight = x >= 1 - boxWidth;
                var isUp = y >= 1 - boxHeight;
                var isDown = y <= boxHeight;
                counts[0] += isLeft && isUp ? 1 : 0;
                counts[1] += isRight && isUp ? 1 : 0;
                counts[2] += isRight && isDown ? 1 : 0;
                counts[3] += isLeft && isDown ? 1 : 0;
            }
        }

        var best = 0;
        for (var c = 1; c < corners.Length; c++)
        {
            if (counts[c] < counts[best])
            {
                best = c;
            }
        }

        return (corners[best], counts[best]);
    }

    private static Plot NewPlot(string yLabel)
    {
        var plot = new Plot();
        plot.Font.Set(FontFamily);

        // Negative ticks with the true minus sign (U+2212), as the text writes them.
        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericAutomatic
        {
            LabelFormatter = v => ScottPlot.TickGenerators.LabelFormatters.Numeric(v).Replace('-', Froth.Narrative.FactStyle.Minus),
        };
        plot.Axes.Left.Label.Text = yLabel;
        plot.Axes.Left.Label.FontSize = 13;
        plot.Axes.Left.Label.Bold = false;
        plot.Legend.FontSize = 12;
        plot.Legend.OutlineWidth = 0;
        plot.Legend.BackgroundColor = Colors.White.WithAlpha(0.85);
        plot.Grid.MajorLineColor = Color.FromHex("#000000").WithAlpha(0.08);
        plot.DataBorder.Color = Color.FromHex("#BBBBBB");
        return plot;
    }

    private static ScottPlot.Plottables.Scatter AddLine(Plot plot, ChartLine line, Color color, float width)
    {
        var xs = new List<double>(line.Dates.Count);
        var ys = new List<double>(line.Dates.Count);
        for (var i = 0; i < line.Dates.Count; i++)
        {
            if (double.IsFinite(line.Values[i]))
            {
                xs.Add(X(line.Dates[i]));
                ys.Add(line.Values[i]);
            }
        }

        var scatter = plot.Add.ScatterLine(xs.ToArray(), ys.ToArray(), color);
        scatter.LineWidth = width;
        scatter.LegendText = line.Label;
        return scatter;
    }

    /// <summary>Sets the vertical range to the lines' finite values with a margin, or to the bounds given.</summary>
    private static void FitY(Plot plot, IEnumerable<ChartLine> lines, double? bottom = null, double? top = null)
    {
        var values = lines.SelectMany(l => l.Values).Where(double.IsFinite).ToList();
        if (values.Count == 0)
        {
            return;
        }

        var lo = bottom ?? values.Min();
        var hi = top ?? values.Max();
        var pad = hi > lo ? (hi - lo) * 0.06 : 1;
        plot.Axes.SetLimitsY(bottom ?? lo - pad, top ?? hi + pad);
    }

    private static double Max(ChartLine line) => line.Values.Where(double.IsFinite).DefaultIfEmpty(0).Max();

    private static double X(DateOnly date) => date.ToDateTime(TimeOnly.MinValue).ToOADate();

    private static string Finish(Plot plot, string id, int width = Width, int height = Height, bool dates = true)
    {
        if (dates)
        {
            DateTicks(plot);
        }

        return SvgMarkup.Prepare(plot.GetSvgXml(width, height), id);
    }

    /// <summary>
    /// Date ticks on an axis of OLE automation dates: the first of every 2, 6 or 12 months as the span grows, labelled
    /// "Jul 2025", or every fortnight for spans under four months. Written out rather than left to ScottPlot's date axis,
    /// whose automatic ticks fall on arbitrary weeks without the year.
    /// </summary>
    private static void DateTicks(Plot plot)
    {
        plot.Axes.AutoScaleX();
        var limits = plot.Axes.GetLimits();
        var months = (limits.Right - limits.Left) / 30.44;
        var positions = new List<double>();
        var labels = new List<string>();
        var first = DateTime.FromOADate(limits.Left);
        if (months < 4)
        {
            for (var day = first.Date; day.ToOADate() <= limits.Right; day = day.AddDays(14))
            {
                positions.Add(day.ToOADate());
                labels.Add(day.ToString("d MMM yyyy", CultureInfo.InvariantCulture));
            }
        }
        else
        {
            var every = months <= 16 ? 2 : months <= 40 ? 6 : 12;
            for (var tick = new DateTime(first.Year, 1, 1); tick.ToOADate() <= limits.Right; tick = tick.AddMonths(every))
            {
                if (tick.ToOADate() >= limits.Left)
                {
                    positions.Add(tick.ToOADate());
                    labels.Add(tick.ToString("MMM yyyy", CultureInfo.InvariantCulture));
                }
            }
        }

        plot.Axes.Bottom.SetTicks([.. positions], [.. labels]);
    }
}
