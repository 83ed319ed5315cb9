using System.Collections.Concurrent;
using Froth.Data.Sources;
using Froth.Series;
using Froth.Testing;

namespace Froth.Tests.Rally;

/// <summary>Bars of real snapshot files, read once per test run through the importers (with the quality rules).</summary>
internal static class SnapshotBars
{
    private static readonly ConcurrentDictionary<string, IReadOnlyList<DailyBar>> Cache = new(StringComparer.Ordinal);

    /// <summary>The bars of the file's main series (the one named after the file, not an <c>-adj</c> variant).</summary>
    public static IReadOnlyList<DailyBar> Of(string relative) => Cache.GetOrAdd(relative, static r =>
    {
        var batch = SourceReader.ReadFile(SampleData.Path(r));
        var stem = Path.GetFileNameWithoutExtension(r);
        return batch.Bars.Single(s => s.Source == stem).Bars;
    });

    public static IReadOnlyList<DailyBar> Hstech => Of("prices/cn_index/hstech_sina_2020-2026.csv");

    public static IReadOnlyList<DailyBar> Star50 => Of("prices/cn_index/sh000688_star50_2019-2026.csv");

    public static IReadOnlyList<DailyBar> Cambricon => Of("prices/cn_stocks/sh688256.csv");

    public static IReadOnlyList<DailyBar> Ndx => Of("prices/us/NDX_yahoo_1985-2026-07_noVolume.csv");

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
