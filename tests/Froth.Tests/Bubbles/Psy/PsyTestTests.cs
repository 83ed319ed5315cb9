using Froth.Bubbles.Psy;

namespace Froth.Tests.Bubbles.Psy;

public sealed class PsyTestTests
{
    /// <summary>
    /// exuber's golden outputs carry 15 significant digits; our t-statistics agree with an independent
    /// least-squares solve to ~1e-13 (see <see cref="Lag0_kernel"/>), so 1e-10 leaves room only for rounding.
    /// </summary>
    private const double GoldenTolerance = 1e-10;

    public sealed class On_the_exuber_golden_fixtures
    {
        [Theory]
        [InlineData("small_lag0")]
        [InlineData("small_lag1")]
        public void Should_reproduce_every_statistic_of_radf(string fixture)
        {
            // Given exuber's fixture, in exuber's window convention (minw counts regression rows)
            var golden = ExuberGolden.Load(fixture);
            var options = new PsyOptions { MinWindow = golden.MinWindow, WindowConvention = WindowConvention.Exuber, Lag = AdfLag.Fixed(golden.Lag) };

            // When
            var result = PsyTest.Run(golden.Levels, options);

            // Then the first statistic is at observation minw + lag + 1 (1-based), and every number matches
            result.FirstIndex.ShouldBe(golden.MinWindow + golden.Lag);
            result.Adf.ShouldBe(golden.Adf, GoldenTolerance);
            result.Sadf.ShouldBe(golden.Sadf, GoldenTolerance);
            result.Gsadf.ShouldBe(golden.Gsadf, GoldenTolerance);
            var badf = result.Badf.Skip(result.FirstIndex).Select(v => v!.Value).ToArray();
            var bsadf = result.Bsadf.Skip(result.FirstIndex).Select(v => v!.Value).ToArray();
            badf.Length.ShouldBe(golden.Badf.Length);
            bsadf.Length.ShouldBe(golden.Bsadf.Length);
            for (var i = 0; i < badf.Length; i++)
            {
                badf[i].ShouldBe(golden.Badf[i], GoldenTolerance, $"BADF {i}");
                bsadf[i].ShouldBe(golden.Bsadf[i], GoldenTolerance, $"BSADF {i}");
            }

            result.Badf.Take(result.FirstIndex).ShouldAllBe(v => v == null);
        }

        [Theory]
        [InlineData("small_lag0")]
        [InlineData("small_lag1")]
        public void Should_give_the_same_numbers_in_the_psymonitor_convention_with_a_window_one_plus_lag_longer(string fixture)
        {
            // Given exuber's minw rows = psymonitor's swindow0 − 1 − lag levels
            var golden = ExuberGolden.Load(fixture);
            var options = new PsyOptions { MinWindow = golden.MinWindow + 1 + golden.Lag, WindowConvention = WindowConvention.Psymonitor, Lag = AdfLag.Fixed(golden.Lag) };

            // When
            var result = PsyTest.Run(golden.Levels, options);

            // Then psymonitor's first statistic is at observation swindow0 (1-based), with exuber's values
            (result.FirstIndex + 1).ShouldBe(options.MinWindow.Value);
            result.MinWindowRows.ShouldBe(golden.MinWindow);
            result.Gsadf.ShouldBe(golden.Gsadf, GoldenTolerance);
            result.Bsadf[^1]!.Value.ShouldBe(golden.Bsadf[^1], GoldenTolerance);
        }
    }

    public sealed class Lag0_kernel
    {
        /// <summary>
        /// A QR solve and the running sums round differently; on a random walk around 3,000 (prices, where naive
        /// sums of squares lose digits) they agree to ~1e-12, so 1e-9 separates rounding from a wrong formula.
        /// </summary>
        private const double SolverTolerance = 1e-9;

        [Theory]
        [InlineData(0, 0.0)]
        [InlineData(0, 3000.0)]
        [InlineData(1, 3000.0)]
        [InlineData(3, 50.0)]
        public void Should_match_a_least_squares_solve_of_every_window(int lag, double level)
        {
            // Given a random walk (fixed seed) around a level, T = 61, a minimum window of 12 rows
            var random = new Random(20261122);
            var y = new double[61];
            y[0] = level;
            for (var t = 1; t < y.Length; t++)
            {
                y[t] = y[t - 1] + (random.NextDouble() - 0.5);
            }

            var options = new PsyOptions { MinWindow = 12, WindowConvention = WindowConvention.Exuber, Lag = AdfLag.Fixed(lag), MaxDegreeOfParallelism = 1 };

            // When
            var result = PsyTest.Run(y, options);

            // Then every BSADF and BADF equals the brute-force regression over the same windows
            for (var end = result.FirstIndex; end < y.Length; end++)
            {
                result.Bsadf[end]!.Value.ShouldBe(BruteForceAdf.Bsadf(y, lag, 12, end), SolverTolerance, $"BSADF at {end}");
                result.Badf[end]!.Value.ShouldBe(BruteForceAdf.TStatistic(y, lag, lag + 1, end), SolverTolerance, $"BADF at {end}");
            }
        }

        [Fact]
        public void Should_not_depend_on_the_number_of_threads()
        {
            // Given a series long enough to be split across threads
            var random = new Random(7);
            var y = new double[700];
            for (var t = 1; t < y.Length; t++)
            {
                y[t] = y[t - 1] + random.NextDouble() - 0.5;
            }

            // When run on one thread and on four
            var one = PsyTest.Run(y, new PsyOptions { MaxDegreeOfParallelism = 1 });
            var four = PsyTest.Run(y, new PsyOptions { MaxDegreeOfParallelism = 4 });

            // Then the sequences are identical, bit for bit
            four.Bsadf.ShouldBe(one.Bsadf);
            four.Badf.ShouldBe(one.Badf);
        }
    }

    public sealed class On_bad_input
    {
        private static readonly double[] Walk = [.. Enumerable.Range(0, 40).Select(i => Math.Sin(i) + (0.1 * i))];

        [Fact]
        public void Should_refuse_an_empty_series()
        {
            Should.Throw<FrothException>(() => PsyTest.Run([])).Message.ShouldContain("empty");
        }

        [Fact]
        public void Should_name_the_observation_that_is_NaN()
        {
            var y = Walk.ToArray();
            y[17] = double.NaN;
            var error = Should.Throw<FrothException>(() => PsyTest.Run(y));
            error.Message.ShouldContain("Observation 18 of 40 is NaN");
            error.Message.ShouldContain("finite numbers");
        }

        [Fact]
        public void Should_refuse_a_constant_series()
        {
            var error = Should.Throw<FrothException>(() => PsyTest.Run([.. Enumerable.Repeat(3.5, 50)]));
            error.Message.ShouldContain("constant (all 50 observations are 3.5)");
        }

        [Fact]
        public void Should_refuse_a_minimum_window_larger_than_the_series()
        {
            var error = Should.Throw<FrothException>(() => PsyTest.Run(Walk, new PsyOptions { MinWindow = 41 }));
            error.Message.ShouldContain("minimum window (41 observations (psymonitor convention)) is larger than the series (40 observations)");
        }

        [Fact]
        public void Should_refuse_a_series_too_short_for_the_window_and_lag()
        {
            // exuber convention: 38 rows need 38 + 1 + 1 = 40 observations with lag 1; 40 observations give 38 rows
            PsyTest.Run(Walk, new PsyOptions { MinWindow = 38, WindowConvention = WindowConvention.Exuber, Lag = AdfLag.Fixed(1) }).FirstIndex.ShouldBe(39);
            var error = Should.Throw<FrothException>(() =>
                PsyTest.Run(Walk, new PsyOptions { MinWindow = 39, WindowConvention = WindowConvention.Exuber, Lag = AdfLag.Fixed(1) }));
            error.Message.ShouldContain("too short for the window: 40 observations give 38 regression rows with lag 1");
            error.Message.ShouldContain("at least 41 observations");
        }

        [Fact]
        public void Should_refuse_a_window_too_small_for_the_regression()
        {
            // lag 2 has 4 coefficients, so a window needs 5 rows: 8 observations in the psymonitor convention
            var error = Should.Throw<FrothException>(() => PsyTest.Run(Walk, new PsyOptions { MinWindow = 7, Lag = AdfLag.Fixed(2) }));
            error.Message.ShouldContain("leaves 4 regression rows with lag 2");
            error.Message.ShouldContain("at least 8");
        }
    }

    public sealed class Defaults
    {
        [Fact]
        public void Should_use_the_PSY_window_rule_exactly_as_exubers_table_lists_it()
        {
            // exuber's radf_crit lists minw = ⌊n(0.01 + 1.8/√n)⌋ for n = 6 … 600: every row must agree
            var rows = File.ReadAllLines(Froth.Testing.SampleData.Path("reference/bubbles/radf_crit_scalar.csv")).Skip(1)
                .Select(l => l.Split(',')).Select(f => (N: int.Parse(f[0], System.Globalization.CultureInfo.InvariantCulture), MinW: int.Parse(f[1], System.Globalization.CultureInfo.InvariantCulture)));
            foreach (var (n, minw) in rows)
            {
                PsyTest.DefaultMinWindow(n).ShouldBe(minw, $"n = {n}");
            }
        }

        [Fact]
        public void Should_count_the_window_in_levels_and_use_lag_0()
        {
            // T = 100: window 19 levels = 18 rows, first statistic at observation 19 (1-based) as psymonitor's PSY
            var result = PsyTest.Run([.. Enumerable.Range(0, 100).Select(i => Math.Sin(i * 0.7) + (0.05 * i))]);
            result.MinWindow.ShouldBe(19);
            result.MinWindowRows.ShouldBe(18);
            result.WindowConvention.ShouldBe(WindowConvention.Psymonitor);
            result.FullSampleLag.ShouldBe(0);
            (result.FirstIndex + 1).ShouldBe(19);
        }
    }
}
