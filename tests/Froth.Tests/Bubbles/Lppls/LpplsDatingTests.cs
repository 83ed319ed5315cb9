using Froth.Bubbles.Lppls;
using Froth.Series;

namespace Froth.Tests.Bubbles.Lppls;

/// <summary>
/// <see cref="LpplsDating"/> on a synthetic bubble put on consecutive weekdays: the dated results are the undated
/// calibration's (<c>Lppls.Fit</c>, <c>LpplsIndicators.Confidence</c>, tested in LpplsTests and
/// LpplsIndicatorsTests) with their session indices turned into dates by the documented rule.
/// </summary>
public sealed class LpplsDatingTests
{
    // The bubble of LpplsIndicatorsTests: tc = 123, 3 sessions after the last of 121 prices (t2 = 120); it passes
    // the confidence filter by construction (see there).
    private static readonly LpplsModel Bubble = new(Tc: 123, M: 0.5, Omega: 8, A: 5, B: -0.06, C1: 0.003, C2: 0);

    private static readonly double[] Values = Synthetic.Prices(Bubble, 121, sigma: 0.002, seed: 7);

    // Monday 1 January 2024 onwards, weekdays only: index 120 is 24 weeks later, Monday 17 June 2024
    // (1 Jan + 168 days: 31 Jan, 29 Feb, 31 Mar, 30 Apr, 31 May = 152 days to 1 June, + 16 = 17 June).
    private static readonly DateOnly Monday = new(2024, 1, 1);
    private static readonly List<ScalarPoint> Prices = [.. Values.Select((v, i) => new ScalarPoint(AddWeekdays(Monday, i), v))];

    private static readonly LpplsIndicatorOptions ThreeWindows = new() { MinWindow = 60, MaxWindow = 100, Step = 20 };

    /// <summary>
    /// The documented rule (<see cref="LpplsDates"/>), written out independently: a critical time τ &gt; 0 sessions
    /// after the last date falls in the ⌈τ⌉-th weekday after it.
    /// </summary>
    private static DateOnly AddWeekdays(DateOnly date, int weekdays)
    {
        for (var k = 0; k < weekdays;)
        {
            date = date.AddDays(1);
            if (date.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                k++;
            }
        }

        return date;
    }

    public sealed class Fit
    {
        [Fact]
        public void Should_date_the_critical_time_as_the_weekday_the_index_tc_falls_in()
        {
            Prices[120].Date.ShouldBe(new DateOnly(2024, 6, 17));

            var dated = LpplsDating.Fit(Prices);

            (dated.First, dated.Last).ShouldBe((Monday, new DateOnly(2024, 6, 17)));
            (dated.Fit.Start, dated.Fit.End).ShouldBe((0, 120));
            var tau = dated.Fit.TcAfterEnd;
            tau.ShouldBe(3, 1.0); // the planted tc, within a session (as LpplsIndicatorsTests)

            // τ ≈ 3 sessions after Monday 17 June: ⌈τ⌉ weekdays later, Wednesday 19 to Friday 21 June
            dated.CriticalDate.ShouldBe(AddWeekdays(dated.Last, (int)Math.Ceiling(tau)));
            dated.CriticalDate.ShouldBeInRange(new DateOnly(2024, 6, 19), new DateOnly(2024, 6, 21));
        }

        [Fact]
        public void Should_carry_the_filter_verdict()
        {
            var dated = LpplsDating.Fit(Prices);

            dated.Filter.ShouldBe("confidence");
            dated.Failures.ShouldBeEmpty();
            dated.Fit.Converged.ShouldBeTrue();

            // The same fit under a filter that wants ω ≥ 10 (the truth is 8) misses that bound only
            var strict = LpplsFilters.Confidence with { MinOmega = 10 };
            var refused = LpplsDating.Describe(dated.First, dated.Last, dated.Fit, strict);
            refused.Failures.ShouldBe(["omega"]);
            refused.CriticalDate.ShouldBe(dated.CriticalDate);
        }

        [Fact]
        public void Should_count_fractions_of_a_session_as_the_next_weekday_across_a_weekend()
        {
            // A window [0, 100] whose last date is Friday 14 June 2024, tc = 101.2: τ = 1.2, ⌈1.2⌉ = 2 weekdays
            // after Friday = Monday 17 (1), Tuesday 18 June (2). And τ = 0.3 → the 1st weekday, Monday 17 June.
            var fit = new LpplsFit(Bubble with { Tc = 101.2 }, 0, 100, 0.1, [], 0.01, true, 1, [0.1]);
            LpplsDating.Describe(new DateOnly(2024, 1, 29), new DateOnly(2024, 6, 14), fit).CriticalDate.ShouldBe(new DateOnly(2024, 6, 18));

            var soon = fit with { Model = Bubble with { Tc = 100.3 } };
            LpplsDating.Describe(new DateOnly(2024, 1, 29), new DateOnly(2024, 6, 14), soon).CriticalDate.ShouldBe(new DateOnly(2024, 6, 17));
        }

        [Fact]
        public void Should_name_a_fit_that_did_not_converge()
        {
            var fit = new LpplsFit(Bubble, 0, 120, 0.1, [], 0.001, false, 0, [0.1]);
            LpplsDating.Describe(Monday, new DateOnly(2024, 6, 17), fit).Failures.ShouldContain("converged");
        }

        [Fact]
        public void Should_refuse_dates_out_of_order()
        {
            List<ScalarPoint> swapped = [.. Prices];
            (swapped[5], swapped[6]) = (swapped[6], swapped[5]);

            // Indices 5 and 6 are Monday 8 and Tuesday 9 January 2024
            Should.Throw<FrothException>(() => LpplsDating.Fit(swapped)).Message.ShouldContain("2024-01-08 follows 2024-01-09");
        }
    }

    public sealed class Confidence
    {
        [Fact]
        public void Should_key_the_indicator_by_the_requested_end_dates_only()
        {
            // From Thursday 13 June (index 118) to Sunday 16 June: the sessions 13 and 14 June (118, 119), no more
            var series = LpplsDating.Confidence(Prices, new DateOnly(2024, 6, 13), new DateOnly(2024, 6, 16), ThreeWindows, cancellationToken: TestContext.Current.CancellationToken);

            series.Select(c => c.Date).ShouldBe([new DateOnly(2024, 6, 13), new DateOnly(2024, 6, 14)]);
            foreach (var (dated, end) in series.Zip([118, 119]))
            {
                // each reads the prices up to its date only: the same as the indicator on the prefix alone
                var alone = LpplsIndicators.Confidence(Values[..(end + 1)], end, ThreeWindows);
                dated.Confidence.ShouldBeEquivalentTo(alone);
                dated.Confidence.Windows.ShouldBe(3); // 100, 80, 60 sessions
                dated.Confidence.Positive.ShouldBeGreaterThan(0); // so the quantiles below exist

                // and its critical-time quantiles are dated by the same rule, from the end date
                dated.CriticalTimes!.Count.ShouldBe(alone.TcQuantiles!.Count);
                foreach (var (q, raw) in dated.CriticalTimes.Zip(alone.TcQuantiles))
                {
                    (q.Level, q.SessionsAfterEnd).ShouldBe((raw.Level, raw.TcAfterEnd));
                    q.Date.ShouldBe(raw.TcAfterEnd > 0 ? AddWeekdays(dated.Date, (int)Math.Ceiling(raw.TcAfterEnd)) : dated.Date);
                }
            }
        }

        [Fact]
        public void Should_refuse_an_end_date_with_too_little_history()
        {
            // Index 90 (Monday 6 May 2024: 18 weeks after 1 January) has 91 prices; the longest window of 100 sessions needs 101
            var e = Should.Throw<FrothException>(() => LpplsDating.Confidence(Prices, new DateOnly(2024, 5, 6), new DateOnly(2024, 5, 7), ThreeWindows, cancellationToken: TestContext.Current.CancellationToken));
            e.Message.ShouldContain("2024-05-06");
            e.Message.ShouldContain("has 91 prices up to it");
            e.Message.ShouldContain("needs 101");
        }

        [Fact]
        public void Should_refuse_a_range_without_a_session()
        {
            // Saturday 15 and Sunday 16 June 2024
            Should.Throw<FrothException>(() => LpplsDating.Confidence(Prices, new DateOnly(2024, 6, 15), new DateOnly(2024, 6, 16), ThreeWindows, cancellationToken: TestContext.Current.CancellationToken))
                .Message.ShouldContain("no session from 2024-06-15 to 2024-06-16");
        }
    }
}
