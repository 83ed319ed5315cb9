using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Data.Tests.MarketData;

public sealed class SourcePreferenceTests
{
    private static SeriesSource Source(string name, string last, int rows, bool volume) =>
        new("^NDX", name, new DateOnly(1985, 10, 1), DateOnly.Parse(last, System.Globalization.CultureInfo.InvariantCulture), rows, volume, PriceAdjustment.None);

    [Fact]
    public void Should_prefer_current_sources_then_rows_then_volume_then_name()
    {
        // The three Nasdaq-100 files of the snapshot (last dates and row counts from SOURCES.md), plus three
        // made-up ties to exercise the later keys (500 rows: 2.2% of the longest, 22,809, so not an excerpt).
        // Freshest: 2026-07-13. Stooq ends 2026-05-01, 73 days earlier (> 31), so it is not current although it
        // is the longest history; among the current sources 10,273 rows beat 500, and the three 10,273-row ties
        // fall to the ordinal name ('N' < 't').
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
            "NDX_yahoo_1985-2026-07_noVolume",
            "tie-a",
            "tie-b",
            "tie-volume",
            "NDX_stooq_1938-2026-05",
            "NDX_yahoo_1985-2026-02",
        ]);
    }

    [Fact]
    public void Should_prefer_the_longer_history_among_sources_that_end_within_a_month()
    {
        // The Shanghai Composite of the snapshot: Sina 1990-12-19 to 2026-07-24 (8,689 rows) and Yahoo
        // 2020-01-02 to 2026-08-07 (1,599 rows). Yahoo is 14 days fresher, within the 31-day window, so the
        // history that covers the 2007 and 2015 bubbles wins.
        var ordered = SourcePreference.Order(
        [
            Source("000001.SS_yahoo_2020-2026-08", "2026-08-07", 1599, true),
            Source("sh000001_sina_1990-2026", "2026-07-24", 8689, true),
        ]);

        ordered.Select(s => s.Source).ShouldBe(["sh000001_sina_1990-2026", "000001.SS_yahoo_2020-2026-08"]);
    }

    [Fact]
    public void Should_prefer_a_current_source_without_a_stale_tail_over_a_longer_padded_one()
    {
        // The Hang Seng Tech P/E of the snapshot: the ERP monitor's series (more rows, with forward-filled Hong
        // Kong holidays) repeats lixinger's 2026-04-20 value to 2026-07-07; lixinger ends on 2026-04-20 unpadded.
        var ordered = SourcePreference.Order(
        [
            Source("erp_HSTECH", "2026-07-07", 1545, false) with { StaleSince = new DateOnly(2026, 4, 20) },
            Source("hstech_pe_lixinger", "2026-04-20", 1412, false),
        ]);

        ordered.Select(s => s.Source).ShouldBe(["hstech_pe_lixinger", "erp_HSTECH"]);
    }

    [Fact]
    public void Should_prefer_volume_between_current_sources_of_equal_length()
    {
        var ordered = SourcePreference.Order(
        [
            Source("no-volume", "2026-07-13", 1000, false),
            Source("volume", "2026-07-01", 1000, true),
        ]);

        ordered.Select(s => s.Source).ShouldBe(["volume", "no-volume"]);
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

        // 3 rows are 0.05% of 5,956, under the 1% share, so the API response ranks last; 3,060 rows are 51%, a
        // history. Both histories end within 31 days of each other (12 days), so the longer (Sina, 5,956) wins.
        ordered.Select(s => s.Source).ShouldBe(["sh000300_sina", "sh000300", "eastmoney_kline"]);
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

    [Fact]
    public void Should_never_prefer_the_five_day_SSE_margin_sample_to_a_full_history()
    {
        // The SSE wire sample holds 5 days of SH:MARGIN_BALANCE (2026-07-28 … 08-03) out of the 3,969 its answer counts;
        // against a history of that length (here a made-up one that ends a month before) it is an excerpt (5 < 1 %).
        var sample = new Froth.Data.Sources.Wire.SseMarginLayout()
            .Read(new Froth.Data.Sources.SourceInput("/x/sse_sample.json", File.ReadAllBytes(Froth.Testing.SampleData.Path("wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json"))))
            .Scalars.Single(s => s.Instrument.Symbol == "SH:MARGIN_BALANCE");
        var start = new DateOnly(2010, 3, 31);
        var history = new ScalarSeries(sample.Instrument, "sse_history", [.. Enumerable.Range(0, 3969).Select(i => new ScalarPoint(start.AddDays(i * 7 / 5), 1e12 + i))]);
        history.Points[^1].Date.ShouldBeLessThan(new DateOnly(2026, 7, 28));

        var data = new InMemoryMarketData([], [sample, history]);

        data.Sources("SH:MARGIN_BALANCE").Select(s => s.Source).ShouldBe(["sse_history", "sse_sample"]);
        SourcePreference.IsExcerpt(data.Sources("SH:MARGIN_BALANCE")[1], 3969).ShouldBeTrue();
    }
}
