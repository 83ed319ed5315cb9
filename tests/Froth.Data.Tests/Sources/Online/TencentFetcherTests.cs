using Froth.Data.Sources.Online;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

public sealed class TencentFetcherTests
{
    private const string Recording = "wire-samples/tencent_fqkline_sh000300_day_2026-09-30.json";

    /// <summary>A response without klines for the code (the shape of an answer for a year before a listing).</summary>
    private static Reply Empty(string code) => Replies.Text($"{{\"code\":0,\"msg\":\"\",\"data\":{{\"{code}\":{{\"day\":[]}}}}}}");

    [Fact]
    public void Should_ask_fqkline_for_one_calendar_year_of_forward_adjusted_days()
    {
        using var rig = new OnlineRig("tencent");

        var uri = rig.Fetcher.RequestUri(new FetchRequest("000300.SS", new DateOnly(2026, 9, 28), new DateOnly(2026, 9, 30)));

        (uri.Host, uri.AbsolutePath).ShouldBe(("web.ifzq.gtimg.cn", "/appstock/app/fqkline/get"));
        new ScriptedRequest(uri, default, "").Query("param").ShouldBe("sh000300,day,2026-09-28,2026-09-30,640,qfq");
    }

    [Fact]
    public async Task Should_walk_back_year_by_year_and_stop_at_the_year_before_the_data()
    {
        // Given klines in 2026 (the recording) and none in 2025
        using var rig = new OnlineRig("tencent");
        rig.Handler.WhenUrlContains("2026-", Replies.Sample(Recording)).WhenUrlContains("2025-", Empty("sh000300"));

        // When the whole history is asked for
        var batches = await rig.Fetch("CSI300");

        // Then 2026 up to today, then 2025, and no earlier year
        rig.Handler.Requests.Select(r => r.Query("param")).ShouldBe(["sh000300,day,2026-01-01,2026-11-22,640,qfq", "sh000300,day,2025-01-01,2025-12-31,640,qfq"]);
        var series = batches.ShouldHaveSingleItem().Bars.ShouldHaveSingleItem();
        (series.Instrument.Symbol, series.Source, series.Bars.Count).ShouldBe(("000300.SS", "tencent", 3));
        // The recording's row ["2026-09-30","4356.800","4357.620","4368.610","4341.880","162949626.000"]: close is the third element.
        series.Bars[^1].Close.ShouldBe(4357.62);
    }

    [Fact]
    public async Task Should_keep_one_document_per_year_in_date_order()
    {
        using var rig = new OnlineRig("tencent");
        rig.Handler.WhenUrlContains("2026-", Replies.Sample(Recording))
            .WhenUrlContains("2025-", Replies.Text("{\"code\":0,\"msg\":\"\",\"data\":{\"sh000300\":{\"day\":[[\"2025-12-31\",\"4600.0\",\"4620.0\",\"4630.0\",\"4590.0\",\"100\"]]}}}"));

        var batches = await rig.Fetch("000300.SS", new DateOnly(2025, 6, 1), new DateOnly(2026, 9, 30));

        rig.Handler.Requests.Select(r => r.Query("param")).ShouldBe(["sh000300,day,2026-01-01,2026-09-30,640,qfq", "sh000300,day,2025-06-01,2025-12-31,640,qfq"]);
        batches.Select(b => b.Bars[0].Bars[0].Date).ShouldBe([new DateOnly(2025, 12, 31), new DateOnly(2026, 9, 28)]);
    }

    [Fact]
    public async Task Should_call_a_code_without_klines_in_its_two_latest_years_unknown()
    {
        using var rig = new OnlineRig("tencent");
        rig.Handler.Always(Empty("sh600000"));

        var e = await rig.Failure("600000.SS");

        e.Failure.ShouldBe(FetchFailure.NotFound);
        rig.Handler.Requests.Count.ShouldBe(2);
        e.Message.ShouldBe("600000.SS: tencent has no daily klines for sh600000 from 2025-01-01 to 2026-11-22; check the symbol (a delisted or long-suspended listing has none), or try another --source.");
    }

    [Fact]
    public async Task Should_report_Tencents_error_code()
    {
        using var rig = new OnlineRig("tencent");
        rig.Handler.Always(Replies.Text("{\"code\":-1,\"msg\":\"param error\",\"data\":[]}"));

        var e = await rig.Failure("000300.SS");

        e.Failure.ShouldBe(FetchFailure.ApiError);
        e.Message.ShouldContain("got '-1 param error'");
    }

    [Fact]
    public void Should_refuse_symbols_outside_the_Chinese_and_Hong_Kong_exchanges()
    {
        using var rig = new OnlineRig("tencent");

        Should.Throw<FetchException>(() => rig.Fetcher.CodeOf("^NDX")).Failure.ShouldBe(FetchFailure.Unsupported);
        rig.Fetcher.CodeOf("0700.HK").ShouldBe("hk00700");
    }
}
