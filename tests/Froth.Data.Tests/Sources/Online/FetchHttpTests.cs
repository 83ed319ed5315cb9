using System.Net;
using System.Net.Sockets;
using Froth.Data.Sources.Online;
using Froth.Testing.Http;
using Polly.Timeout;

namespace Froth.Data.Tests.Sources.Online;

/// <summary>
/// The one client setup of the fetchers, on a fake clock: which failures are retried, how long the waits are,
/// time-outs, the per-host rate limit, the headers, and that tests cannot reach the network.
/// </summary>
public sealed class FetchHttpTests
{
    private const string Url = "https://query1.finance.yahoo.com/v8/finance/chart/0700.HK";

    private static async Task<(HttpStatusCode Status, List<ScriptedRequest> Requests, List<FetchRetry> Retries)> Get(
        ScriptedHttpHandler handler, Microsoft.Extensions.Time.Testing.FakeTimeProvider time, FetchHttpOptions? options = null)
    {
        var retries = new List<FetchRetry>();
        using var client = FetchHttp.CreateClient((options ?? new FetchHttpOptions()) with { Time = time, Handler = handler, OnRetry = retries.Add });
        using var response = await time.Drive(client.GetAsync(new Uri(Url), TestContext.Current.CancellationToken));
        return (response.StatusCode, [.. handler.Requests], retries);
    }

    public sealed class Retries
    {
        [Fact]
        public async Task Should_wait_as_long_as_Retry_After_says_then_succeed()
        {
            // Given a 429 asking for 7 seconds, then a good answer
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Status(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromSeconds(7)), Replies.Text("{}"));

            // When
            var (status, requests, retries) = await Get(handler, time);

            // Then the second attempt came no sooner than 7 s later, and the wait was the server's
            status.ShouldBe(HttpStatusCode.OK);
            requests.Count.ShouldBe(2);
            (requests[1].At - requests[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(7));
            var retry = retries.ShouldHaveSingleItem();
            (retry.Host, retry.FailedAttempt, retry.Delay, retry.FromRetryAfter).ShouldBe(("query1.finance.yahoo.com", 1, TimeSpan.FromSeconds(7), true));
            retry.Reason.ShouldBe("HTTP 429 Too Many Requests");
        }

        [Fact]
        public async Task Should_honour_a_Retry_After_date_longer_than_the_longest_computed_delay()
        {
            // Given a 503 whose Retry-After is a date 45 s ahead (beyond MaxDelay 30 s, within MaxRetryAfter 60 s)
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Status(HttpStatusCode.ServiceUnavailable, retryAt: FakeClock.Start.AddSeconds(45)), Replies.Text("{}"));

            var (status, requests, retries) = await Get(handler, time);

            status.ShouldBe(HttpStatusCode.OK);
            (requests[1].At - requests[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(45));
            retries.ShouldHaveSingleItem().Delay.ShouldBe(TimeSpan.FromSeconds(45));
        }

        [Fact]
        public async Task Should_back_off_with_its_own_delay_when_a_429_says_nothing()
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Status(HttpStatusCode.TooManyRequests), Replies.Text("{}"));

            var (status, requests, retries) = await Get(handler, time);

            status.ShouldBe(HttpStatusCode.OK);
            requests.Count.ShouldBe(2);
            var retry = retries.ShouldHaveSingleItem();
            retry.FromRetryAfter.ShouldBeFalse();
            retry.Delay.ShouldBeGreaterThan(TimeSpan.Zero);
            retry.Delay.ShouldBeLessThanOrEqualTo(new FetchHttpOptions().MaxDelay);
        }

        [Fact]
        public async Task Should_try_four_times_on_persistent_500s_and_return_the_last_answer()
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Status(HttpStatusCode.InternalServerError));

            var (status, requests, retries) = await Get(handler, time);

            // 1 attempt + MaxRetries (3) retries, each waiting longer on average (exponential back-off with jitter)
            status.ShouldBe(HttpStatusCode.InternalServerError);
            requests.Count.ShouldBe(4);
            retries.Select(r => r.FailedAttempt).ShouldBe([1, 2, 3]);
            retries.ShouldAllBe(r => r.Delay > TimeSpan.Zero && r.Delay <= TimeSpan.FromSeconds(30));
        }

        [Fact]
        public async Task Should_not_wait_for_a_Retry_After_beyond_the_limit()
        {
            // An hour is longer than MaxRetryAfter (60 s): fail at once and let the message say when to retry.
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Status(HttpStatusCode.TooManyRequests, retryAfter: TimeSpan.FromHours(1)));

            var (status, requests, retries) = await Get(handler, time);

            status.ShouldBe(HttpStatusCode.TooManyRequests);
            requests.Count.ShouldBe(1);
            retries.ShouldBeEmpty();
        }

        [Theory]
        [InlineData(HttpStatusCode.NotFound)]
        [InlineData(HttpStatusCode.BadRequest)]
        [InlineData(HttpStatusCode.Forbidden)]
        public async Task Should_not_retry_a_client_error(HttpStatusCode code)
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Status(code));

            var (status, requests, _) = await Get(handler, time);

            status.ShouldBe(code);
            requests.Count.ShouldBe(1);
        }

        [Fact]
        public async Task Should_retry_a_reset_connection_but_not_a_missing_network()
        {
            var time = FakeClock.Create();
            var reset = new ScriptedHttpHandler(time).Always(
                Replies.Throw(new HttpRequestException("Connection reset by peer", new SocketException((int)SocketError.ConnectionReset))),
                Replies.Text("{}"));
            var offline = new ScriptedHttpHandler(time).Always(
                Replies.Throw(new HttpRequestException("Name or service not known (query1.finance.yahoo.com:443)", new SocketException((int)SocketError.HostNotFound))));

            (await Get(reset, time)).Requests.Count.ShouldBe(2);
            using var client = FetchHttp.CreateClient(new FetchHttpOptions { Time = time, Handler = offline });
            await Should.ThrowAsync<HttpRequestException>(() => time.Drive(client.GetAsync(new Uri(Url), TestContext.Current.CancellationToken)));
            offline.Requests.Count.ShouldBe(1);
        }

        [Fact]
        public async Task Should_retry_a_body_cut_off_mid_way()
        {
            // The transport reads the whole body inside the attempt, so a dropped connection is retried.
            var time = FakeClock.Create();
            var body = "{\"chart\":{\"result\":[]}}"u8.ToArray();
            var handler = new ScriptedHttpHandler(time).Always(Replies.BrokenBody(body, 10), Replies.Body(body));

            var (status, requests, retries) = await Get(handler, time);

            status.ShouldBe(HttpStatusCode.OK);
            requests.Count.ShouldBe(2);
            retries.ShouldHaveSingleItem().Reason.ShouldContain("ended prematurely");
        }
    }

    public sealed class Timeouts
    {
        [Fact]
        public async Task Should_give_each_attempt_its_time_out_and_retry()
        {
            // Given a server that never answers, attempts of 2 s
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Hang());
            var options = new FetchHttpOptions { AttemptTimeout = TimeSpan.FromSeconds(2) };

            // When / Then: four attempts, each cancelled after 2 s, then the time-out surfaces
            var retries = new List<FetchRetry>();
            using var client = FetchHttp.CreateClient(options with { Time = time, Handler = handler, OnRetry = retries.Add });
            var e = await Should.ThrowAsync<TimeoutRejectedException>(() => time.Drive(client.GetAsync(new Uri(Url), TestContext.Current.CancellationToken)));
            e.Timeout.ShouldBe(TimeSpan.FromSeconds(2));
            handler.Requests.Count.ShouldBe(4);
            retries.ShouldAllBe(r => r.Reason == "no answer within 2 s");
            (time.GetUtcNow() - FakeClock.Start).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromSeconds(4 * 2));
        }

        [Fact]
        public async Task Should_stop_at_the_total_time_out()
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Hang());
            var options = new FetchHttpOptions { AttemptTimeout = TimeSpan.FromSeconds(4), TotalTimeout = TimeSpan.FromSeconds(6) };

            using var client = FetchHttp.CreateClient(options with { Time = time, Handler = handler });
            var e = await Should.ThrowAsync<TimeoutRejectedException>(() => time.Drive(client.GetAsync(new Uri(Url), TestContext.Current.CancellationToken)));

            // The second attempt was under way when the 6 s ran out.
            e.Timeout.ShouldBe(TimeSpan.FromSeconds(6));
            handler.Requests.Count.ShouldBe(2);
        }
    }

    public sealed class RateLimit
    {
        [Fact]
        public async Task Should_space_requests_to_one_host_and_not_delay_another_host()
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Text("{}"));
            using var client = FetchHttp.CreateClient(new FetchHttpOptions { Time = time, Handler = handler });
            var ct = TestContext.Current.CancellationToken;

            // First yahoo, then stooq at once: no wait (the clock is not moved, so any wait would hang the test).
            (await client.GetAsync(new Uri(Url), ct).WaitAsync(TimeSpan.FromSeconds(10), ct)).Dispose();
            (await client.GetAsync(new Uri("https://stooq.com/q/d/l/?s=%5Endx&i=d"), ct).WaitAsync(TimeSpan.FromSeconds(10), ct)).Dispose();

            // Then yahoo again: it waits for its 0.5 s slot.
            (await time.Drive(client.GetAsync(new Uri(Url), ct), TimeSpan.FromMilliseconds(50))).Dispose();

            var r = handler.Requests;
            (r[1].At - r[0].At).ShouldBe(TimeSpan.Zero);
            (r[2].At - r[0].At).ShouldBeGreaterThanOrEqualTo(TimeSpan.FromMilliseconds(500));
        }
    }

    public sealed class Setup
    {
        [Fact]
        public async Task Should_send_a_descriptive_User_Agent()
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Text("{}"));

            var (_, requests, _) = await Get(handler, time);

            requests[0].UserAgent.ShouldStartWith("Froth/");
            requests[0].UserAgent.ShouldContain("market-data workbench");
        }

        [Fact]
        public void Should_refuse_to_reach_the_network_in_tests()
        {
            // tests/Directory.Build.props sets the switch in every test project's runtime configuration.
            AppContext.TryGetSwitch(FetchHttp.DisableNetworkSwitch, out var disabled).ShouldBeTrue();
            disabled.ShouldBeTrue();
            Should.Throw<InvalidOperationException>(() => FetchHttp.CreateClient(new FetchHttpOptions()))
                .Message.ShouldContain(FetchHttp.DisableNetworkSwitch);
        }

        [Fact]
        public async Task Should_leave_a_given_handler_usable_after_the_client_is_disposed()
        {
            var time = FakeClock.Create();
            var handler = new ScriptedHttpHandler(time).Always(Replies.Text("{}"));
            await Get(handler, time);

            var (status, _, _) = await Get(handler, time);

            status.ShouldBe(HttpStatusCode.OK);
        }

        [Fact]
        public void Should_refuse_settings_out_of_range()
        {
            var handler = new ScriptedHttpHandler();
            Should.Throw<ArgumentOutOfRangeException>(() => FetchHttp.CreateClient(new FetchHttpOptions { Handler = handler, AttemptTimeout = TimeSpan.Zero }));
            Should.Throw<ArgumentOutOfRangeException>(() => FetchHttp.CreateClient(new FetchHttpOptions { Handler = handler, TotalTimeout = TimeSpan.FromSeconds(1) }));
            Should.Throw<ArgumentOutOfRangeException>(() => FetchHttp.CreateClient(new FetchHttpOptions { Handler = handler, MaxRetries = -1 }));
        }
    }
}
