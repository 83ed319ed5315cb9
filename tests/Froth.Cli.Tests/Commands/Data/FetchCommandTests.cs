using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using DuckDB.NET.Data;
using Froth.Cli.Hosting;
using Froth.Data.Tests.Store;
using Froth.Testing;
using Froth.Testing.Http;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>
/// <c>froth fetch</c> end to end, in-process, into a temp store, with a scripted handler that replays the
/// recordings in wire-samples (nothing reaches the network) and the fixed clock of 2026-11-22 09:30 UTC.
/// </summary>
public sealed class FetchCommandTests : IDisposable
{
    private const string Yahoo0700 = "wire-samples/yahoo_v8_chart_0700.HK_range5d_2026-08-07.json";

    /// <summary>The URL the Yahoo fetcher builds for 0700.HK with no range: 1900-01-01 to the day after 2026-11-22 (see YahooFetcherTests).</summary>
    private const string Yahoo0700Url = "https://query1.finance.yahoo.com/v8/finance/chart/0700.HK?period1=-2208988800&period2=1795392000&interval=1d&events=div%2Csplits&includeAdjustedClose=true";

    private readonly TempFolder _temp = new();

    public void Dispose() => _temp.Dispose();

    private string StorePath => _temp.File("s.duckdb");

    private Task<CliResult> Run(ScriptedHttpHandler http, IReadOnlyDictionary<string, string>? variables = null, params string[] args) =>
        CliRun.RunAsync([.. args, "--store", "s.duckdb"], variables, http: http, currentDirectory: _temp.Path, time: FixedClock.Default);

    private static ScriptedHttpHandler Recorded() => new ScriptedHttpHandler().WhenUrlContains("/v8/finance/chart/0700.HK?", Replies.Sample(Yahoo0700));

    private string Dump()
    {
        using var connection = new DuckDBConnection($"Data Source={StorePath};ACCESS_MODE=READ_ONLY");
        connection.Open();
        return StoreDump.Of(connection);
    }

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        var result = await CliRun.RunAsync(["fetch", "--help"]);

        Golden.Verify(result.Out, "fetch-help");
    }

    [Fact]
    public async Task Should_store_the_recorded_chart_and_show_it_from_the_store()
    {
        // Given the recorded Yahoo chart of Tencent
        var http = Recorded();

        // When
        var fetch = await Run(http, null, "fetch", "0700.HK", "--source", "yahoo", "--format", "json");
        var show = await Run(http, null, "show", "0700.HK", "--source", "yahoo", "--format", "json");

        // Then one request, for the URL documented in docs/fetch.md, and the five sessions stored with the URL as provenance
        fetch.ExitCode.ShouldBe(FrothApp.Ok, fetch.Error);
        http.Requests.ShouldHaveSingleItem().Uri.AbsoluteUri.ShouldBe(Yahoo0700Url);
        using var summary = JsonDocument.Parse(fetch.Out);
        var document = summary.RootElement.GetProperty("documents").EnumerateArray().ShouldHaveSingleItem();
        document.GetProperty("file").GetString().ShouldBe(Yahoo0700Url);
        document.GetProperty("layout").GetString().ShouldBe("yahoo-chart-json");
        document.GetProperty("rowsNew").GetInt32().ShouldBe(5);
        show.ExitCode.ShouldBe(FrothApp.Ok, show.Error);
        using var rows = JsonDocument.Parse(show.Out);
        var bars = rows.RootElement.EnumerateArray().ToList();
        // Sessions 2026-08-03 … 07 (09:30 Hong Kong time of the recorded timestamps); closes as recorded.
        bars.Select(b => b.GetProperty("date").GetString()).ShouldBe(["2026-08-03", "2026-08-04", "2026-08-05", "2026-08-06", "2026-08-07"]);
        bars.Select(b => b.GetProperty("close").GetDouble()).ShouldBe([490.3999938964844, 487.6000061035156, 492.20001220703125, 479.20001220703125, 478.79998779296875]);
        bars[0].GetProperty("volume").GetDouble().ShouldBe(38649910);
    }

    [Fact]
    public async Task Should_change_nothing_when_the_same_response_is_fetched_again()
    {
        var http = Recorded();
        await Run(http, null, "fetch", "0700.HK", "--source", "yahoo");
        var before = Dump();

        var again = await Run(http, null, "fetch", "TENCENT", "--source", "yahoo", "--format", "json");

        again.ExitCode.ShouldBe(FrothApp.Ok, again.Error);
        using var json = JsonDocument.Parse(again.Out);
        var document = json.RootElement.GetProperty("documents").EnumerateArray().ShouldHaveSingleItem();
        document.GetProperty("importId").ValueKind.ShouldBe(JsonValueKind.Null);
        document.GetProperty("rowsUnchanged").GetInt32().ShouldBe(5);
        Dump().ShouldBe(before);
    }

    [Fact]
    public async Task Should_print_the_approved_summary_table()
    {
        var result = await Run(Recorded(), null, "fetch", "0700.HK", "--source", "yahoo", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "fetch-table");
    }

    [Fact]
    public async Task Should_store_nothing_when_one_of_several_symbols_fails()
    {
        // Given a store holding Tencent
        var http = Recorded().WhenUrlContains("/v8/finance/chart/9988.HK?", Replies.Status(HttpStatusCode.NotFound));
        await Run(http, null, "fetch", "0700.HK", "--source", "yahoo");
        var before = Dump();

        // When Tencent (fine) and Alibaba (unknown to the server) are fetched together
        var result = await Run(http, null, "fetch", "0700.HK", "9988.HK", "--source", "yahoo");

        // Then the command fails naming Alibaba and why, and the store is exactly as it was
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe(
            "error: 1 of 2 symbols could not be fetched from yahoo, so none is stored:\n"
            + "  9988.HK: yahoo does not know this symbol (asked for 9988.HK; HTTP 404 Not Found from query1.finance.yahoo.com); check the symbol, or try another --source.\n");
        result.Out.ShouldBeEmpty();
        Dump().ShouldBe(before);
    }

    [Fact]
    public async Task Should_say_there_is_no_network_in_one_line_and_create_no_store()
    {
        var http = new ScriptedHttpHandler().Always(Replies.Throw(
            new HttpRequestException("Name or service not known (query1.finance.yahoo.com:443)", new SocketException((int)SocketError.HostNotFound))));

        var result = await Run(http, null, "fetch", "0700.HK", "9988.HK", "--source", "yahoo");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldStartWith("error: cannot reach query1.finance.yahoo.com: no network connection (");
        result.Error.ShouldEndWith("); nothing was fetched.\n");
        result.Error.Count(c => c == '\n').ShouldBe(1);
        File.Exists(StorePath).ShouldBeFalse();
    }

    [Fact]
    public async Task Should_resolve_aliases_through_the_catalogue()
    {
        var http = new ScriptedHttpHandler().WhenUrlContains("secid=1.000300&", Replies.Sample("wire-samples/eastmoney_push2his_kline_1.000300_klt101_fqt1_lmt3_2026-09-30.json"));

        var result = await Run(http, null, "fetch", "CSI300", "--source", "eastmoney", "--format", "json");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        using var json = JsonDocument.Parse(result.Out);
        json.RootElement.GetProperty("documents")[0].GetProperty("instruments").EnumerateArray().Select(i => i.GetString()).ShouldBe(["000300.SS"]);
    }

    [Fact]
    public async Task Should_refuse_a_symbol_the_source_has_no_code_for_before_any_request()
    {
        var http = new ScriptedHttpHandler();

        var result = await Run(http, null, "fetch", "AAPL", "--source", "tencent");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldStartWith("error: tencent has no code for AAPL:");
        http.Requests.ShouldBeEmpty();
    }

    [Fact]
    public async Task Should_take_the_FRED_key_from_the_environment_and_never_show_or_store_it()
    {
        const string key = "0123456789abcdef0123456789abcdef";
        var http = new ScriptedHttpHandler().WhenUrlContains("series_id=HQMCB10YR&", Replies.Sample("wire-samples/fred_series_observations_HQMCB10YR_2024-06-27.json"));

        var result = await Run(http, new Dictionary<string, string> { ["FRED_API_KEY"] = key }, "fetch", "FRED:HQMCB10YR", "--source", "fred", "--format", "table");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        http.Requests.ShouldHaveSingleItem().Query("api_key").ShouldBe(key);
        var dump = Dump();
        dump.ShouldContain("https://api.stlouisfed.org/fred/series/observations?series_id=HQMCB10YR&api_key=REDACTED&file_type=json");
        (result.Out + result.Error + dump).ShouldNotContain(key[..8]);
    }

    [Fact]
    public async Task Should_draw_progress_on_a_terminal_and_show_a_retry_wait()
    {
        // Given a 429 asking for 1 s (real time: the fixed clock's timers are real), then the recording
        var http = new ScriptedHttpHandler().Always(Replies.Status(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(1)), Replies.Sample(Yahoo0700));
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var env = new CliEnvironment
        {
            Out = stdout,
            Error = stderr,
            ErrorIsTerminal = true,
            Variable = _ => null,
            HttpHandler = http,
            CurrentDirectory = _temp.Path,
            Time = FixedClock.Default,
        };

        // When
        var code = await FrothApp.RunAsync(["fetch", "0700.HK", "--source", "yahoo", "--store", "s.duckdb", "--format", "json"], env, TestContext.Current.CancellationToken);

        // Then the fetch went through after the wait, and standard error carried progress, not errors
        code.ShouldBe(FrothApp.Ok, stderr.ToString());
        http.Requests.Count.ShouldBe(2);
        JsonDocument.Parse(stdout.ToString()).RootElement.GetProperty("totals").GetProperty("rowsNew").GetInt32().ShouldBe(5);
        stderr.ToString().ShouldNotContain("error");
        stderr.ToString().ShouldContain("0700.HK: HTTP 429 Too Many Requests from query1.finance.yahoo.com; waiting 1 s");
    }

    [Fact]
    public async Task Should_refuse_an_API_key_for_a_source_that_takes_none()
    {
        var result = await Run(new ScriptedHttpHandler(), null, "fetch", "0700.HK", "--source", "yahoo", "--api-key", "0123456789abcdef0123456789abcdef");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldBe("error: --api-key is used by --source fred only; yahoo takes no key.\n");
    }

    [Fact]
    public async Task Should_require_a_known_source()
    {
        (await Run(new ScriptedHttpHandler(), null, "fetch", "0700.HK")).ExitCode.ShouldBe(FrothApp.Usage);
        (await Run(new ScriptedHttpHandler(), null, "fetch", "0700.HK", "--source", "bloomberg")).ExitCode.ShouldBe(FrothApp.Usage);
    }

    [Fact]
    public async Task Should_fetch_through_a_loopback_server_named_by_base_url_and_by_variable()
    {
        // A real HTTP server on 127.0.0.1 serving the recorded SSE and SZSE responses; the CLI reaches it over sockets.
        using var server = new LoopbackServer()
            .When("/marketdata/tradedata/queryMargin.do", File.ReadAllBytes(SampleData.Path("wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json")))
            .When("txtDate=2026-08-03", File.ReadAllBytes(SampleData.Path("wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json")));
        using var network = new SocketsHttpHandler();
        Task<CliResult> Fetch(IReadOnlyDictionary<string, string>? variables, params string[] args) =>
            CliRun.RunAsync([.. args, "--store", "s.duckdb", "--format", "json"], variables, http: network, currentDirectory: _temp.Path, time: FixedClock.Default);

        var sse = await Fetch(null, "fetch", "SH", "--source", "sse-margin", "--from", "2026-07-28", "--to", "2026-08-03", "--base-url", server.BaseUrl.AbsoluteUri);
        var szse = await Fetch(new Dictionary<string, string> { ["FROTH_SZSE_MARGIN_URL"] = server.BaseUrl.AbsoluteUri }, "fetch", "SZSE", "--source", "szse-margin", "--from", "2026-08-03", "--to", "2026-08-03");

        sse.ExitCode.ShouldBe(FrothApp.Ok, sse.Error);
        szse.ExitCode.ShouldBe(FrothApp.Ok, szse.Error);
        using (var json = JsonDocument.Parse(sse.Out))
        {
            var document = json.RootElement.GetProperty("documents").EnumerateArray().ShouldHaveSingleItem();
            document.GetProperty("file").GetString().ShouldStartWith(server.BaseUrl.AbsoluteUri + "marketdata/tradedata/queryMargin.do?");
            document.GetProperty("rowsNew").GetInt32().ShouldBe(35);
        }

        server.Requests[0].Referer.ShouldBe("https://www.sse.com.cn/");
        var show = await Fetch(null, "show", "SZ:MARGIN_BALANCE");
        show.ExitCode.ShouldBe(FrothApp.Ok, show.Error);
        using var points = JsonDocument.Parse(show.Out);
        var point = points.RootElement.EnumerateArray().ShouldHaveSingleItem();
        (point.GetProperty("date").GetString(), point.GetProperty("value").GetDouble()).ShouldBe(("2026-08-03", 1_248_916_000_000d));
    }

    [Fact]
    public async Task Should_refuse_a_base_url_that_is_not_one()
    {
        var result = await Run(new ScriptedHttpHandler(), null, "fetch", "SH", "--source", "sse-margin", "--base-url", "ftp://x");

        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldStartWith("error: The base URL 'ftp://x' is not usable; expected an absolute http or https URL");
    }

    [Fact]
    public async Task Should_reuse_a_cached_response_with_cache()
    {
        // FROTH_CACHE points into the temp folder; the second fetch finds the day in the cache and asks nothing.
        var variables = new Dictionary<string, string> { ["FROTH_CACHE"] = _temp.File("cache") };
        var http = new ScriptedHttpHandler().WhenUrlContains("txtDate=2026-08-03", Replies.Sample("wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json"));
        var first = await Run(http, variables, "fetch", "SZ", "--source", "szse-margin", "--from", "2026-08-03", "--to", "2026-08-03", "--cache");
        var second = await Run(http, variables, "fetch", "SZ", "--source", "szse-margin", "--from", "2026-08-03", "--to", "2026-08-03", "--cache");

        first.ExitCode.ShouldBe(FrothApp.Ok, first.Error);
        second.ExitCode.ShouldBe(FrothApp.Ok, second.Error);
        http.Requests.Count.ShouldBe(1);
        Directory.GetFiles(_temp.File("cache/responses"), "*.json").ShouldHaveSingleItem();
    }
}
