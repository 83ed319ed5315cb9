using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// Price returns over calendar periods and date ranges, each on the series' own trading calendar and using
/// only the bars up to the period's end (point in time).
/// </summary>
/// <remarks>
/// <para>The one rule: the return of a period is the close of its end session over the close of the last
/// session on or before the period's <em>base date</em>, minus one. Base dates (for an as-of session on date
/// D): day — the previous session's date; week to date — the Sunday before D's ISO week (so the base is the
/// last close of the previous ISO week on this calendar); month to date — the last day of the previous month;
/// quarter to date — the last day of the previous quarter; year to date — 31 December of the previous year;
/// one year — D one calendar year earlier (29 February → 28 February); a range from F to T — F itself.</para>
/// <para>Prices are whatever the series holds: adjusted series give total-return-like figures
/// (dividend-adjusted Hong Kong closes), index series price returns.</para>
/// </remarks>
public static class Returns
{
    /// <summary>
    /// The calendar date a period's base close is taken on or before, for a period ending on the session
    /// <paramref name="asOfSession"/>.
    /// </summary>
    /// <param name="period">Any period but <see cref="RallyPeriod.Range"/> (whose base date is its first date).</param>
    /// <param name="asOfSession">Date of the session the period ends on.</param>
    /// <param name="previousSession">Date of the session before it (for <see cref="RallyPeriod.Day"/>), or <see langword="null"/> when there is none.</param>
    /// <returns>The base date, or <see langword="null"/> for a day return without a previous session.</returns>
    public static DateOnly? BaseDate(RallyPeriod period, DateOnly asOfSession, DateOnly? previousSession) => period switch
    {
        RallyPeriod.Day => previousSession,
        RallyPeriod.WeekToDate => TradingCalendar.WeekStart(asOfSession).AddDays(-1),
        RallyPeriod.MonthToDate => new DateOnly(asOfSession.Year, asOfSession.Month, 1).AddDays(-1),
        RallyPeriod.QuarterToDate => TradingCalendar.QuarterStart(asOfSession).AddDays(-1),
        RallyPeriod.YearToDate => new DateOnly(asOfSession.Year - 1, 12, 31),
        RallyPeriod.OneYear => asOfSession.AddYears(-1),
        _ => throw new ArgumentOutOfRangeException(nameof(period), period, "A range's base date is its first date."),
    };

    /// <summary>The calendar-period returns as of a date, from the bars up to it.</summary>
    /// <param name="bars">Daily bars, ascending, one per date, closes positive and finite (checked up to the as-of session).</param>
    /// <param name="asOf">As-of date: the last session on or before it is used; <see langword="null"/> for the last bar.</param>
    /// <exception cref="FrothException">No bars, an as-of date before the first bar, or bad bars.</exception>
    public static CalendarReturns Calendar(IReadOnlyList<DailyBar> bars, DateOnly? asOf = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        var last = Bars.AsOfIndex(span, asOf, "the series");
        Bars.Check(span, last, "the series");
        return Calendar(span, last);
    }

    /// <summary>
    /// The return from the last close on or before <paramref name="from"/> to the last close on or before
    /// <paramref name="to"/>; <see langword="null"/> when the series has no session on or before
    /// <paramref name="from"/>.
    /// </summary>
    /// <param name="bars">Daily bars, ascending, one per date, closes positive and finite.</param>
    /// <param name="from">Base date.</param>
    /// <param name="to">End date, on or after <paramref name="from"/>; no bar after it is read.</param>
    /// <exception cref="FrothException"><paramref name="to"/> is before <paramref name="from"/>, or bad bars.</exception>
    public static PeriodReturn? Between(IReadOnlyList<DailyBar> bars, DateOnly from, DateOnly to)
    {
        ArgumentNullException.ThrowIfNull(bars);
        if (to < from)
        {
            throw new FrothException($"A return's end date {IsoDate.Format(to)} is before its base date {IsoDate.Format(from)}; expected from ≤ to.");
        }

        var span = Bars.Span(bars);
        var last = Sessions.LastOnOrBefore(span, to);
        if (last < 0)
        {
            return null;
        }

        Bars.Check(span, last, "the series");
        return Between(span, last, RallyPeriod.Range, from);
    }

    /// <summary>
    /// Session-to-session returns aligned to <paramref name="bars"/>: element i is close[i] / close[i−1] − 1,
    /// <see langword="null"/> for the first bar.
    /// </summary>
    /// <exception cref="FrothException">Bad bars.</exception>
    public static IReadOnlyList<double?> Daily(IReadOnlyList<DailyBar> bars)
    {
        ArgumentNullException.ThrowIfNull(bars);
        var span = Bars.Span(bars);
        Bars.Check(span, span.Length - 1, "the series");
        var result = new double?[span.Length];
        for (var i = 1; i < span.Length; i++)
        {
            result[i] = (span[i].Close / span[i - 1].Close) - 1;
        }

        return result;
    }

    internal static CalendarReturns Calendar(ReadOnlySpan<DailyBar> bars, int last)
    {
        var end = bars[last].Date;
        DateOnly? previous = last > 0 ? bars[last - 1].Date : null;
        return new CalendarReturns(
            previous is { } p ? Between(bars, last, RallyPeriod.Day, p) : null,
            Between(bars, last, RallyPeriod.WeekToDate, BaseDate(RallyPeriod.WeekToDate, end, previous)!.Value),
            Between(bars, last, RallyPeriod.MonthToDate, BaseDate(RallyPeriod.MonthToDate, end, previous)!.Value),
            Between(bars, last, RallyPeriod.QuarterToDate, BaseDate(RallyPeriod.QuarterToDate, end, previous)!.Value),
            Between(bars, last, RallyPeriod.YearToDate, BaseDate(RallyPeriod.YearToDate, end, previous)!.Value),
            Between(bars, last, RallyPeriod.OneYear, BaseDate(RallyPeriod.OneYear, end, previous)!.Value));
    }

    /// <summary>The return of <paramref name="period"/> ending on bar <paramref name="last"/> with the given base date.</summary>
    internal static PeriodReturn? Between(ReadOnlySpan<DailyBar> bars, int last, RallyPeriod period, DateOnly baseDate)
    {
        var b = Sessions.LastOnOrBefore(bars[..(last + 1)], baseDate);
        if (b < 0)
        {
            return null;
        }

        return new PeriodReturn(period, baseDate, bars[b].Date, bars[b].Close, bars[last].Date, bars[last].Close);
    }
}
