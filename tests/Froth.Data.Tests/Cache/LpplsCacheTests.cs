using Froth.Bubbles.Lppls;
using Froth.Data.Cache;
using Froth.Testing;

namespace Froth.Data.Tests.Cache;

public sealed class LpplsCacheTests
{
    // A short, quick set of windows: three fits per end date.
    private static readonly LpplsIndicatorOptions Options = LpplsIndicatorOptions.Default with { MinWindow = 40, MaxWindow = 60, Step = 10 };

    /// <summary>A noisy exponential path, 61 prices (the longest window's).</summary>
    private static double[] Prices(double bump = 0)
    {
        var rng = new Random(7);
        return [.. Enumerable.Range(0, 61).Select(i => Math.Exp((0.01 * i) + (0.02 * rng.NextDouble())) + (i == 30 ? bump : 0))];
    }

    public sealed class Confidence
    {
        [Fact]
        public void Should_store_the_indicator_and_read_back_what_it_computes()
        {
            using var folder = new TempFolder();
            var cache = new FileCache(folder.Path);
            var prices = Prices();
            var computed = LpplsIndicators.Confidence(prices, Options.MaxWindow, Options);

            var first = LpplsCache.Confidence(cache, prices, Options, TestContext.Current.CancellationToken);
            File.Exists(cache.PathOf(LpplsCache.ConfidenceKey(prices, Options))).ShouldBeTrue();
            var second = LpplsCache.Confidence(cache, prices, Options, TestContext.Current.CancellationToken);

            foreach (var c in new[] { first, second })
            {
                c.Windows.ShouldBe(computed.Windows);
                c.QualifiedPositive.ShouldBe(computed.QualifiedPositive);
                c.QualifiedNegative.ShouldBe(computed.QualifiedNegative);
                c.NotConverged.ShouldBe(computed.NotConverged);
                (c.TcQuantiles?.Select(q => q.TcAfterEnd) ?? []).ShouldBe(computed.TcQuantiles?.Select(q => q.TcAfterEnd) ?? []);
            }
        }

        [Fact]
        public void Should_key_by_every_price_and_option()
        {
            var key = LpplsCache.ConfidenceKey(Prices(), Options).Hash;
            LpplsCache.ConfidenceKey(Prices(), Options).Hash.ShouldBe(key);
            LpplsCache.ConfidenceKey(Prices(bump: 1e-9), Options).Hash.ShouldNotBe(key);
            LpplsCache.ConfidenceKey(Prices(), Options with { Fit = Options.Fit with { Seed = 2 } }).Hash.ShouldNotBe(key);
            LpplsCache.ConfidenceKey(Prices(), Options with { ConfidenceFilter = Options.ConfidenceFilter with { MinOscillations = 2 } }).Hash.ShouldNotBe(key);
            LpplsCache.ConfidenceKey(Prices(), Options with { MaxDegreeOfParallelism = 1 }).Hash.ShouldBe(key, "threads do not change results");
        }

        [Fact]
        public void Should_refuse_prices_that_are_not_the_longest_window()
        {
            Should.Throw<ArgumentException>(() => LpplsCache.Confidence(null, Prices()[1..], Options, TestContext.Current.CancellationToken));
        }
    }

    public sealed class Fit
    {
        [Fact]
        public void Should_read_back_the_same_fit()
        {
            using var folder = new TempFolder();
            var cache = new FileCache(folder.Path);
            var prices = Prices();
            var first = LpplsCache.Fit(cache, prices, LpplsOptions.Default);
            var second = LpplsCache.Fit(cache, prices, LpplsOptions.Default);
            second.Model.ShouldBe(first.Model);
            second.Residuals.ShouldBe(first.Residuals);
            second.AtSearchBound.ShouldBe(first.AtSearchBound);
            second.Sse.ShouldBe(Lppls.Fit(prices).Sse);
        }
    }
}
