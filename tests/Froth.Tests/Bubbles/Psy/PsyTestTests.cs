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
}
