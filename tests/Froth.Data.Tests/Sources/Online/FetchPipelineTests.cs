using System.Net;
using System.Net.Sockets;
using Froth.Data.Sources.Online;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

public sealed class FetchPipelineTests
{
    private const string Recording = "wire-samples/yahoo_v8_chart_0700.HK_range5d_2026-08-07.json";

    [Fact]
    public void Should_resolve_aliases_drop_duplicates_and_check_every_symbol_before_any_request()
    {
        using var rig = new OnlineRig("eastmoney");

        FetchPipeline.Resolve(rig.Fetcher, ["HSTECH", "CAMBRICON", "HSTECH.HK", "sh688256"]).ShouldBe(["HSTECH.HK", "688256.SS"]);
        var e = Should.Throw<FrothException>(() => FetchPipeline.Resolve(rig.Fetcher, ["AAPL", "0700.HK", "CNY=X"]));
        e.Message.ShouldStartWith("2 symbols cannot be fetched from eastmoney:");
        e.Message.ShouldContain("eastmoney has no code for AAPL");
        e.Message.ShouldContain("eastmoney has no code for CNY=X");
        rig.Handler.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_fetch_every_symbol_then_name_each_that_failed()
    {
        // Given Tencent recorded, Alibaba unknown, and NetEase answering 500 throughout
        using var rig = new OnlineRig("yahoo");
        rig.Handler.WhenUrlContains("0700.HK", Replies.Sample(Recording))
            .WhenUrlContains("9988.HK", Replies.Status(HttpStatusCode.NotFound))
            .WhenUrlContains("9999.HK", Replies.Status(HttpStatusCode.InternalServerError));

        // When
        var work = FetchPipeline.FetchAllAsync(rig.Fetcher, ["0700.HK", "9988.HK", "9999.HK"], null, null, null, TestContext.Current.CancellationToken);
        var e = await Should.ThrowAsync<FrothException>(() => rig.Time.Drive(work));

        // Then every symbol was tried, and the message names the two failures and their reasons
        rig.Handler.Requests.Select(r => r.Uri.AbsolutePath).Distinct().Count().ShouldBe(3);
        var lines = e.Message.Split(Environment.NewLine);
        lines.ShouldBe([
            "2 of 3 symbols could not be fetched from yahoo, so none is stored:",
            "  9988.HK: yahoo does not know this symbol (asked for 9988.HK; HTTP 404 Not Found from query1.finance.yahoo.com); check the symbol, or try another --source.",
            "  9999.HK: query1.finance.yahoo.com failed with HTTP 500 Internal Server Error (4 attempts); the service is having trouble, try again later.",
        ]);
    }

    [Fact]
    public async Task Should_stop_at_the_first_sign_of_no_network()
    {
        using var rig = new OnlineRig("yahoo");
        rig.Handler.Always(Replies.Throw(new HttpRequestException("Network is unreachable", new SocketException((int)SocketError.NetworkUnreachable))));

        var work = FetchPipeline.FetchAllAsync(rig.Fetcher, ["0700.HK", "9988.HK"], null, null, null, TestContext.Current.CancellationToken);
        var e = await Should.ThrowAsync<FetchException>(() => rig.Time.Drive(work));

        e.Message.ShouldBe("cannot reach query1.finance.yahoo.com: no network connection (Network is unreachable); nothing was fetched.");
        rig.Handler.Requests.Count.ShouldBe(1);
    }

    [Fact]
    public async Task Should_report_progress_before_and_after_each_symbol()
    {
        using var rig = new OnlineRig("yahoo");
        rig.Handler.Always(Replies.Sample(Recording));
        var reports = new List<FetchProgress>();

        await rig.Time.Drive(FetchPipeline.FetchAllAsync(rig.Fetcher, ["0700.HK"], null, null, new Inline(reports), TestContext.Current.CancellationToken));

        reports.ShouldBe([new FetchProgress(0, 1, "0700.HK"), new FetchProgress(1, 1, "0700.HK")]);
    }

    [Fact]
    public async Task Should_refuse_a_range_that_ends_before_it_starts()
    {
        using var rig = new OnlineRig("yahoo");

        var e = await Should.ThrowAsync<FrothException>(() => FetchPipeline.FetchAllAsync(rig.Fetcher, ["0700.HK"], new DateOnly(2026, 2, 1), new DateOnly(2026, 1, 1)));

        e.Message.ShouldBe("--from 2026-02-01 is after --to 2026-01-01; expected a range whose start is not after its end.");
    }

    private sealed class Inline(List<FetchProgress> reports) : IProgress<FetchProgress>
    {
        public void Report(FetchProgress value) => reports.Add(value);
    }
}
