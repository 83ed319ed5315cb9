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
        // The three Nasdaq-100 files of the snapshot (last dates and row counts from SOURCES.md), plus three
        // made-up ties to exercise the later keys (500 rows: 2.2% of the longest, 22,809, so not an excerpt).
        var ordered = SourcePreference.Order(
        [
            Source("NDX_yahoo_1985-2026-02", "2026-02-27", 10181, true),
            Source("NDX_stooq_1938-2026-05", "2026-05-01", 22809, true),
            Source("NDX_yahoo_1985-2026-07_noVolume", "2026-07-13", 10273, false),
            Source("tie-b", "2026-07-13", 10273, false),
            Source("tie-a", "2026-07-13", 10273, false),
            Source("tie-volume", "2026-07-13", 500, true),
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

    [Fact]
    public void Should_rank_a_source_by_the_start_of_its_stale_tail()
    {
        // "padded" ends later, but its tail has been flat since 2026-05-04, before "live" ends on 2026-07-13.
        var ordered = SourcePreference.Order(
        [
            Source("padded", "2026-08-21", 10300, true) with { StaleSince = new DateOnly(2026, 5, 4) },
            Source("live", "2026-07-13", 10273, false),
        ]);

        ordered.Select(s => s.Source).ShouldBe(["live", "padded"]);
    }

    public sealed class StaleSince
    {
        private static readonly DateOnly[] Days = [.. Enumerable.Range(0, 7).Select(i => new DateOnly(2026, 8, 10).AddDays(i))];

        [Fact]
        public void Should_find_the_first_date_of_a_tail_of_five_equal_values()
        {
            // Values 1, 2, then 3 repeated five times: the tail starts on the third date, 2026-08-12.
            SourcePreference.StaleSince(Days, [1, 2, 3, 3, 3, 3, 3]).ShouldBe(new DateOnly(2026, 8, 12));
        }

        [Fact]
        public void Should_not_count_a_tail_of_four_equal_values()
        {
            SourcePreference.StaleSince(Days, [1, 2, 9, 3, 3, 3, 3]).ShouldBeNull();
        }

        [Fact]
        public void Should_treat_a_constant_series_as_stale_from_its_first_date()
        {
            SourcePreference.StaleSince(Days[..5], [7, 7, 7, 7, 7]).ShouldBe(Days[0]);
        }

        [Fact]
        public void Should_return_null_for_an_empty_series()
        {
            SourcePreference.StaleSince([], []).ShouldBeNull();
        }

        [Fact]
        public void Should_reject_dates_and_values_of_different_lengths()
        {
            Should.Throw<ArgumentException>(() => SourcePreference.StaleSince(Days, [1.0]));
        }
    }

    [Fact]
    public void Should_rank_an_excerpt_after_every_history_however_recent()
    {
        // The CSI 300 sources of the snapshot: two three-day API responses end on 2026-09-30, after both files.
        var ordered = SourcePreference.Order(
        [
            Source("eastmoney_kline", "2026-09-30", 3, true),
            Source("sh000300_sina", "2026-07-24", 5956, true),
            Source("sh000300", "2026-08-05", 3060, true),
        ]);

        // 3 rows are 0.05% of 5,956, under the 1% share; 3,060 rows are 51%.
        ordered.Select(s => s.Source).ShouldBe(["sh000300", "sh000300_sina", "eastmoney_kline"]);
    }

    [Theory]
    [InlineData(59, 5956, true)]
    [InlineData(60, 5956, false)]
    [InlineData(1, 1, false)]
    public void Should_call_a_source_under_one_percent_of_the_longest_an_excerpt(int rows, int longest, bool excerpt)
    {
        // 1% of 5,956 is 59.56: 59 rows is under it, 60 is not.
        SourcePreference.IsExcerpt(Source("s", "2026-07-24", rows, true), longest).ShouldBe(excerpt);
    }
}
