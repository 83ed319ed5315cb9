using Froth.Bubbles.Lppls;

namespace Froth.Tests.Bubbles.Lppls;

public sealed class LpplsIndicatorsTests
{
    // A bubble whose tc is 3 sessions after the last of 121 prices (t2 = 120). Every window below passes
    // both filters by construction: m = 0.5; ω = 8; tc − t2 = 3 ≤ 0.1·dt for dt ≥ 30;
    // oscillations ≥ (8/2π)·ln(63/3) = 3.9 for dt ≥ 60; damping 0.5·0.06/(8·0.003) = 1.25; with σ = 0.002
    // the relative error is about 0.0016.
    private static readonly LpplsModel PositiveBubble = new(Tc: 123, M: 0.5, Omega: 8, A: 5, B: -0.06, C1: 0.003, C2: 0);
    private static readonly LpplsModel NegativeBubble = PositiveBubble with { B = 0.06 };

    private static readonly LpplsIndicatorOptions FourWindows = new() { MinWindow = 60, MaxWindow = 120, Step = 20 };

    public sealed class Confidence
    {
        [Fact]
        public void Should_count_every_window_of_a_clean_positive_bubble()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);

            var confidence = LpplsIndicators.Confidence(prices, 120, FourWindows);

            confidence.Windows.ShouldBe(4);
            confidence.Positive.ShouldBe(1.0);
            confidence.Negative.ShouldBe(0.0);
            confidence.NotConverged.ShouldBe(0);
            var median = confidence.TcQuantiles!.Single(q => q.Level == 0.5);
            median.TcAfterEnd.ShouldBe(3, 1.0); // the truth, within a session
        }

        [Fact]
        public void Should_count_a_negative_bubble_as_negative()
        {
            var prices = Synthetic.Prices(NegativeBubble, 121, sigma: 0.002, seed: 7);

            var confidence = LpplsIndicators.Confidence(prices, 120, FourWindows);

            confidence.Negative.ShouldBe(1.0);
            confidence.Positive.ShouldBe(0.0);
        }

        [Fact]
        public void Should_divide_by_all_windows_not_by_those_of_one_sign()
        {
            // Given fits of which 1 qualifies positive, 1 is positive but unqualified, 2 failed numerically.
            var good = new LpplsFit(PositiveBubble, 0, 120, 0.01, [], 0.001, true, 1, [0.01]);
            var bad = good with { Model = PositiveBubble with { Omega = 40 } };

            var confidence = LpplsIndicators.Summarize(120, [good, bad, null, null], FourWindows);

            confidence.Positive.ShouldBe(0.25);
            confidence.NotConverged.ShouldBe(2);
            confidence.TcQuantiles!.Select(q => q.TcAfterEnd).ShouldAllBe(tc => Math.Abs(tc - 3) < 1e-9);
        }

        [Fact]
        public void Should_have_no_quantiles_when_nothing_qualifies()
        {
            var bad = new LpplsFit(PositiveBubble with { Omega = 40 }, 0, 120, 0.01, [], 0.001, true, 1, [0.01]);
            LpplsIndicators.Summarize(120, [bad], FourWindows).TcQuantiles.ShouldBeNull();
        }

        [Fact]
        public void Should_refuse_windows_longer_than_the_data()
        {
            var prices = Synthetic.Prices(PositiveBubble, 100, sigma: 0.002, seed: 7);

            var e = Should.Throw<FrothException>(() => LpplsIndicators.Confidence(prices, 99, FourWindows));

            e.Message.ShouldContain("longer than the data");
            e.Message.ShouldContain("100 prices up to it");
            e.Message.ShouldContain("needs 121");
        }

        [Theory]
        [InlineData(10, 120, 5, "at least 19 sessions")]
        [InlineData(100, 60, 5, "must be at least the shortest")]
        [InlineData(60, 120, 0, "step must be at least 1")]
        public void Should_refuse_bad_windows(int min, int max, int step, string message)
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);
            var options = new LpplsIndicatorOptions { MinWindow = min, MaxWindow = max, Step = step };
            Should.Throw<FrothException>(() => LpplsIndicators.Confidence(prices, 120, options)).Message.ShouldContain(message);
        }
    }

    public sealed class Windows
    {
        [Fact]
        public void Should_give_126_windows_from_750_to_125_by_default()
        {
            var spans = LpplsIndicatorOptions.Default.Windows();
            spans.Count.ShouldBe(126);
            (spans[0], spans[^1]).ShouldBe((750, 125));
        }

        [Fact]
        public void Should_fit_each_window_on_the_prices_up_to_the_end_date_only()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);

            var fits = LpplsIndicators.FitWindows(prices, 110, FourWindows with { MaxWindow = 100 });

            fits.Select(f => (f!.Start, f.End)).ShouldBe([(10, 110), (30, 110), (50, 110)]);
        }
    }

    public sealed class Series
    {
        [Fact]
        public void Should_be_aligned_to_the_prices_with_null_outside_the_range_and_identical_whatever_the_threads()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);
            var options = FourWindows with { MaxWindow = 100, Fit = LpplsOptions.Default with { Starts = 8 } };

            var one = LpplsIndicators.ConfidenceSeries(prices, options with { MaxDegreeOfParallelism = 1 }, from: 110, to: 115, cancellationToken: TestContext.Current.CancellationToken);
            var four = LpplsIndicators.ConfidenceSeries(prices, options with { MaxDegreeOfParallelism = 4 }, from: 110, to: 115, cancellationToken: TestContext.Current.CancellationToken);

            one.Count.ShouldBe(121);
            one[109].ShouldBeNull();
            one[116].ShouldBeNull();
            for (var e = 110; e <= 115; e++)
            {
                one[e]!.End.ShouldBe(e);
                (four[e]!.QualifiedPositive, four[e]!.QualifiedNegative, four[e]!.NotConverged).ShouldBe((one[e]!.QualifiedPositive, one[e]!.QualifiedNegative, one[e]!.NotConverged));
                (four[e]!.TcQuantiles ?? []).ShouldBe(one[e]!.TcQuantiles ?? []);
            }
        }

        [Fact]
        public void Should_report_progress_once_per_end_date()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);
            var reports = new System.Collections.Concurrent.ConcurrentBag<int>();

            LpplsIndicators.ConfidenceSeries(prices, FourWindows with { MaxWindow = 80 }, from: 118, to: 120, progress: new Sync(reports.Add), cancellationToken: TestContext.Current.CancellationToken);

            reports.OrderBy(r => r).ShouldBe([1, 2, 3]);
        }

        [Fact]
        public void Should_refuse_a_range_that_starts_in_the_warm_up()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);
            Should.Throw<FrothException>(() => LpplsIndicators.ConfidenceSeries(prices, FourWindows, from: 100, cancellationToken: TestContext.Current.CancellationToken)).Message.ShouldContain("longer than the data");
        }

        private sealed class Sync(Action<int> report) : IProgress<int>
        {
            public void Report(int value) => report(value);
        }
    }

    public sealed class Trust
    {
        [Fact]
        public void Should_trust_a_clean_bubble_under_resampled_residuals()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);
            var options = FourWindows with { MinWindow = 100 };

            var trust = LpplsIndicators.Trust(prices, 120, resamples: 4, options);

            (trust.Windows, trust.Resamples).ShouldBe((2, 4));
            trust.Positive.ShouldBe(1.0);
            trust.Negative.ShouldBe(0.0);
        }

        [Fact]
        public void Should_refuse_zero_resamples()
        {
            var prices = Synthetic.Prices(PositiveBubble, 121, sigma: 0.002, seed: 7);
            Should.Throw<FrothException>(() => LpplsIndicators.Trust(prices, 120, 0, FourWindows)).Message.ShouldContain("at least 1 resample");
        }
    }
}
