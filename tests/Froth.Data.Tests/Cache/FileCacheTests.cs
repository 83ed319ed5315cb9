using System.Security.Cryptography;
using System.Text;
using Froth.Data.Cache;

namespace Froth.Data.Tests.Cache;

public sealed class FileCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "froth-cache-tests-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static CacheKey Key(int n = 600, double drift = 0) =>
        new CacheKey("psy-critical-values", 1).With("n", n).With("drift", drift).With("method", "monte-carlo");

    public sealed record Sample(string Name, IReadOnlyList<double> Values, double? Missing);

    [Fact]
    public void Should_return_what_was_stored_under_the_same_key()
    {
        // Given
        var cache = new FileCache(_folder);
        var stored = new Sample("cv", [1.5, -0.25, 1e-300, double.NaN], null);

        // When
        cache.Set(Key(), stored);

        // Then a key built again from the same parameters finds it, NaN included
        cache.TryGet<Sample>(Key(), out var read).ShouldBeTrue();
        read!.Name.ShouldBe("cv");
        read.Values.Take(3).ShouldBe([1.5, -0.25, 1e-300]);
        double.IsNaN(read.Values[3]).ShouldBeTrue();
        read.Missing.ShouldBeNull();
    }

    [Fact]
    public void Should_miss_when_any_parameter_differs()
    {
        var cache = new FileCache(_folder);
        cache.Set(Key(), new Sample("a", [1], null));
        cache.TryGet<Sample>(Key(n: 601), out _).ShouldBeFalse();
        cache.TryGet<Sample>(Key(drift: 1e-17), out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_not_depend_on_the_order_parameters_were_added()
    {
        var a = new CacheKey("k", 1).With("a", 1).With("b", "x");
        var b = new CacheKey("k", 1).With("b", "x").With("a", 1);
        b.Hash.ShouldBe(a.Hash);
        a.Canonical.ShouldBe("k/v1\na=1\nb=x");
    }

    [Fact]
    public void Should_name_the_entry_by_the_SHA256_of_the_canonical_key()
    {
        // SHA-256 of "k/v2\nn=5" computed independently of CacheKey
        var key = new CacheKey("k", 2).With("n", 5);
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("k/v2\nn=5")));
        new FileCache(_folder).PathOf(key).ShouldBe(Path.Combine(_folder, "k", expected + ".json"));
    }

    [Fact]
    public void Should_treat_a_damaged_entry_as_absent_and_replace_it()
    {
        var cache = new FileCache(_folder);
        var path = cache.PathOf(Key());
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, "{ not json");

        cache.TryGet<Sample>(Key(), out _).ShouldBeFalse();
        cache.GetOrAdd(Key(), () => new Sample("fresh", [2], 3)).Name.ShouldBe("fresh");
        cache.TryGet<Sample>(Key(), out var read).ShouldBeTrue();
        read!.Missing.ShouldBe(3);
    }

    [Fact]
    public void Should_compute_only_once_with_GetOrAdd()
    {
        var cache = new FileCache(_folder);
        var calls = 0;
        Sample Create()
        {
            calls++;
            return new Sample("x", [1], null);
        }

        cache.GetOrAdd(Key(), Create);
        cache.GetOrAdd(Key(), Create);
        calls.ShouldBe(1);
    }

    [Fact]
    public void Should_key_data_by_its_content()
    {
        var a = new CacheKey("k", 1).WithData("y", [1.0, 2.0]);
        var b = new CacheKey("k", 1).WithData("y", [1.0, 2.0000000000000004]);
        b.Hash.ShouldNotBe(a.Hash);
    }

    [Fact]
    public void Should_refuse_a_kind_that_is_not_a_plain_folder_name()
    {
        Should.Throw<ArgumentException>(() => new CacheKey("../etc", 1));
    }

    public sealed class DefaultFolder
    {
        [Fact]
        public void Should_prefer_FROTH_CACHE_then_XDG_CACHE_HOME_then_HOME()
        {
            var all = new Dictionary<string, string> { ["FROTH_CACHE"] = "/tmp/a", ["XDG_CACHE_HOME"] = "/tmp/b", ["HOME"] = "/tmp/c" };
            FileCache.DefaultFolder(n => all.GetValueOrDefault(n)).ShouldBe("/tmp/a");
            all.Remove("FROTH_CACHE");
            FileCache.DefaultFolder(n => all.GetValueOrDefault(n)).ShouldBe("/tmp/b/froth");
            all.Remove("XDG_CACHE_HOME");
            FileCache.DefaultFolder(n => all.GetValueOrDefault(n)).ShouldBe("/tmp/c/.cache/froth");
        }
    }
}
