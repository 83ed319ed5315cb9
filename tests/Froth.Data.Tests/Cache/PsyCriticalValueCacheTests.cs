using Froth.Bubbles.Psy;
using Froth.Data.Cache;

namespace Froth.Data.Tests.Cache;

public sealed class PsyCriticalValueCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "froth-psy-cache-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    [Fact]
    public void Should_read_back_exactly_what_the_simulation_produced()
    {
        // Given a cache and a small simulation
        var cache = new FileCache(_folder);
        var options = new PsyOptions { Lag = AdfLag.Fixed(1) };
        var monteCarlo = new PsyMonteCarloOptions { Replications = 20, Seed = 4 };
        var progress = new CountingProgress();

        // When asked twice
        var first = PsyCriticalValueCache.MonteCarlo(cache, 80, options, monteCarlo, cancellationToken: TestContext.Current.CancellationToken);
        var second = PsyCriticalValueCache.MonteCarlo(cache, 80, options, monteCarlo, progress, TestContext.Current.CancellationToken);

        // Then the second comes from disk (no simulation ran) and equals the first, value for value
        progress.Calls.ShouldBe(0);
        second.Gsadf.ShouldBe(first.Gsadf);
        second.Bsadf.ShouldBe(first.Bsadf);
        second.Distribution!.Adf.ShouldBe(first.Distribution!.Adf);
        second.FirstIndex.ShouldBe(first.FirstIndex);
    }

    [Fact]
    public void Should_share_an_entry_between_conventions_that_mean_the_same_window()
    {
        // exuber's 19 rows with lag 0 are psymonitor's 20 levels: the same simulation, the same key
        var monteCarlo = new PsyMonteCarloOptions();
        var exuber = PsyCriticalValueCache.MonteCarloKey(100, new PsyOptions { MinWindow = 19, WindowConvention = WindowConvention.Exuber }, monteCarlo);
        var psymonitor = PsyCriticalValueCache.MonteCarloKey(100, new PsyOptions { MinWindow = 20 }, monteCarlo);
        psymonitor.Hash.ShouldBe(exuber.Hash);

        // … but not with a different drift, seed, criterion or thread-independent BSADF null
        PsyCriticalValueCache.MonteCarloKey(100, new PsyOptions { MinWindow = 20 }, monteCarlo with { Drift = 1 }).Hash.ShouldNotBe(exuber.Hash);
        PsyCriticalValueCache.MonteCarloKey(100, new PsyOptions { MinWindow = 20 }, monteCarlo with { Seed = 1 }).Hash.ShouldNotBe(exuber.Hash);
        PsyCriticalValueCache.MonteCarloKey(100, new PsyOptions { MinWindow = 20 }, monteCarlo with { BsadfNull = BsadfNull.SadfOfPrefix }).Hash.ShouldNotBe(exuber.Hash);
        PsyCriticalValueCache.MonteCarloKey(100, new PsyOptions { MinWindow = 20 }, monteCarlo with { MaxDegreeOfParallelism = 1 }).Hash.ShouldBe(exuber.Hash);
    }

    [Fact]
    public void Should_key_the_wild_bootstrap_by_the_data()
    {
        var options = new PsyOptions();
        var bootstrap = new PsyWildBootstrapOptions();
        double[] a = [.. Enumerable.Range(0, 60).Select(i => Math.Sin(i) + (0.1 * i))];
        var b = a.ToArray();
        b[30] += 1e-9;
        PsyCriticalValueCache.WildBootstrapKey(b, options, bootstrap).Hash.ShouldNotBe(PsyCriticalValueCache.WildBootstrapKey(a, options, bootstrap).Hash);
    }

    /// <summary>Counts reports synchronously (System.Progress would post them later, hiding a call).</summary>
    private sealed class CountingProgress : IProgress<int>
    {
        private int _calls;

        public int Calls => _calls;

        public void Report(int value) => Interlocked.Increment(ref _calls);
    }
}
