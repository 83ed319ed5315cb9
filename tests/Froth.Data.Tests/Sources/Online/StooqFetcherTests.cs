using Froth.Data.Sources.Online;
using Froth.Series;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

public sealed class StooqFetcherTests
{
    private const string Recording = "wire-samples/stooq_daily_csv_ndx_excerpt.csv";

    [Fact]
    public void Should_ask_for_the_whole_daily_history_when_no_range_is_given()
    {
        using var rig = new OnlineRig("stooq");

        var uri = rig.Fetcher.RequestUri(new FetchRequest("^NDX"));

        uri.AbsoluteUri.ShouldBe("https://stooq.com/q/d/l/?s=%5Endx&i=d");
    }

    [Fact]
    public void Should_give_a_range_as_d1_and_d2()
    {
        using var rig = new OnlineRig("stooq");

        var q = new ScriptedRequest(rig.Fetcher.RequestUri(new FetchRequest("QQQ", new DateOnly(2026, 4, 28))), default, "");

        (q.Query("s"), q.Query("d1"), q.Query("d2"), q.Query("i")).ShouldBe(("qqq.us", "20260428", "20261122", "d"));
    }

    [Fact]
    public async Task Should_read_the_recorded_CSV_as_the_Nasdaq_100_from_stooq()
    {
        using var rig = new OnlineRig("stooq");
        rig.Handler.WhenUrlContains("s=^ndx", Replies.Sample(Recording));

        var batch = (await rig.Fetch("NDX")).ShouldHaveSingleItem();

        var series = batch.Bars.ShouldHaveSingleItem();
        (series.Instrument.Symbol, series.Source, series.Adjustment).ShouldBe(("^NDX", "stooq", PriceAdjustment.None));
        series.Bars.Count.ShouldBe(11);
        // "1938-01-03,2.25,2.29,2.22,2.24,0": an index volume of 0 is Stooq's back-extension, read as no volume.
        series.Bars[0].ShouldBe(new DailyBar(new DateOnly(1938, 1, 3), 2.25, 2.29, 2.22, 2.24, null));
        // "2026-05-01,27515.883,27776.916,27515.883,27672.863,249909517"
        series.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2026, 5, 1), 27515.883, 27776.916, 27515.883, 27672.863, 249909517));
        batch.Document.Location.ShouldBe("https://stooq.com/q/d/l/?s=%5Endx&i=d");
    }

    [Fact]
    public async Task Should_say_Stooq_has_no_data_for_an_unknown_symbol()
    {
        using var rig = new OnlineRig("stooq");
        rig.Handler.Always(Replies.Text("No data"));

        var e = await rig.Failure("ZZZZ");

        e.Failure.ShouldBe(FetchFailure.NotFound);
        e.Message.ShouldBe("ZZZZ: stooq has no data for zzzz.us (it answered 'No data' to https://stooq.com/q/d/l/?s=zzzz.us&i=d); check the symbol and the dates, or try another --source.");
    }

    [Fact]
    public async Task Should_say_the_daily_quota_is_used_up()
    {
        using var rig = new OnlineRig("stooq");
        rig.Handler.Always(Replies.Text("Exceeded the daily hits limit"));

        var e = await rig.Failure("QQQ");

        e.Failure.ShouldBe(FetchFailure.RateLimited);
        e.Message.ShouldContain("try again tomorrow");
    }

    [Fact]
    public async Task Should_name_the_first_line_of_a_body_that_is_not_CSV()
    {
        using var rig = new OnlineRig("stooq");
        rig.Handler.Always(Replies.Text("<!DOCTYPE html><html><body>Please enable JavaScript</body></html>"));

        var e = await rig.Failure("QQQ");

        e.Failure.ShouldBe(FetchFailure.BadResponse);
        e.Message.ShouldStartWith("QQQ: https://stooq.com/q/d/l/?s=qqq.us&i=d:1");
    }
}
