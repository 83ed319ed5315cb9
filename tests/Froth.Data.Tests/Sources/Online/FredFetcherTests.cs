using System.Net;
using Froth.Data.Sources.Online;
using Froth.Testing.Http;

namespace Froth.Data.Tests.Sources.Online;

public sealed class FredFetcherTests
{
    /// <summary>A made-up key in FRED's form (32 lower-case letters and digits).</summary>
    private const string Key = "0123456789abcdef0123456789abcdef";

    public sealed class Symbols
    {
        [Theory]
        [InlineData("SP500")]
        [InlineData("sp500")]
        [InlineData("FRED:SP500")]
        [InlineData("fred:sp500")]
        public void Should_take_a_series_id_with_or_without_the_FRED_prefix(string typed)
        {
            using var rig = new OnlineRig("fred");

            rig.Fetcher.ResolveSymbol(typed).ShouldBe("FRED:SP500");
        }

        [Fact]
        public void Should_not_apply_catalogue_aliases()
        {
            // SPX is the S&P 500 index for the price sources; for FRED it is just the series id SPX.
            using var rig = new OnlineRig("fred");

            rig.Fetcher.ResolveSymbol("SPX").ShouldBe("FRED:SPX");
            Should.Throw<FetchException>(() => rig.Fetcher.ResolveSymbol("^GSPC")).Failure.ShouldBe(FetchFailure.Unsupported);
        }
    }

    public sealed class Keyless
    {
        [Fact]
        public async Task Should_download_the_CSV_and_read_it_as_FRED_SP500()
        {
            using var rig = new OnlineRig("fred");
            rig.Handler.WhenUrlContains("fredgraph.csv?id=SP500", Replies.Sample("wire-samples/fred_csv_observation_date_header_SP500.csv"));

            var batch = (await rig.Fetch("SP500")).ShouldHaveSingleItem();

            rig.Handler.Requests.ShouldHaveSingleItem().Uri.AbsoluteUri.ShouldBe("https://fred.stlouisfed.org/graph/fredgraph.csv?id=SP500");
            var series = batch.Scalars.ShouldHaveSingleItem();
            (series.Instrument.Symbol, series.Source).ShouldBe(("FRED:SP500", "fred"));
            // SOURCES.md: 2016-02-12 → 2026-02-11, with 95 blank (holiday) rows that are not values.
            series.Points[0].ShouldBe(new Froth.Series.ScalarPoint(new DateOnly(2016, 2, 12), 1864.78));
            series.Points[^1].Date.ShouldBe(new DateOnly(2026, 2, 11));
        }

        [Fact]
        public void Should_give_a_range_as_cosd_and_coed()
        {
            using var rig = new OnlineRig("fred");

            var uri = rig.Fetcher.RequestUri(new FetchRequest("FRED:SP500", new DateOnly(2020, 3, 16), new DateOnly(2020, 3, 20)));

            uri.AbsoluteUri.ShouldBe("https://fred.stlouisfed.org/graph/fredgraph.csv?id=SP500&cosd=2020-03-16&coed=2020-03-20");
        }
    }

    public sealed class WithKey
    {
        [Fact]
        public async Task Should_ask_the_JSON_API_and_store_the_URL_with_the_key_redacted()
        {
            using var rig = new OnlineRig("fred", apiKey: Key);
            rig.Handler.WhenUrlContains("series_id=HQMCB10YR", Replies.Sample("wire-samples/fred_series_observations_HQMCB10YR_2024-06-27.json"));

            var batch = (await rig.Fetch("HQMCB10YR", new DateOnly(2023, 1, 1), new DateOnly(2023, 6, 6))).ShouldHaveSingleItem();

            var sent = rig.Handler.Requests.ShouldHaveSingleItem();
            (sent.Uri.Host, sent.Uri.AbsolutePath).ShouldBe(("api.stlouisfed.org", "/fred/series/observations"));
            (sent.Query("series_id"), sent.Query("api_key"), sent.Query("file_type"), sent.Query("observation_start"), sent.Query("observation_end"))
                .ShouldBe(("HQMCB10YR", Key, "json", "2023-01-01", "2023-06-06"));
            batch.Document.Location.ShouldBe("https://api.stlouisfed.org/fred/series/observations?series_id=HQMCB10YR&api_key=REDACTED&file_type=json&observation_start=2023-01-01&observation_end=2023-06-06");
            // The recording's six monthly values, 4.98 … 5.22.
            batch.Scalars.ShouldHaveSingleItem().Points.Select(p => p.Value).ShouldBe([4.98, 5.13, 5.18, 4.92, 5.09, 5.22]);
        }

        [Fact]
        public async Task Should_call_FREDs_400_for_a_missing_series_unknown_without_showing_the_key()
        {
            using var rig = new OnlineRig("fred", apiKey: Key);
            rig.Handler.Always(Replies.Status(HttpStatusCode.BadRequest, text: "{\"error_code\":400,\"error_message\":\"Bad Request.  The series does not exist.\"}"));

            var e = await rig.Failure("NOSUCHSERIES");

            e.Failure.ShouldBe(FetchFailure.NotFound);
            e.Message.ShouldBe("FRED:NOSUCHSERIES: fred does not know this symbol (asked for NOSUCHSERIES; HTTP 400 Bad Request from api.stlouisfed.org (Bad Request.  The series does not exist.)); check the symbol, or try another --source.");
        }

        [Fact]
        public async Task Should_report_an_error_body_inside_a_200_without_showing_the_key()
        {
            using var rig = new OnlineRig("fred", apiKey: Key);
            rig.Handler.Always(Replies.Text($"{{\"error_code\":400,\"error_message\":\"Bad Request.  Variable api_key {Key} is not registered.\"}}"));

            var e = await rig.Failure("SP500");

            e.Failure.ShouldBe(FetchFailure.ApiError);
            // Not even a part of the key (a quote cut short would keep its first characters).
            e.Message.ShouldNotContain(Key[..8]);
            e.Message.ShouldBe("FRED:SP500: FRED answered https://api.stlouisfed.org/fred/series/observations?series_id=SP500&api_key=REDACTED&file_type=json with an error: Bad Request.  Variable api_key REDACTED is not registered.");
        }

        [Fact]
        public void Should_refuse_a_key_that_is_not_in_FREDs_form_without_repeating_it()
        {
            using var http = new HttpClient(new ScriptedHttpHandler());

            var e = Should.Throw<FetchException>(() => new FredFetcher(http, TimeProvider.System, "my-secret-key"));

            e.Message.ShouldNotContain("my-secret-key");
            e.Message.ShouldContain("32 lower-case letters and digits");
        }
    }
}
