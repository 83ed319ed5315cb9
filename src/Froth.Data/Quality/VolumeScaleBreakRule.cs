using System.Globalization;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Quality;

/// <summary>
/// <c>volume-scale-break</c>: finds steps in the volume level by a power of ten (a change of unit in the
/// source: shares × 100, lots of 100 shares) and rescales the shorter stretches of a stock or ETF to the unit
/// of the longest one.
/// </summary>
/// <remarks>
/// <para>Detection works on log₁₀ volume of the bars that have a positive volume and whose prices moved
/// (bars with open = high = low = close are left out: a limit-locked new listing or a no-trade day has
/// abnormal volume by nature). At every point with at least <see cref="QualityOptions.VolumeBreakMinSegment"/>
/// such bars on each side, the median of the next <see cref="QualityOptions.VolumeBreakWindow"/> is compared
/// with the median of the previous ones; where they differ by <see cref="QualityOptions.VolumeBreakMinFactor"/>
/// or more, the break is placed at the point inside that stretch that best separates the two levels (a unit
/// change separates them completely), and its size is the difference of the medians on either side.</para>
/// <para>Handling: the breaks cut the series into stretches; the longest sets the unit. For a stock or ETF,
/// another stretch is rescaled by 10^k when every break between it and the longest one is within a factor
/// of 2 of a power of ten (so the sum k is an integer), unless it is the first stretch and lies below the
/// next (a new listing trades thinly at first; that is real, so it is reported, not changed). Index and
/// currency volumes are never rescaled: an index provider may redefine volume, and a spliced history (the
/// snapshot's sh000682 uses ChiNext volumes before 2021-08-16) is not a unit change. Every break left after
/// the rescaling is reported as an error.</para>
/// <para>On <c>sh688256.csv</c> (Cambricon) the volumes before 2022 are about 100 times those after
/// (285,652,800 on 2021-12-31, then 6,934,500 on 2022-01-04); they become 2,856,528 on 2021-12-31, which
/// matches Tushare's raw 28,565 lots (2,856,500 shares).</para>
/// </remarks>
internal static class VolumeScaleBreakRule
{
    /// <summary>
    /// How far (in log₁₀) a step may be from a whole power of ten and still count as a unit change: 0.3, a
    /// factor of 2. Real trading also moves the median over a month, so a 100× unit change measures
    /// between about 10^1.8 and 10^2.3 on the snapshot's files.
    /// </summary>
    internal const double PowerOfTenTolerance = 0.3;

    /// <summary>Applies the rule.</summary>
    public static void Apply(Instrument instrument, RowSet<DailyBar> set, QualityOptions options, SeriesCheck check)
    {
        var bars = set.Rows;
        var at = new List<int>(bars.Count);
        var x = new List<double>(bars.Count);
        for (var i = 0; i < bars.Count; i++)
        {
            var b = bars[i];
            if (b.Volume is > 0 and var v && double.IsFinite(v) && !(b.Open == b.High && b.High == b.Low && b.Low == b.Close))
            {
                at.Add(i);
                x.Add(Math.Log10(v));
            }
        }

        var breaks = FindBreaks(x, options);
        if (breaks.Count == 0)
        {
            return;
        }

        Handle(instrument, set, at, breaks, check, options);
    }

    /// <summary>The breaks, as (index into <paramref name="x"/> of the first point after, step in log₁₀), ascending.</summary>
    internal static List<(int Point, double Step)> FindBreaks(IReadOnlyList<double> x, QualityOptions options)
    {
        var n = x.Count;
        var w = options.VolumeBreakWindow;
        var m = options.VolumeBreakMinSegment;
        var found = new List<(int Point, double Step)>();
        if (n < 2 * m)
        {
            return found;
        }

        var buffer = new double[w];
        double Median(int from, int to)
        {
            var len = to - from;
            for (var i = 0; i < len; i++)
            {
                buffer[i] = x[from + i];
            }

            Array.Sort(buffer, 0, len);
            return len % 2 == 1 ? buffer[len / 2] : (buffer[(len / 2) - 1] + buffer[len / 2]) / 2;
        }

        double Step(int k) => Median(k, Math.Min(n, k + w)) - Median(Math.Max(0, k - w), k);

        // d[k] = median of the next w points minus median of the previous w, both windows slid along x.
        var before = TrailingMedians(x, w);
        var reversed = new double[n];
        for (var i = 0; i < n; i++)
        {
            reversed[i] = x[n - 1 - i];
        }

        var after = TrailingMedians(reversed, w);
        var d = new double[n + 1];
        for (var k = m; k <= n - m; k++)
        {
            d[k] = after[n - k] - before[k];
        }

        var threshold = Math.Log10(options.VolumeBreakMinFactor);
        for (var k = m; k <= n - m;)
        {
            if (Math.Abs(d[k]) < threshold)
            {
                k++;
                continue;
            }

            var end = k;
            while (end + 1 <= n - m && Math.Abs(d[end + 1]) >= threshold && Math.Sign(d[end + 1]) == Math.Sign(d[k]))
            {
                end++;
            }

            var point = Refine(x, d, k, end, w, m, Median);
            if (found.Count == 0 || found[^1].Point < point)
            {
                found.Add((point, Step(point)));
            }

            k = end + 1;
        }

        return found;
    }

    /// <summary>
    /// <c>result[k]</c> = median of <c>values[max(0, k − w) .. k)</c> for k = 1..n, kept in a sorted window that
    /// slides one value at a time (O(n·w) moves of at most w doubles, no sorting).
    /// </summary>
    private static double[] TrailingMedians(IReadOnlyList<double> values, int w)
    {
        var n = values.Count;
        var result = new double[n + 1];
        var window = new double[w];
        var count = 0;
        for (var k = 1; k <= n; k++)
        {
            if (k - w - 1 >= 0)
            {
                var at = Array.BinarySearch(window, 0, count, values[k - w - 1]);
                Array.Copy(window, at + 1, window, at, count - at - 1);
                count--;
            }

            var v = values[k - 1];
            var pos = Array.BinarySearch(window, 0, count, v);
            if (pos < 0)
            {
                pos = ~pos;
            }

            Array.Copy(window, pos, window, pos + 1, count - pos);
            window[pos] = v;
            count++;
            result[k] = count % 2 == 1 ? window[count / 2] : (window[(count / 2) - 1] + window[count / 2]) / 2;
        }

        return result;
    }

    /// <summary>
    /// Within a stretch [<paramref name="from"/>, <paramref name="to"/>] of large median differences, the split
    /// that puts the most points of each window on its side of the midpoint between the two levels.
    /// </summary>
    private static int Refine(IReadOnlyList<double> x, double[] d, int from, int to, int w, int m, Func<int, int, double> median)
    {
        var n = x.Count;
        var rough = from;
        for (var k = from; k <= to; k++)
        {
            if (Math.Abs(d[k]) > Math.Abs(d[rough]))
            {
                rough = k;
            }
        }

        var before = median(Math.Max(0, rough - w), rough);
        var after = median(rough, Math.Min(n, rough + w));
        var mid = (before + after) / 2;
        var up = after > before;
        var best = rough;
        var bestScore = double.NegativeInfinity;
        for (var j = Math.Max(m, from - (w / 2)); j <= Math.Min(n - m, to + (w / 2)); j++)
        {
            int lo = Math.Max(0, j - w), hi = Math.Min(n, j + w), below = 0, above = 0;
            for (var i = lo; i < j; i++)
            {
                below += (x[i] < mid) == up ? 1 : 0;
            }

            for (var i = j; i < hi; i++)
            {
                above += (x[i] > mid) == up ? 1 : 0;
            }

            var score = ((double)below / (j - lo)) + ((double)above / (hi - j));
            if (score > bestScore + 1e-12)
            {
                bestScore = score;
                best = j;
            }
        }

        return best;
    }

    private static void Handle(Instrument instrument, RowSet<DailyBar> set, List<int> at, List<(int Point, double Step)> breaks, SeriesCheck check, QualityOptions options)
    {
        var bars = set.Rows;
        var segments = breaks.Count + 1;

        // Segment s covers points [start(s), start(s + 1)); in bars, from the bar of its first point (bar 0 for
        // the first segment) to the bar before the next segment's first point.
        int StartPoint(int s) => s == 0 ? 0 : breaks[s - 1].Point;
        int EndPoint(int s) => s == breaks.Count ? at.Count : breaks[s].Point;
        int FirstBar(int s) => s == 0 ? 0 : at[StartPoint(s)];
        int LastBar(int s) => s == breaks.Count ? bars.Count - 1 : at[EndPoint(s)] - 1;

        var reference = 0;
        for (var s = 1; s < segments; s++)
        {
            if (EndPoint(s) - StartPoint(s) >= EndPoint(reference) - StartPoint(reference))
            {
                reference = s;
            }
        }

        var stockLike = instrument.Kind is InstrumentKind.Stock or InstrumentKind.Etf;
        var rounded = breaks.Select(b => (int)Math.Round(b.Step)).ToArray();
        var near = breaks.Select((b, i) => rounded[i] != 0 && Math.Abs(b.Step - rounded[i]) <= PowerOfTenTolerance).ToArray();
        var thinStart = breaks[0].Step > 0;
        var applied = new int[segments];
        for (var s = 0; s < segments; s++)
        {
            if (s == reference || !stockLike || (s == 0 && thinStart))
            {
                continue;
            }

            var (from, to) = s < reference ? (s, reference) : (reference, s);
            if (!Enumerable.Range(from, to - from).All(b => near[b]))
            {
                continue;
            }

            var sum = Enumerable.Range(from, to - from).Sum(b => rounded[b]);
            applied[s] = s < reference ? -sum : sum;
        }

        for (var s = 0; s < segments; s++)
        {
            if (applied[s] != 0)
            {
                Rescale(set, check, FirstBar(s), LastBar(s), applied[s], FirstBar(reference), LastBar(reference));
            }
        }

        var threshold = Math.Log10(options.VolumeBreakMinFactor);
        for (var b = 0; b < breaks.Count; b++)
        {
            var residual = breaks[b].Step - applied[b + 1] + applied[b];
            if (Math.Abs(residual) < threshold)
            {
                continue;
            }

            var reason = !stockLike
                ? "index and currency volumes are not rescaled, because a provider may redefine them or splice in another index's history"
                : !near[b]
                    ? "the step is not close to a power of ten, so it is not a unit change that can be undone"
                    : b == 0 && thinStart
                        ? "a first stretch below the rest is usually a new listing's thin trading"
                        : "no stretch on the path to the longest one could be rescaled";
            var bar = bars[at[breaks[b].Point]];
            var line = set.LineOf(at[breaks[b].Point]);
            check.Report(
                QualityRuleIds.VolumeScaleBreak,
                IssueSeverity.Error,
                IssueAction.Reported,
                line,
                "Volume",
                SeriesCheck.Number(bar.Volume ?? 0),
                bar.Date,
                $"Volume level steps {(breaks[b].Step > 0 ? "up" : "down")} by a factor of about {Factor(breaks[b].Step)} at {IsoDate.Format(bar.Date)} ({SeriesCheck.LineText(line)}); kept as written: {reason}.");
        }
    }

    private static void Rescale(RowSet<DailyBar> set, SeriesCheck check, int first, int last, int exponent, int refFirst, int refLast)
    {
        var bars = set.Rows;
        var divisor = Math.Pow(10, exponent);
        var original = bars[first].Volume;
        for (var i = first; i <= last; i++)
        {
            if (bars[i].Volume is { } v)
            {
                bars[i] = bars[i] with { Volume = v / divisor };
            }
        }

        var what = exponent > 0
            ? $"divided by {Math.Pow(10, exponent).ToString("N0", CultureInfo.InvariantCulture)}"
            : $"multiplied by {Math.Pow(10, -exponent).ToString("N0", CultureInfo.InvariantCulture)}";
        check.Report(
            QualityRuleIds.VolumeScaleBreak,
            IssueSeverity.Warning,
            IssueAction.Corrected,
            set.LineOf(first),
            "Volume",
            original is { } o ? SeriesCheck.Number(o) : null,
            bars[first].Date,
            $"Volumes {SeriesCheck.Span(set.LineOf(first), set.LineOf(last), bars[first].Date, bars[last].Date)} ({(last - first + 1).ToString(CultureInfo.InvariantCulture)} bars) "
            + $"are about 10^{exponent.ToString(CultureInfo.InvariantCulture)} times the level of the longest stretch ({SeriesCheck.Span(set.LineOf(refFirst), set.LineOf(refLast), bars[refFirst].Date, bars[refLast].Date)}), "
            + $"a change of unit in the source; {what}.");
    }

    private static string Factor(double step) =>
        Math.Pow(10, Math.Abs(step)).ToString("N0", CultureInfo.InvariantCulture);
}
