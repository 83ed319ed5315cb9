using Froth.Series;

namespace Froth.Rally;

/// <summary>
/// All the facts an article about a rally is made of, computed exactly and point in time for one series:
/// returns, relative performance, streaks, records, drawdown and volume.
/// </summary>
/// <remarks>
/// <para>Point in time: the result as of a date D reads only the bars dated on or before D (and the benchmark's
/// bars on or before the as-of session), so it equals the result computed on the bars truncated at D. When D
/// is not a session the last session before it is used and reported as <see cref="RallyFactsResult.AsOf"/>.</para>
/// <para>Conventions: <see cref="Returns"/> (base closes of each period), <see cref="RelativePerformance"/>
/// (aligning two calendars), <see cref="Streaks"/> (weeks, months, periods in progress), <see cref="Records"/>
/// and <see cref="VolumeFacts"/>; docs/rally.md gathers them. No reference package computes these facts; the
/// tests check them by hand on real sessions of the sample snapshot.</para>
/// </remarks>
public static class RallyFacts
{
    /// <summary>Computes every fact of <paramref name="bars"/> as of <see cref="RallyOptions.AsOf"/>.</summary>
    /// <param name="bars">Daily bars, ascending, one per date, closes positive and finite (checked up to the as-of session).</param>
    /// <param name="options">As-of date, range and "since" date; <see langword="null"/> for <see cref="RallyOptions.Default"/>.</param>
    /// <param name="benchmark">A benchmark's daily bars for relative performance, or <see langword="null"/>.</param>
    /// <exception cref="FrothException">
    /// No bars, an as-of date before the first bar, contradictory options, a benchmark without a bar on or before
    /// the as-of session, or bars out of order or with a close that is not positive and finite.
    /// </exception>
    public static RallyFactsResult Compute(IReadOnlyList<DailyBar> bars, RallyOptions? options = null, IReadOnlyList<DailyBar>? benchmark = null)
    {
        ArgumentNullException.ThrowIfNull(bars);
        options ??= RallyOptions.Default;
        options.Validate();
        var span = Bars.Span(bars);
        var last = Bars.AsOfIndex(span, options.AsOf, "the series");
        Bars.Check(span, last, "the series");
        var session = span[last];
        if (options.StreaksSince is { } since && since > session.Date)
        {
            throw new FrothException($"The streak 'since' date {IsoDate.Format(since)} is after the as-of session {IsoDate.Format(session.Date)}; expected a date on or before it.");
        }

        if (options.From is { } start && start > session.Date)
        {
            throw new FrothException($"The range starts on {IsoDate.Format(start)}, after the as-of session {IsoDate.Format(session.Date)}; expected a start on or before it.");
        }

        var requested = options.AsOf ?? session.Date;
        PeriodReturn? range = null;
        if (options.From is { } from)
        {
            var end = options.To is { } to && to < session.Date ? Sessions.LastOnOrBefore(span[..(last + 1)], to) : last;
            range = end >= 0 ? Returns.Between(span, end, RallyPeriod.Range, from) : null;
        }

        var records = Records.Compute(span, last);
        return new RallyFactsResult(
            session.Date,
            requested,
            session.Close,
            span[0].Date,
            last + 1,
            Returns.Calendar(span, last),
            range,
            new StreakSet(
                Streaks.Compute(span, last, StreakFrequency.Daily, requested, options.StreaksSince),
                Streaks.Compute(span, last, StreakFrequency.Weekly, requested, options.StreaksSince),
                Streaks.Compute(span, last, StreakFrequency.Monthly, requested, options.StreaksSince)),
            records,
            Records.Drawdown(records, session.Close),
            VolumeFacts.At(span, last),
            benchmark is null ? null : RelativePerformance.Compare(span, last, Bars.Span(benchmark), options.To is null ? options.From : null));
    }
}
