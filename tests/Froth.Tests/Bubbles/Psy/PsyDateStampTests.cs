using Froth.Bubbles.Psy;
using Froth.Series;

namespace Froth.Tests.Bubbles.Psy;

/// <summary>
/// <see cref="PsyDateStamp"/> against the undated engine it wraps (<see cref="PsyTest.Run"/> and
/// <see cref="PsyEpisodes.Find"/>, verified against exuber and psymonitor in PsyTestTests and PsyEpisodesTests):
/// the dated result must be that engine's output with dates put on it, and nothing else.
/// </summary>
public sealed class PsyDateStampTests
{
    private const int N = 150;

    // A small null: 200 replications of T = 150 take well under a second; the tests compare designs and dates,
    // not the precision of the quantiles.
    private static readonly PsyMonteCarloOptions SmallNull = new() { Replications = 200, Seed = 7 };

    // Minimum window 20 levels (psymonitor's convention) = 19 regression rows with lag 0.
    private static readonly PsyOptions Design = new() { MinWindow = 20 };

    private static readonly PsyDateStampOptions LogPrices = new() { Transform = ValueTransform.Log, Test = Design, MonteCarlo = SmallNull, MinimumDurationDelta = 1 };

    /// <summary>
    /// Prices exp(y) on consecutive weekdays from Monday 2024-01-01, y a random walk of step 0.01 with an
    /// explosive stretch (y_t = y_{t−1} + 0.04·(t − 69) for 70 ≤ t &lt; 95) and a fall back after it, so
    /// that the test finds at least one episode.
    /// </summary>
    private static List<ScalarPoint> Prices()
    {
        var random = new Random(11);
        var y = new double[N];
        y[0] = Math.Log(100);
        for (var t = 1; t < N; t++)
        {
            var e = 0.01 * Math.Sqrt(-2 * Math.Log(1 - random.NextDouble())) * Math.Cos(2 * Math.PI * random.NextDouble());
            y[t] = t switch
            {
                >= 70 and < 95 => y[t - 1] + (0.004 * (t - 69)) + e,
                >= 95 and < 100 => y[t - 1] - ((y[94] - y[69]) / 5) + e,
                _ => y[t - 1] + e,
            };
        }

        return [.. Weekdays(new DateOnly(2024, 1, 1), N).Select((d, i) => new ScalarPoint(d, Math.Exp(y[i])))];
    }

    private static List<DateOnly> Weekdays(DateOnly first, int count)
    {
        var dates = new List<DateOnly>();
        for (var d = first; dates.Count < count; d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                dates.Add(d);
            }
        }

        return dates;
    }

    private static PsyCriticalValueTable Table(int count, PsyOptions design) =>
        PsyCriticalValues.MonteCarlo(count, design, SmallNull, cancellationToken: TestContext.Current.CancellationToken);

    private static PsyDatedResult Stamp(IReadOnlyList<ScalarPoint> prices, PsyDateStampOptions options, PsyCriticalValueTable? table = null) =>
        PsyDateStamp.Run(prices, options, table, cancellationToken: TestContext.Current.CancellationToken);

    public sealed class Critical_values_of_another_design
    {
        [Fact]
        public void Should_accept_values_made_for_the_same_design()
        {
            var prices = Prices();
            var result = Stamp(prices, LogPrices, Table(N, Design));

            // T = 150 and 20 levels − 1 = 19 rows with lag 0, by hand
            result.CriticalValues.Design.ShouldBe(new PsyCriticalValueDesign(150, 19, 0, null));
        }

        [Fact]
        public void Should_refuse_values_made_for_another_sample_size()
        {
            var e = Should.Throw<FrothException>(() => Stamp(Prices(), LogPrices, Table(N + 10, Design)));
            e.Message.ShouldContain("made for T = 160");
            e.Message.ShouldContain("statistics have T = 150");
        }

        [Fact]
        public void Should_refuse_values_made_for_another_minimum_window()
        {
            // 25 levels = 24 rows against the statistics' 20 levels = 19 rows
            var e = Should.Throw<FrothException>(() => Stamp(Prices(), LogPrices, Table(N, Design with { MinWindow = 25 })));
            e.Message.ShouldContain("a minimum window of 24 regression rows");
            e.Message.ShouldContain("a minimum window of 19 regression rows");
        }

        [Fact]
        public void Should_refuse_values_made_for_another_lag()
        {
            // Lag 1 with 20 levels: 20 − 1 − 1 = 18 rows, lag 1; the statistics have 19 rows, lag 0
            var e = Should.Throw<FrothException>(() => Stamp(Prices(), LogPrices, Table(N, Design with { Lag = AdfLag.Fixed(1) })));
            e.Message.ShouldContain("18 regression rows, lag 1");
            e.Message.ShouldContain("19 regression rows, lag 0");
        }

        [Fact]
        public void Should_refuse_values_made_under_the_other_window_convention()
        {
            // The same number 20 under exuber's convention counts 20 rows, psymonitor's 20 levels = 19 rows
            var e = Should.Throw<FrothException>(() => Stamp(Prices(), LogPrices, Table(N, Design with { WindowConvention = WindowConvention.Exuber })));
            e.Message.ShouldContain("made for T = 150, a minimum window of 20 regression rows");
            e.Message.ShouldContain("statistics have T = 150, a minimum window of 19 regression rows");
        }

        [Fact]
        public void Should_refuse_them_in_Date_too()
        {
            var prices = Prices();
            var values = prices.Select(p => Math.Log(p.Value)).ToArray();
            var statistics = PsyTest.Run(values, Design);
            Should.Throw<FrothException>(() => PsyDateStamp.Date(prices, LogPrices, values, statistics, Table(N, Design with { MinWindow = 30 })))
                .Message.ShouldContain("same design");
        }
    }

    public sealed class Against_the_undated_engine
    {
        [Fact]
        public void Should_give_the_engines_bsadf_and_episodes_with_the_dates_at_their_indices()
        {
            // Given the prices and the critical values made for their design
            var prices = Prices();
            var table = Table(N, Design);

            // When dated
            var dated = Stamp(prices, LogPrices, table);

            // Then it is the undated engine on ln p: every BSADF from the first statistic on, on its date
            var logs = prices.Select(p => Math.Log(p.Value)).ToArray();
            var engine = PsyTest.Run(logs, Design);
            var minimum = PsyEpisodes.LogDuration(N, 1); // δ·ln T = ln 150 = 5.01 observations
            var episodes = PsyEpisodes.Find(logs, engine.Bsadf, table.Bsadf95(), new PsyEpisodeOptions { MinimumDuration = minimum });

            dated.Dates.ShouldBe(prices.Select(p => p.Date));
            dated.MinimumDuration.ShouldBe(Math.Log(150), 1e-12);
            dated.Bsadf.Count.ShouldBe(N - engine.FirstIndex);
            for (var i = engine.FirstIndex; i < N; i++)
            {
                var point = dated.Bsadf[i - engine.FirstIndex];
                point.Date.ShouldBe(prices[i].Date);
                point.Bsadf.ShouldBe(engine.Bsadf[i]);
                point.CriticalValue.ShouldBe(table.Bsadf[i]);
            }

            // and each episode's dates are the dates at the engine's indices. End is PSY (2015, eq. 11)'s
            // termination, the first observation that no longer rejects, as exuber's datestamp; psymonitor's
            // locate reports the observation before it (docs/psy.md).
            episodes.ShouldNotBeEmpty(); // the planted stretch is found, so the comparison below is not vacuous
            dated.Episodes.Count.ShouldBe(episodes.Count);
            for (var k = 0; k < episodes.Count; k++)
            {
                var (d, e) = (dated.Episodes[k], episodes[k]);
                d.Observations.ShouldBe(e);
                d.Start.ShouldBe(prices[e.Start].Date);
                d.Peak.ShouldBe(prices[e.Peak].Date);
                d.End.ShouldBe(e.End is { } end ? prices[end].Date : null);
                if (e.End is { } last)
                {
                    dated.Bsadf[last - engine.FirstIndex].Rejects.ShouldBeFalse();
                    dated.Bsadf[last - 1 - engine.FirstIndex].Rejects.ShouldBeTrue();
                }
            }
        }

        [Fact]
        public void Should_simulate_the_same_values_when_none_are_given()
        {
            // The Monte Carlo is seeded: Run without a table simulates the table made above
            var prices = Prices();
            var simulated = Stamp(prices, LogPrices);
            simulated.CriticalValues.Bsadf.ShouldBe(Table(N, Design).Bsadf);
        }
    }

    public sealed class Transforms
    {
        [Fact]
        public void Should_test_logs_of_prices_as_the_pre_logged_values_as_they_are()
        {
            var prices = Prices();
            var logged = prices.Select(p => p with { Value = Math.Log(p.Value) }).ToList();
            var table = Table(N, Design);

            var onPrices = Stamp(prices, LogPrices, table);
            var onLogs = Stamp(logged, LogPrices with { Transform = ValueTransform.None }, table);

            onPrices.Transform.ShouldBe(ValueTransform.Log);
            onLogs.Transform.ShouldBe(ValueTransform.None);
            onPrices.Bsadf.Select(p => p.Bsadf).ShouldBe(onLogs.Bsadf.Select(p => p.Bsadf));
            onPrices.Statistics.Gsadf.ShouldBe(onLogs.Statistics.Gsadf);
            onPrices.Episodes.ShouldBe(onLogs.Episodes);
        }

        [Theory]
        [InlineData(0.0, "0")]
        [InlineData(-3.5, "-3.5")]
        public void Should_refuse_a_price_that_is_not_positive_naming_its_date_and_value(double bad, string shown)
        {
            var prices = Prices();
            prices[40] = prices[40] with { Value = bad };

            var e = Should.Throw<FrothException>(() => Stamp(prices, LogPrices, Table(N, Design)));

            // Observation 40 is the 41st weekday from Monday 1 January 2024: 8 weeks (40 weekdays) later, Monday 26 February
            e.Message.ShouldContain("2024-02-26");
            e.Message.ShouldContain($"is {shown};");
            e.Message.ShouldContain("positive");
        }
    }

    public sealed class Dates
    {
        [Fact]
        public void Should_refuse_dates_out_of_order()
        {
            var prices = Prices();
            (prices[10], prices[11]) = (prices[11] with { Value = prices[10].Value }, prices[10] with { Value = prices[11].Value });

            var e = Should.Throw<FrothException>(() => Stamp(prices, LogPrices, Table(N, Design)));

            // Observations 10 and 11 are Monday 15 and Tuesday 16 January 2024, now swapped
            e.Message.ShouldContain("strictly ascending");
            e.Message.ShouldContain("2024-01-15 follows 2024-01-16");
        }

        [Fact]
        public void Should_refuse_a_repeated_date()
        {
            var prices = Prices();
            prices[11] = prices[11] with { Date = prices[10].Date };
            Should.Throw<FrothException>(() => Stamp(prices, LogPrices, Table(N, Design))).Message.ShouldContain("2024-01-15 follows 2024-01-15");
        }
    }
}
