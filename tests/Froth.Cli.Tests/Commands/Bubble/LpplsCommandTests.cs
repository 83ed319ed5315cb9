using System.Globalization;
using System.Text.Json;
using Froth.Bubbles.Lppls;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Series;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Bubble;

public sealed class LpplsCommandTests
{
    private static readonly string Nasdaq = SampleData.Path("reference/nasdaq_dotcom_1994-2000_lppls.csv");

    // A positive bubble whose tc is 3 sessions after the last of 121 sessions: it passes both filters by
    // construction (m = 0.5, ω = 8, tc − t2 = 3 ≤ 0.1·120, oscillations (8/2π)·ln(123/3) = 4.7,
    // damping 0.5·0.06/(8·0.003) = 1.25, relative error ≈ 0.0016 with σ = 0.002).
    private static readonly LpplsModel Bubble = new(Tc: 123, M: 0.5, Omega: 8, A: 5, B: -0.06, C1: 0.003, C2: 0);

    /// <summary>Market data holding the bubble as daily bars on business days from Thursday 2 January 2020.</summary>
    internal static Func<string, IMarketData> BubbleMarket(double? badCloseAt = null)
    {
        var rng = new Random(7);
        var bars = new List<DailyBar>();
        var date = new DateOnly(2020, 1, 2);
        for (var t = 0; t < 121; t++)
        {
            var noise = Math.Sqrt(-2 * Math.Log(1 - rng.NextDouble())) * Math.Cos(2 * Math.PI * rng.NextDouble());
            var close = badCloseAt == t ? 0 : Math.Exp(Bubble.LogPrice(t) + (0.002 * noise));
            bars.Add(new DailyBar(date, close, close, close, close, null));
            date = date.AddDays(date.DayOfWeek == DayOfWeek.Friday ? 3 : 1);
        }

        var instrument = new Instrument("BUBL", "Synthetic bubble", InstrumentKind.Index, "US", "USD") { Aliases = ["BUBBLE"] };
        return _ => new InMemoryMarketData([new BarSeries(instrument, "synthetic", PriceAdjustment.None, bars)]);
    }

    public sealed class Help
    {
        [Fact]
        public async Task Should_print_the_approved_help_of_lppls()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "--help"]);
            result.ExitCode.ShouldBe(FrothApp.Ok);
            Golden.Verify(result.Out, "bubble-lppls-help");
        }

        [Fact]
        public async Task Should_print_the_approved_help_of_lppls_confidence()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls-confidence", "--help"]);
            result.ExitCode.ShouldBe(FrothApp.Ok);
            Golden.Verify(result.Out, "bubble-lppls-confidence-help");
        }
    }

    public sealed class Fit
    {
        [Fact]
        public async Task Should_fit_a_file_window_and_report_tc_as_a_date_after_the_window()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "--file", Nasdaq, "--column", "Close", "--from", "1999-06-01", "--format", "json"]);

            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            var json = JsonDocument.Parse(result.Out).RootElement;
            var fit = json.GetProperty("fit");
            fit.GetProperty("first").GetString().ShouldBe("1999-06-01");
            fit.GetProperty("last").GetString().ShouldBe("2000-03-10"); // the file's last row
            // Rows of the file dated 1999-06-01 … 2000-03-10, counted independently of the reader.
            var rows = File.ReadAllLines(Nasdaq).Skip(1).Count(l => string.CompareOrdinal(l[..10], "1999-06-01") >= 0);
            fit.GetProperty("fit").GetProperty("length").GetInt32().ShouldBe(rows);
            json.GetProperty("window").GetArrayLength().ShouldBe(rows);
            var tcSessions = fit.GetProperty("fit").GetProperty("tcAfterEnd").GetDouble();
            tcSessions.ShouldBeGreaterThanOrEqualTo(1);
            var tc = DateOnly.Parse(fit.GetProperty("criticalDate").GetString()!, CultureInfo.InvariantCulture);
            tc.ShouldBeGreaterThan(new DateOnly(2000, 3, 10));
            var model = fit.GetProperty("fit").GetProperty("model");
            foreach (var name in new[] { "m", "omega", "a", "b", "c1", "c2" })
            {
                model.GetProperty(name).ValueKind.ShouldBe(JsonValueKind.Number, name);
            }

            fit.GetProperty("fit").GetProperty("relativeError").ValueKind.ShouldBe(JsonValueKind.Number);
            fit.GetProperty("qualifies").ValueKind.ShouldBeOneOf(JsonValueKind.True, JsonValueKind.False);
            json.GetProperty("trustFailures").ValueKind.ShouldBe(JsonValueKind.Array);
        }

        [Fact]
        public async Task Should_fit_a_stored_symbol_by_its_alias_and_qualify_a_clean_bubble()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "BUBBLE", "--format", "json"], marketData: BubbleMarket());

            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            var json = JsonDocument.Parse(result.Out).RootElement;
            json.GetProperty("subject").GetProperty("key").GetString().ShouldBe("BUBL");
            var fit = json.GetProperty("fit");
            fit.GetProperty("fit").GetProperty("sign").GetString().ShouldBe("positive");
            fit.GetProperty("fit").GetProperty("tcAfterEnd").GetDouble().ShouldBe(3, 1.0); // the truth, within a session
            fit.GetProperty("fit").GetProperty("model").GetProperty("m").GetDouble().ShouldBe(0.5, 0.1);
            fit.GetProperty("fit").GetProperty("model").GetProperty("omega").GetDouble().ShouldBe(8, 0.5);
            fit.GetProperty("qualifies").GetBoolean().ShouldBeTrue();
            fit.GetProperty("failures").GetArrayLength().ShouldBe(0);
            json.GetProperty("trustFailures").GetArrayLength().ShouldBe(0);
        }

        [Fact]
        public async Task Should_give_identical_output_for_a_given_seed()
        {
            string[] args = ["bubble", "lppls", "BUBBLE", "--seed", "9", "--starts", "6", "--format", "json"];
            var first = await CliRun.RunAsync(args, marketData: BubbleMarket());
            var second = await CliRun.RunAsync(args, marketData: BubbleMarket());
            second.Out.ShouldBe(first.Out);
        }

        [Fact]
        public async Task Should_render_a_table()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "BUBBLE", "--format", "table"], marketData: BubbleMarket());
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            result.Out.ShouldContain("tc (critical time)");
            result.Out.ShouldContain("qualified (trust filter)");
        }
    }

    public sealed class Confidence
    {
        [Fact]
        public async Task Should_give_one_point_per_session_from_the_data_up_to_it()
        {
            var result = await CliRun.RunAsync(
                ["bubble", "lppls-confidence", "BUBL", "--from", "2020-06-15", "--to", "2020-06-17", "--min-window", "60", "--max-window", "100", "--step", "20", "--starts", "8", "--format", "json"],
                marketData: BubbleMarket());

            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            var json = JsonDocument.Parse(result.Out).RootElement;
            json.GetProperty("windows").GetInt32().ShouldBe(3);
            var points = json.GetProperty("points").EnumerateArray().ToList();
            points.Select(p => p.GetProperty("date").GetString()).ShouldBe(["2020-06-15", "2020-06-16", "2020-06-17"]);
            foreach (var p in points)
            {
                var c = p.GetProperty("confidence");
                c.GetProperty("windows").GetInt32().ShouldBe(3);
                c.GetProperty("positive").GetDouble().ShouldBe(1.0);
                c.GetProperty("negative").GetDouble().ShouldBe(0.0);
                var quantiles = p.GetProperty("criticalTimes").EnumerateArray().ToList();
                quantiles.Select(q => q.GetProperty("level").GetDouble()).ShouldBe([0.05, 0.25, 0.5, 0.75, 0.95]);
                DateOnly.Parse(quantiles[0].GetProperty("date").GetString()!, CultureInfo.InvariantCulture)
                    .ShouldBeGreaterThan(DateOnly.Parse(p.GetProperty("date").GetString()!, CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public async Task Should_refuse_windows_longer_than_the_data()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls-confidence", "BUBL", "--from", "2020-03-02", "--to", "2020-03-03", "--format", "json"], marketData: BubbleMarket());

            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("longer than the data");
            result.Error.ShouldContain("the longest window of 750 sessions needs 751");
        }
    }

    public sealed class BadInput
    {
        [Fact]
        public async Task Should_refuse_both_a_symbol_and_a_file()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "BUBL", "--file", Nasdaq], marketData: BubbleMarket());
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("either a SYMBOL or --file F");
        }

        [Fact]
        public async Task Should_refuse_neither_a_symbol_nor_a_file()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls"]);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("either a SYMBOL or --file F");
        }

        [Fact]
        public async Task Should_refuse_too_few_points()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "--file", Nasdaq, "--column", "Close", "--from", "2000-03-01"]);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("at least 20 prices");
            result.Error.ShouldContain("has 8 from 2000-03-01");
        }

        [Fact]
        public async Task Should_name_the_date_of_a_price_that_is_not_positive()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "BUBL"], marketData: BubbleMarket(badCloseAt: 4));
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("the price of 2020-01-08 is 0");
        }

        [Fact]
        public async Task Should_name_the_file_line_of_a_price_that_is_not_positive()
        {
            var dir = Directory.CreateTempSubdirectory("froth-lppls-");
            var path = Path.Combine(dir.FullName, "prices.csv");
            var lines = new List<string> { "date,close" };
            var date = new DateOnly(2021, 1, 4);
            for (var i = 0; i < 30; i++)
            {
                lines.Add($"{date:yyyy-MM-dd},{(i == 10 ? "-1" : (100 + i).ToString(CultureInfo.InvariantCulture))}");
                date = date.AddDays(1);
            }

            await File.WriteAllLinesAsync(path, lines, TestContext.Current.CancellationToken);
            var result = await CliRun.RunAsync(["bubble", "lppls", "--file", path]);

            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain($"{path}:12");
            result.Error.ShouldContain("got '-1'; expected a positive number");
            dir.Delete(recursive: true);
        }

        [Fact]
        public async Task Should_report_a_missing_file()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "--file", "/no/such/file.csv"]);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("/no/such/file.csv");
        }

        [Fact]
        public async Task Should_refuse_zero_starts_as_a_usage_error()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls", "BUBL", "--starts", "0"], marketData: BubbleMarket());
            result.ExitCode.ShouldBe(FrothApp.Usage);
            result.Error.ShouldContain("--starts must be between 1 and 10000");
        }

        [Fact]
        public async Task Should_refuse_a_range_that_ends_before_it_starts()
        {
            var result = await CliRun.RunAsync(["bubble", "lppls-confidence", "BUBL", "--from", "2020-06-17", "--to", "2020-06-15"], marketData: BubbleMarket());
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("--from 2020-06-17 is after the as-of date 2020-06-15");
        }
    }
}
