using System.Globalization;
using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Series;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Bubble;

public sealed class PsyCommandTests : IDisposable
{
    private readonly string _temp = Path.Combine(Path.GetTempPath(), "froth-psy-cli-" + Guid.NewGuid().ToString("N"));

    public PsyCommandTests() => Directory.CreateDirectory(_temp);

    public void Dispose() => Directory.Delete(_temp, recursive: true);

    private Dictionary<string, string> Cache => new() { ["FROTH_CACHE"] = Path.Combine(_temp, "cache") };

    private static string SpDv => SampleData.Path("reference/bubbles/SP_DV.csv");

    private string ConstantCv(double cv95 = 1.5)
    {
        var path = Path.Combine(_temp, "cv.csv");
        File.WriteAllText(path, string.Create(CultureInfo.InvariantCulture, $"cv90,cv95,cv99\n{cv95 - 0.3},{cv95},{cv95 + 0.5}\n"));
        return path;
    }

    public sealed class On_the_PSY_2015_sample : IDisposable
    {
        private readonly PsyCommandTests _t = new();

        public void Dispose() => _t.Dispose();

        [Fact]
        public async Task Should_report_PSYs_GSADF_and_statsmodels_ADF_for_the_SP500_price_dividend_ratio()
        {
            // Given PSY (2015)'s sample: SP_DV's first 1680 months (1871-01 … 2010-12), levels, lag 0, default window
            var result = await CliRun.RunAsync(
                ["bubble", "psy", "--file", SpDv, "--column", "price dividend ratio", "--to", "2010-12-01", "--transform", "none",
                 "--critical-values", _t.ConstantCv(), "--format", "json"],
                _t.Cache);

            // Then
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            var root = json.RootElement.GetProperty("result");
            var statistics = root.GetProperty("statistics");
            statistics.GetProperty("count").GetInt32().ShouldBe(1680);
            statistics.GetProperty("minWindow").GetInt32().ShouldBe(90); // ⌊1680(0.01 + 1.8/√1680)⌋ = ⌊90.6⌋
            statistics.GetProperty("fullSampleLag").GetInt32().ShouldBe(0);
            root.GetProperty("transform").GetString().ShouldBe("none");
            json.RootElement.GetProperty("sample").GetProperty("rule").GetString().ShouldBe("whole");

            // PSY (2015, Table 8) report GSADF = 4.21 for this sample (two decimals)
            statistics.GetProperty("gsadf").GetDouble().ShouldBe(4.21, 0.005);

            // statsmodels adfuller(x, maxlag=0, regression='c', autolag=None) on the same 1680 values
            // (tests/Froth.Tests/Bubbles/Psy/reference/adfuller_reference.csv, row SP_DV,0,none)
            statistics.GetProperty("adf").GetDouble().ShouldBe(-1.1653422570636898, 1e-9);

            // BSADF from observation 90 (psymonitor: swindow0), dated, one per observation to 1680
            var bsadf = root.GetProperty("bsadf");
            bsadf.GetArrayLength().ShouldBe(1680 - 89);
            bsadf[0].GetProperty("date").GetString().ShouldBe("1878-06-01");
            bsadf[0].GetProperty("criticalValue").GetProperty("cv95").GetDouble().ShouldBe(1.5);
            root.GetProperty("criticalValues").GetProperty("gsadf").ValueKind.ShouldBe(JsonValueKind.Null);
            root.GetProperty("pValues").ValueKind.ShouldBe(JsonValueKind.Null);
            json.RootElement.GetProperty("criticalValues").GetProperty("method").GetString().ShouldBe("file");
        }

        [Fact]
        public async Task Should_stamp_episodes_with_1_based_observations_and_dates()
        {
            // Given a constant 95% value of 1.5
            var result = await CliRun.RunAsync(
                ["bubble", "psy", "--file", SpDv, "--column", "price dividend ratio", "--to", "2010-12-01", "--transform", "none",
                 "--critical-values", _t.ConstantCv(1.5), "--format", "json"],
                _t.Cache);
            using var json = JsonDocument.Parse(result.Out);
            var root = json.RootElement.GetProperty("result");

            // Then each episode agrees with the dated BSADF it came from: it rejects from its start to the session before
            // its end, not on its end (the first session that no longer rejects), not just before its start; its duration
            // counts the rejecting sessions; the dot-com run contains the GSADF maximum
            var points = root.GetProperty("bsadf").EnumerateArray().Select(p => (Date: p.GetProperty("date").GetString()!, Value: p.GetProperty("bsadf").GetDouble())).ToList();
            var at = points.Select((p, i) => (p.Date, i)).ToDictionary(x => x.Date, x => x.i);
            var episodes = root.GetProperty("episodes").EnumerateArray().ToList();
            episodes.ShouldNotBeEmpty();
            foreach (var e in episodes)
            {
                var start = at[e.GetProperty("start").GetString()!];
                var end = at[e.GetProperty("end").GetString()!];
                Enumerable.Range(start, end - start).ShouldAllBe(i => points[i].Value > 1.5);
                points[end].Value.ShouldBeLessThanOrEqualTo(1.5);
                (start == 0 || points[start - 1].Value <= 1.5).ShouldBeTrue();
                e.GetProperty("duration").GetInt32().ShouldBe(end - start);
                e.GetProperty("observations").GetProperty("start").GetInt32().ShouldBe(start + 89);
            }

            episodes.ShouldContain(e => e.GetProperty("peak").GetString()!.StartsWith("1999", StringComparison.Ordinal)
                && e.GetProperty("sign").GetString() == "explosive");
        }
    }

    public sealed class Critical_values : IDisposable
    {
        private readonly PsyCommandTests _t = new();

        public void Dispose() => _t.Dispose();

        [Fact]
        public async Task Should_simulate_once_then_read_the_cache()
        {
            // Given a short series and a fresh cache folder
            string[] args = ["bubble", "psy", "--file", SampleData.Path("reference/bubbles/sim_data.csv"), "--column", "psy1", "--reps", "60", "--seed", "5", "--format", "json"];

            // When run twice
            var first = await CliRun.RunAsync(args, _t.Cache);
            var second = await CliRun.RunAsync(args, _t.Cache);

            // Then the second run reads the entry the first wrote, with identical numbers
            first.ExitCode.ShouldBe(FrothApp.Ok, first.Error);
            using var a = JsonDocument.Parse(first.Out);
            using var b = JsonDocument.Parse(second.Out);
            a.RootElement.GetProperty("method").GetProperty("cached").GetBoolean().ShouldBeFalse();
            b.RootElement.GetProperty("method").GetProperty("cached").GetBoolean().ShouldBeTrue();
            b.RootElement.GetProperty("criticalValues").GetRawText().ShouldBe(a.RootElement.GetProperty("criticalValues").GetRawText());
            b.RootElement.GetProperty("pValues").GetRawText().ShouldBe(a.RootElement.GetProperty("pValues").GetRawText());
            Directory.GetFiles(Path.Combine(_t._temp, "cache", "psy-critical-values"), "*.json").Length.ShouldBe(1);
        }

        [Fact]
        public async Task Should_give_the_same_values_as_psy_critical_values_for_the_same_parameters()
        {
            // psy (n = 100, window 19 levels, lag 0) and psy-critical-values with the same T, window, reps and seed
            var psy = await CliRun.RunAsync(
                ["bubble", "psy", "--file", SampleData.Path("reference/bubbles/sim_data.csv"), "--column", "psy2", "--reps", "50", "--seed", "8", "--format", "json"], _t.Cache);
            var cv = await CliRun.RunAsync(
                ["bubble", "psy-critical-values", "--n", "100", "--min-window", "19", "--lag", "0", "--reps", "50", "--seed", "8", "--no-cache", "--format", "json"], _t.Cache);
            cv.ExitCode.ShouldBe(FrothApp.Ok, cv.Error);
            using var p = JsonDocument.Parse(psy.Out);
            using var c = JsonDocument.Parse(cv.Out);
            var table = c.RootElement.GetProperty("table");
            foreach (var level in new[] { "cv90", "cv95", "cv99" })
            {
                table.GetProperty("gsadf").GetProperty(level).GetDouble()
                    .ShouldBe(p.RootElement.GetProperty("criticalValues").GetProperty("gsadf").GetProperty(level).GetDouble());
            }

            // One row per observation, null before the first statistic (observation 19, 0-based index 18)
            var bsadf = table.GetProperty("bsadf");
            bsadf.GetArrayLength().ShouldBe(100);
            bsadf[17].ValueKind.ShouldBe(JsonValueKind.Null);
            bsadf[99].GetProperty("cv95").GetDouble().ShouldBe(p.RootElement.GetProperty("criticalValues").GetProperty("bsadf")[99].GetProperty("cv95").GetDouble());
            c.RootElement.GetProperty("window").GetProperty("firstIndex").GetInt32().ShouldBe(18);
        }

        [Fact]
        public async Task Should_run_the_wild_bootstrap()
        {
            var result = await CliRun.RunAsync(
                ["bubble", "psy", "--file", SampleData.Path("reference/bubbles/sim_data.csv"), "--column", "psy1", "--wild-bootstrap", "--reps", "30", "--format", "json"], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            var source = json.RootElement.GetProperty("method");
            source.GetProperty("method").GetString().ShouldBe("wild-bootstrap");
            source.GetProperty("replications").GetInt32().ShouldBe(30);
            json.RootElement.GetProperty("criticalValues").GetProperty("gsadf").GetProperty("cv95").GetDouble().ShouldBeGreaterThan(0);
        }
    }

    public sealed class From_the_store : IDisposable
    {
        private readonly PsyCommandTests _t = new();

        public void Dispose() => _t.Dispose();

        [Fact]
        public async Task Should_resolve_an_alias_and_resample_to_month_ends()
        {
            // Given 2024-01-01 … 2025-12-31 weekday closes of a made-up index, alias TESTX
            var bars = new List<DailyBar>();
            var random = new Random(3);
            var close = 100.0;
            for (var d = new DateOnly(2024, 1, 1); d <= new DateOnly(2025, 12, 31); d = d.AddDays(1))
            {
                if (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
                {
                    continue;
                }

                close *= Math.Exp((random.NextDouble() - 0.5) * 0.02);
                bars.Add(new DailyBar(d, close, close, close, close, null));
            }

            var instrument = new Instrument("TEST.SS", "Test index", InstrumentKind.Index, "SH", "CNY") { Aliases = ["TESTX"] };
            var market = new InMemoryMarketData([new BarSeries(instrument, "test", PriceAdjustment.None, bars)]);

            // When
            var result = await CliRun.RunAsync(
                ["bubble", "psy", "testx", "--frequency", "monthly", "--critical-values", _t.ConstantCv(), "--format", "json"],
                _t.Cache,
                marketData: _ => market);

            // Then 24 month-end closes, and the first BSADF at observation ⌊24(0.01 + 1.8/√24)⌋ = ⌊9.06⌋ = 9: the
            // last weekday of September 2024, Monday 2024-09-30
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            using var json = JsonDocument.Parse(result.Out);
            json.RootElement.GetProperty("subject").GetProperty("key").GetString().ShouldBe("TEST.SS");
            json.RootElement.GetProperty("sample").GetProperty("observations").GetInt32().ShouldBe(24);
            json.RootElement.GetProperty("result").GetProperty("bsadf")[0].GetProperty("date").GetString().ShouldBe("2024-09-30");
        }

        [Fact]
        public async Task Should_suggest_symbols_for_an_unknown_one()
        {
            var market = new InMemoryMarketData([]);
            var result = await CliRun.RunAsync(["bubble", "psy", "NOPE", "--format", "json"], _t.Cache, marketData: _ => market);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("Unknown symbol 'NOPE'");
        }
    }

    public sealed class On_bad_input : IDisposable
    {
        private readonly PsyCommandTests _t = new();

        public void Dispose() => _t.Dispose();

        private string Csv(string name, string text)
        {
            var path = Path.Combine(_t._temp, name);
            File.WriteAllText(path, text);
            return path;
        }

        private static string Series(Func<int, double> value, int count) =>
            "date,close\n" + string.Concat(Enumerable.Range(0, count).Select(i =>
                string.Create(CultureInfo.InvariantCulture, $"{new DateOnly(2020, 1, 1).AddDays(i):yyyy-MM-dd},{value(i)}\n")));

        [Fact]
        public async Task Should_name_the_file_line_and_value_that_a_log_cannot_take()
        {
            var file = Csv("zero.csv", Series(i => i == 30 ? 0 : 10 + Math.Sin(i), 80));
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close"], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("zero.csv:32, column 'close': got '0'");
            result.Error.ShouldContain("positive number, because --transform log");
        }

        [Fact]
        public async Task Should_refuse_a_series_too_short_for_the_window()
        {
            var file = Csv("short.csv", Series(i => 10 + Math.Sin(i), 6));
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close", "--lag", "2"], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("error: The minimum window of 4 observations (psymonitor convention) leaves 1 regression rows with lag 2");
        }

        [Fact]
        public async Task Should_refuse_a_minimum_window_larger_than_the_series()
        {
            var file = Csv("ok.csv", Series(i => 10 + Math.Sin(i), 50));
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close", "--min-window", "60"], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("The minimum window (60 observations (psymonitor convention)) is larger than the series (50 observations)");
        }

        [Fact]
        public async Task Should_refuse_a_constant_series()
        {
            var file = Csv("flat.csv", Series(_ => 7, 50));
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close"], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("The series is constant");
        }

        [Fact]
        public async Task Should_refuse_NaN_in_the_file()
        {
            var file = Csv("nan.csv", Series(i => 10 + Math.Sin(i), 50).Replace(",10.841470984807897\n", ",NaN\n", StringComparison.Ordinal));
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close"], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("nan.csv:3, column 'close': got 'NaN'");
        }

        [Fact]
        public async Task Should_say_how_many_rows_a_critical_value_file_needs()
        {
            var file = Csv("ok.csv", Series(i => 10 + Math.Sin(i) + (0.1 * i), 50));
            var cv = Csv("cv3.csv", "cv90,cv95,cv99\n1,2,3\n1,2,3\n1,2,3\n");
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close", "--critical-values", cv], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("cv3.csv: got '3 rows'; expected one row per BSADF observation (38 for this series, window and lag)");
        }

        [Fact]
        public async Task Should_name_a_bad_critical_value()
        {
            var file = Csv("ok.csv", Series(i => 10 + Math.Sin(i) + (0.1 * i), 50));
            var cv = Csv("cvbad.csv", "cv90,cv95,cv99\n1,x,3\n");
            var result = await CliRun.RunAsync(["bubble", "psy", "--file", file, "--column", "close", "--critical-values", cv], _t.Cache);
            result.Error.ShouldContain("cvbad.csv:2, column 'cv95': got 'x'; expected a finite number");
        }

        [Theory]
        [InlineData("Give a SYMBOL or --file F --column C, not both.", "SSEC", "--file", "x.csv", "--column", "close")]
        [InlineData("Give a SYMBOL, or --file F --column C.")]
        [InlineData("--ic needs --max-lag K", "SSEC", "--ic", "aic")]
        [InlineData("Give either --lag K (a fixed lag) or --ic aic|bic", "SSEC", "--lag", "1", "--ic", "bic", "--max-lag", "3")]
        [InlineData("cannot be combined with --reps", "SSEC", "--critical-values", "cv.csv", "--reps", "100")]
        [InlineData("--reps must be at least 10", "SSEC", "--reps", "5")]
        [InlineData("--drift sets the Monte Carlo null", "SSEC", "--wild-bootstrap", "--drift", "1")]
        public async Task Should_reject_contradictory_options_as_usage_errors(string message, params string[] args)
        {
            var result = await CliRun.RunAsync(["bubble", "psy", .. args], _t.Cache);
            result.ExitCode.ShouldBe(FrothApp.Usage);
            result.Error.ShouldContain(message);
        }
    }

    public sealed class Help
    {
        [Fact]
        public async Task Should_print_the_approved_help()
        {
            var result = await CliRun.RunAsync(["bubble", "psy", "--help"]);
            Golden.Verify(result.Out, "psy-help");
        }
    }
}
