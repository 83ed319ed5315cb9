using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Data.Tests.MarketData;

public sealed class SourcePreferenceTests
{
    private static SeriesSource Source(string name, string last, int rows, bool volume) =>
        new("^NDX", name, new DateOnly(1985, 10, 1), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), rows, volume, PriceAdjustment.None);

    [Fact]
    public void Should_prefer_latest_then_volume_then_rows_then_name()
    {
        // The three Nasdaq-100 files of the snapshot (last dates and row counts from SOURCES.md), plus two
        // made-up ties to exercise the later keys.
        var ordered = SourcePreference.Order(
        [
            Source("NDX_yahoo_1985-2026-02", "2026-02-27", 10181, true),
            Source("NDX_stooq_1938-2026-05", "2026-05-01", 22809, true),
            Source("NDX_yahoo_1985-2026-07_noVolume", "2026-07-13", 10273, false),
            Source("tie-b", "2026-07-13", 10273, false),
            Source("tie-a", "2026-07-13", 10273, false),
            Source("tie-volume", "2026-07-13", 5, true),
        ]);

        ordered.Select(s => s.Source).ShouldBe(
        [
            "tie-volume",
            "NDX_yahoo_1985-2026-07_noVolume",
            "tie-a",
            "tie-b",
            "NDX_stooq_1938-2026-05",
            "NDX_yahoo_1985-2026-02",
        ]);
    }
}
