using Froth.Rally;
using Froth.Series;
using static Froth.Tests.Rally.SnapshotBars;

namespace Froth.Tests.Rally;

/// <summary>Invariants on seeded random walks and on the real snapshot.</summary>
public sealed class RallyFactsPropertyTests
{
    // Products of up to ~60 ratios of doubles near 1: each ratio carries ~1e-16 relative error.
    private const double Composed = 1e-12;

    public static TheoryData<int> Seeds => [1, 2, 3, 4, 5];

    public sealed class Point_in_time
    {
        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(RallyFactsPropertyTests))]
        public void Should_equal_the_facts_computed_on_bars_truncated_at_the_as_of_date(int seed)
        {
            var bars = RandomWalk.Bars(seed, 900);
            var benchmark = RandomWalk.Bars(seed + 100, 950, start: new DateOnly(2014, 12, 1));
            var rng = new Random(seed);
            for (var trial = 0; trial < 40; trial++)
            {
                // Any calendar date inside the series, sessions and non-sessions alike.
                var asOf = bars[0].Date.AddDays(rng.Next(0, bars[^1].Date.DayNumber - bars[0].Date.DayNumber + 1));
                var options = new RallyOptions { AsOf = asOf, From = asOf.AddDays(-rng.Next(1, 400)), StreaksSince = asOf.AddDays(-rng.Next(0, 700)) };

                var full = RallyFacts.Compute(bars, options, benchmark);
                var truncated = RallyFacts.Compute([.. bars.Where(b => b.Date <= asOf)], options, [.. benchmark.Where(b => b.Date <= asOf)]);

                truncated.ShouldBe(full);
            }
        }

        [Fact]
        public void Should_hold_on_the_real_Hang_Seng_Tech_against_the_Nasdaq_100_at_every_month_end()
        {
            for (var month = new DateOnly(2021, 1, 31); month <= new DateOnly(2026, 7, 31); month = month.AddDays(1).AddMonths(1).AddDays(-1))
            {
                var options = new RallyOptions { AsOf = month };
                var full = RallyFacts.Compute(Hstech, options, Ndx);
                var truncated = RallyFacts.Compute([.. Hstech.Where(b => b.Date <= month)], options, [.. Ndx.Where(b => b.Date <= month)]);
                truncated.ShouldBe(full, $"as of {month}");
            }
        }
    }

    public sealed class Returns_compose
    {
        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(RallyFactsPropertyTests))]
        public void Should_chain_adjacent_ranges_into_the_joined_range(int seed)
        {
            var bars = RandomWalk.Bars(seed, 700);
            var rng = new Random(seed);
            for (var trial = 0; trial < 50; trial++)
            {
                var dates = Enumerable.Range(0, 3)
                    .Select(_ => bars[0].Date.AddDays(rng.Next(0, 1000)))
                    .Order()
                    .ToArray();

                var first = Returns.Between(bars, dates[0], dates[1])!;
                var second = Returns.Between(bars, dates[1], dates[2])!;
                var joined = Returns.Between(bars, dates[0], dates[2])!;

                ((1 + first.Return) * (1 + second.Return)).ShouldBe(1 + joined.Return, Composed);
            }
        }

        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(RallyFactsPropertyTests))]
        public void Should_build_week_month_and_year_to_date_from_daily_returns(int seed)
        {
            var bars = RandomWalk.Bars(seed, 800);
            var daily = Returns.Daily(bars);
            for (var i = 300; i < bars.Length; i += 37)
            {
                var facts = Returns.Calendar(bars, bars[i].Date);
                var asOf = bars[i].Date;
                double Product(Func<DateOnly, bool> inPeriod) =>
                    Enumerable.Range(1, i).Where(j => inPeriod(bars[j].Date)).Aggregate(1.0, (p, j) => p * (1 + daily[j]!.Value));

                var monday = asOf.AddDays(-(((int)asOf.DayOfWeek + 6) % 7));
                (1 + facts.WeekToDate!.Return).ShouldBe(Product(d => d >= monday), Composed);
                (1 + facts.MonthToDate!.Return).ShouldBe(Product(d => d.Year == asOf.Year && d.Month == asOf.Month), Composed);
                (1 + facts.YearToDate!.Return).ShouldBe(Product(d => d.Year == asOf.Year), Composed);

                // Year to date = the completed quarters of the year chained with quarter to date.
                var quarterStart = new DateOnly(asOf.Year, (((asOf.Month - 1) / 3) * 3) + 1, 1);
                var beforeQuarter = Returns.Between(bars, new DateOnly(asOf.Year - 1, 12, 31), quarterStart.AddDays(-1))!;
                ((1 + beforeQuarter.Return) * (1 + facts.QuarterToDate!.Return)).ShouldBe(1 + facts.YearToDate.Return, Composed);
            }
        }
    }

    public sealed class Streaks_mirror
    {
        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(RallyFactsPropertyTests))]
        public void Should_swap_up_and_down_and_keep_every_length_for_the_mirrored_series(int seed)
        {
            var bars = RandomWalk.Bars(seed, 1200);
            var mirror = RandomWalk.Mirror(bars);
            foreach (var frequency in Enum.GetValues<StreakFrequency>())
            {
                for (var i = 1; i < bars.Length; i += 13)
                {
                    var since = bars[i / 2].Date;
                    var a = Froth.Rally.Streaks.Compute(bars, frequency, bars[i].Date, since);
                    var b = Froth.Rally.Streaks.Compute(mirror, frequency, bars[i].Date, since);
                    if (a is null)
                    {
                        b.ShouldBeNull();
                        continue;
                    }

                    b.ShouldNotBeNull();
                    b.Direction.ShouldBe(a.Direction switch { StreakDirection.Up => StreakDirection.Down, StreakDirection.Down => StreakDirection.Up, _ => StreakDirection.Flat });
                    b.Current.ShouldBe(a.Current);
                    b.Start.ShouldBe(a.Start);
                    b.Longest.ShouldBe(a.Longest);
                    b.LongestUp.ShouldBe(a.LongestDown);
                    b.LongestDown.ShouldBe(a.LongestUp);
                    b.LongestSince.ShouldBe(a.LongestSince);
                    b.PreviousAsLong.ShouldBe(a.PreviousAsLong);
                    b.IncludesCurrentPeriod.ShouldBe(a.IncludesCurrentPeriod);
                }
            }
        }
    }

    public sealed class Streaks_against_a_naive_count
    {
        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(RallyFactsPropertyTests))]
        public void Should_match_runs_listed_one_by_one(int seed)
        {
            var bars = RandomWalk.Bars(seed, 600, flatProbability: 0.1);
            foreach (var frequency in Enum.GetValues<StreakFrequency>())
            {
                for (var i = 2; i < bars.Length; i += 7)
                {
                    var since = bars[i / 3].Date;
                    var facts = Froth.Rally.Streaks.Compute(bars, frequency, bars[i].Date, since);
                    var runs = NaiveRuns(bars.Take(i + 1).ToList(), frequency);
                    if (runs.Count == 0)
                    {
                        facts.ShouldBeNull();
                        continue;
                    }

                    var current = runs[^1];
                    facts.ShouldNotBeNull();
                    facts.Direction.ShouldBe(current.Direction);
                    facts.Current.ShouldBe(current.Length);
                    facts.Start.ShouldBe(current.Start);
                    facts.Longest.ShouldBe(runs.Where(r => r.Direction == current.Direction).Max(r => r.Length));
                    facts.LongestUp.ShouldBe(runs.Where(r => r.Direction == StreakDirection.Up).Select(r => r.Length).DefaultIfEmpty().Max());
                    facts.LongestDown.ShouldBe(runs.Where(r => r.Direction == StreakDirection.Down).Select(r => r.Length).DefaultIfEmpty().Max());
                    facts.LongestSince.ShouldBe(runs.Where(r => r.Direction == current.Direction && r.End >= since).Max(r => r.Length));
                    var previous = runs.Take(runs.Count - 1).LastOrDefault(r => r.Direction == current.Direction && r.Length >= current.Length);
                    facts.PreviousAsLong.ShouldBe(previous is null ? null : new PastStreak(previous.Length, previous.End));
                }
            }
        }

        private sealed record Run(StreakDirection Direction, int Length, DateOnly Start, DateOnly End);

        /// <summary>Groups sessions into periods by a key, takes each period's last close, and lists the runs of moves.</summary>
        private static List<Run> NaiveRuns(List<DailyBar> bars, StreakFrequency frequency)
        {
            var periods = bars
                .GroupBy(b => frequency switch
                {
                    StreakFrequency.Daily => b.Date.DayNumber,
                    StreakFrequency.Weekly => System.Globalization.ISOWeek.GetYear(b.Date.ToDateTime(TimeOnly.MinValue)) * 100 + System.Globalization.ISOWeek.GetWeekOfYear(b.Date.ToDateTime(TimeOnly.MinValue)),
                    _ => (b.Date.Year * 100) + b.Date.Month,
                })
                .Select(g => g.Last())
                .ToList();
            var runs = new List<Run>();
            for (var j = 1; j < periods.Count; j++)
            {
                var d = periods[j].Close > periods[j - 1].Close ? StreakDirection.Up : periods[j].Close < periods[j - 1].Close ? StreakDirection.Down : StreakDirection.Flat;
                if (runs.Count > 0 && runs[^1].Direction == d)
                {
                    runs[^1] = runs[^1] with { Length = runs[^1].Length + 1, End = periods[j].Date };
                }
                else
                {
                    runs.Add(new Run(d, 1, periods[j].Date, periods[j].Date));
                }
            }

            return runs;
        }
    }

    public sealed class Series_against_snapshots
    {
        [Theory]
        [MemberData(nameof(Seeds), MemberType = typeof(RallyFactsPropertyTests))]
        public void Should_give_the_same_highest_since_drawdown_and_volume_as_the_facts_of_each_session(int seed)
        {
            var bars = RandomWalk.Bars(seed, 400, flatProbability: 0.05);
            var highestSince = Records.HighestSinceSeries(bars);
            var drawdown = Records.DrawdownSeries(bars);
            var average20 = VolumeFacts.Average(bars, 20);
            var ratio50 = VolumeFacts.Ratio(bars, 50);
            var streaks = Froth.Rally.Streaks.DailySeries(bars);
            for (var i = 0; i < bars.Length; i++)
            {
                var facts = RallyFacts.Compute(bars, new RallyOptions { AsOf = bars[i].Date });
                highestSince[i].ShouldBe(facts.Records.HighestSince?.Date);
                drawdown[i].ShouldBe(facts.Drawdown.FromPeak);
                average20[i].ShouldBe(facts.Volume!.Average20);
                ratio50[i].ShouldBe(facts.Volume.Ratio50);
                var daily = facts.Streaks.Daily;
                streaks[i].ShouldBe(daily is null ? null : daily.Direction switch
                {
                    StreakDirection.Up => daily.Current,
                    StreakDirection.Down => -daily.Current,
                    _ => 0,
                });
            }
        }
    }
}
