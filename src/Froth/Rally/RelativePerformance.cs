using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// Relative performance of an instrument against a benchmark whose market may keep different holidays
/// (Hong Kong against the Nasdaq 100).
/// </summary>
/// <remarks>
/// <para>Alignment: a period is a calendar window (base date, end date]. The end date is the instrument's
/// as-of session; the base date follows <see cref="Returns.BaseDate"/> on the instrument's calendar. Each
/// series' return over the window runs from its own last close on or before the base date to its own last
/// close on or before the end date. When the benchmark did not trade inside the window its return is 0: it
/// did not move. The benchmark's last close used is reported (<see cref="RelativeFacts.BenchmarkAsOf"/>): it
/// is earlier than the instrument's when the benchmark's data ends sooner.</para>
/// <para>The ratio series divides each instrument close by the benchmark's last close on or before the same
/// date, normalised to 1 at a base date; over any window its change equals <see cref="RelativeReturn.Ratio"/>
/// when the instrument traded on the window's base date (as it does for day returns).</para>
/// </remarks>
public static class RelativePerformance
{
    /// <summary>Relative performance for each calendar period (and <paramref name="range"/>) as of a date.</summary>
    /// <param name="bars">The instrument's daily bars (checked up to the as-of session).</param>
    /// <param name="benchmark">The benchmark's daily bars (checked up to the as-of session's date).</param>
    /// <param name="asOf">As-of date (last session on or before it), or <see langword="null"/> for the instrument's last bar.</param>
    /// <param name="range">A base date for an extra range ending at the as-of session, or <see langword="null"/>.</param>
    /// <exception cref="FrothException">No bars, an as-of date before the first bar, a benchmark without any bar on or before the as-of session, or bad bars.</exception>
    public static RelativeFacts Compare(IReadOnlyList<DailyBar> bars, IReadOnlyList<DailyBar> benchmark, DateOnly? asOf = null, DateOnly? range = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(benchmark);
        var span = Bars.Span(bars);
        var last = Bars.AsOfIndex(span, asOf, "the series");
        Bars.Check(span, last, "the series");
        return Compare(span, last, Bars.Span(benchmark), range);
    }

    /// <summary>
    /// The price ratio instrument ÷ benchmark on each of the instrument's sessions, normalised to 1 at
    /// <paramref name="baseDate"/> (the last close of each on or before it), aligned to <paramref name="bars"/>.
    /// An element is <see langword="null"/> where the benchmark has no bar on or before that session's date.
    /// </summary>
    /// <exception cref="FrothException">Either series has no close on or before <paramref name="baseDate"/>, or bad bars.</exception>
    public static IReadOnlyList<double?> RatioSeries(IReadOnlyList<DailyBar> bars, IReadOnlyList<DailyBar> benchmark, DateOnly baseDate)
    {
        ArgumentNullException.ThrowIfNull(bars);
        ArgumentNullException.ThrowIfNull(benchmark);
        var a = Bars.Span(bars);
        var b = Bars.Span(benchmark);
        Bars.Check(a, a.Length - 1, "the series");
        Bars.Check(b, b.Length - 1, "the benchmark");
        var ia = Sessions.LastOnOrBefore(a, baseDate);
        var ib = Sessions.LastOnOrBefore(b, baseDate);
        if (ia < 0 || ib < 0)
        {
            throw new FrothException($"The ratio series needs a close of both series on or before its base date {IsoDate.Format(baseDate)}; {(ia < 0 ? "the series" : "the benchmark")} starts on {IsoDate.Format((ia < 0 ? a : b)[0].Date)}.");
        }

        var baseRatio = a[ia].Close / b[ib].Close;
        var result = new double?[a.Length];
        var j = -1;
        for (var i = 0; i < a.Length; i++)
        {
            while (j + 1 < b.Length && b[j + 1].Date <= a[i].Date)
            {
                j++;
            }

            result[i] = j < 0 ? null : a[i].Close / b[j].Close / baseRatio;
        }

        return result;
    }

    internal static RelativeFacts Compare(ReadOnlySpan<DailyBar> bars, int last, ReadOnlySpan<DailyBar> benchmark, DateOnly? range)
    {
        var end = bars[last].Date;
        var bLast = Sessions.LastOnOrBefore(benchmark, end);
        if (bLast < 0)
        {
            throw new FrothException(benchmark.IsEmpty
                ? "The benchmark has no bars."
                : $"The benchmark has no bar on or before {IsoDate.Format(end)} (its first is {IsoDate.Format(benchmark[0].Date)}); expected a benchmark with data up to the as-of date.");
        }

        Bars.Check(benchmark, bLast, "the benchmark");
        DateOnly? previous = last > 0 ? bars[last - 1].Date : null;
        return new RelativeFacts(
            benchmark[bLast].Date,
            Of(bars, last, benchmark, bLast, RallyPeriod.Day, previous),
            Of(bars, last, benchmark, bLast, RallyPeriod.WeekToDate, Returns.BaseDate(RallyPeriod.WeekToDate, end, previous)),
            Of(bars, last, benchmark, bLast, RallyPeriod.MonthToDate, Returns.BaseDate(RallyPeriod.MonthToDate, end, previous)),
            Of(bars, last, benchmark, bLast, RallyPeriod.QuarterToDate, Returns.BaseDate(RallyPeriod.QuarterToDate, end, previous)),
            Of(bars, last, benchmark, bLast, RallyPeriod.YearToDate, Returns.BaseDate(RallyPeriod.YearToDate, end, previous)),
            Of(bars, last, benchmark, bLast, RallyPeriod.OneYear, Returns.BaseDate(RallyPeriod.OneYear, end, previous)),
            range is { } r && r <= end ? Of(bars, last, benchmark, bLast, RallyPeriod.Range, r) : null);
    }

    private static RelativeReturn? Of(ReadOnlySpan<DailyBar> bars, int last, ReadOnlySpan<DailyBar> benchmark, int benchmarkLast, RallyPeriod period, DateOnly? baseDate)
    {
        if (baseDate is not { } d)
        {
            return null;
        }

        var mine = Returns.Between(bars, last, period, d);
        var theirs = Returns.Between(benchmark, benchmarkLast, period, d);
        return mine is null || theirs is null ? null : new RelativeReturn(period, mine, theirs);
    }
}
