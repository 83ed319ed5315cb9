using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Rally;

public sealed class BasketCommandTests
{
    // Sums and ratios of a few dozen doubles of the order of 1 (index levels) or 1e12 (market values, checked relatively).
    private const double Exact = 1e-12;

    // Hand figures written to the cent (market values of ~1e12 HKD; a double's spacing there is ~2e-4).
    private const double Cent = 0.01;

    // A ratio of two amounts each rounded to the cent: relative error below 1e-14; a billionth is ample.
    private const double RoundedRatio = 1e-9;

    private static string WriteBasket(string json)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("froth-basket-").FullName, "basket.json");
        File.WriteAllText(path, json);
        return path;
    }

    private static async Task<JsonElement> Json(Func<string, Froth.Data.MarketData.IMarketData> market, params string[] args)
    {
        var result = await CliRun.RunAsync([.. args, "--format", "json"], marketData: market);
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    public sealed class Help
    {
        [Fact]
        public async Task Should_print_the_approved_help()
        {
            var result = await CliRun.RunAsync(["basket", "--help"]);
            result.ExitCode.ShouldBe(FrothApp.Ok);
            Golden.Verify(result.Out, "basket-help");
        }

        [Fact]
        public async Task Should_list_the_presets()
        {
            var result = await CliRun.RunAsync(["basket", "--list-presets", "--format", "json"]);
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            var preset = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().Single(p => p.GetProperty("name").GetString() == "china-ai");
            preset.GetProperty("constituents").GetInt32().ShouldBe(63);
        }
    }

    public sealed class China_ai_in_September_2025
    {
        private static readonly string[] Args = ["basket", "china-ai", "--from", "2025-08-29", "--to", "2025-09-30"];

        /// <summary>The preset's 63 constituents in a basket file whose index starts on 2025-08-29, so that equal weights are set at that close.</summary>
        private static string FromTheBase()
        {
            var symbols = Froth.Data.Baskets.BasketPresets.Load("china-ai").Definition.Constituents.Select(c => $"\"{c.Symbol}\"");
            return WriteBasket($$"""{ "name": "china-ai-from-base", "inception": "2025-08-29", "constituents": [{{string.Join(", ", symbols)}}] }""");
        }

        [Fact]
        public async Task Should_return_the_mean_of_its_constituents_returns_when_the_index_starts_at_the_base()
        {
            var json = await Json(SnapshotMarket.All, "basket", FromTheBase(), "--from", "2025-08-29", "--to", "2025-09-30");

            // Equal weights set at the 2025-08-29 close (the basket's inception) and held (the next quarterly reset is in
            // October), so the index return is the plain mean of the 63 constituents' returns, each its last close on or
            // before 2025-09-30 over its last close on or before 2025-08-29, in its own currency. Computed outside
            // Froth with Python's csv module over the 29 files of prices/hk and the 34 stock files of
            // prices/cn_stocks:  rets = [c(09-30)/c(08-29) - 1 for each file];  sum(rets)/63 = 0.1685738161702099,
            // 54 above 0, 9 below.
            var period = json.GetProperty("period");
            period.GetProperty("return").GetDouble().ShouldBe(0.1685738161702099, Exact);
            period.GetProperty("baseSession").GetString().ShouldBe("2025-08-29");
            period.GetProperty("endSession").GetString().ShouldBe("2025-09-30");
            json.GetProperty("method").GetProperty("inception").GetString().ShouldBe("2025-08-29");
        }

        [Fact]
        public async Task Should_measure_the_period_on_the_preset_index_from_its_inception_and_count_breadth()
        {
            var json = await Json(SnapshotMarket.All, Args);

            // The preset's index starts on 2019-12-31 and holds the weights set at the last quarterly reset (the first
            // session of July 2025) through August: the period's return is the index's level ratio. Replayed outside
            // Froth from the raw files (reference/replay_china_ai.py, csv module only):
            //   python3 reference/replay_china_ai.py ../shared/data 2025-09-30 2025-08-29
            //   → level 2025-09-30 440.3044518289064, base 2025-08-29 383.4488823038747, return 0.1482741824240732.
            var period = json.GetProperty("period");
            period.GetProperty("return").GetDouble().ShouldBe(0.1482741824240732, Exact);
            period.GetProperty("baseSession").GetString().ShouldBe("2025-08-29");
            period.GetProperty("endSession").GetString().ShouldBe("2025-09-30");
            period.GetProperty("reportingCurrency").ValueKind.ShouldBe(JsonValueKind.Null);
            period.GetProperty("currencies").EnumerateArray().Select(c => c.GetString()).ShouldBe(["CNY", "HKD"]);
            json.GetProperty("method").GetProperty("inception").GetString().ShouldBe("2019-12-31");

            // Breadth and leaders are the constituents' own returns over the period (the same Python script: 54 up, 9 down;
            // best 300604.SZ +66.8%, 9988.HK +53.0%, 9888.HK +49.0%, 1347.HK +48.7%, 688766.SS +47.8%; worst 300394.SZ
            // −15.3%, 688256.SS −11.2%, 6060.HK −10.8%, 688110.SS −9.4%, 1797.HK −3.9%): weights do not enter.
            var breadth = period.GetProperty("breadth");
            breadth.GetProperty("members").GetInt32().ShouldBe(63);
            breadth.GetProperty("up").GetInt32().ShouldBe(54);
            breadth.GetProperty("down").GetInt32().ShouldBe(9);
            period.GetProperty("excluded").GetArrayLength().ShouldBe(0);
            period.GetProperty("leaders").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ShouldBe(["300604.SZ", "9988.HK", "9888.HK", "1347.HK", "688766.SS"]);
            period.GetProperty("laggards").EnumerateArray().Select(s => s.GetProperty("symbol").GetString()).ShouldBe(["300394.SZ", "688256.SS", "6060.HK", "688110.SS", "1797.HK"]);
            json.GetProperty("notes").EnumerateArray().Select(n => n.GetString()).ShouldContain(n => n!.StartsWith("Local currencies", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Should_compare_with_each_benchmark_over_the_same_dates()
        {
            var json = await Json(SnapshotMarket.All, Args);

            // Closes on 2025-08-29 and 2025-09-30: HSTECH 5674.31006 → 6465.66016; STAR 50 1341.31 → 1495.29;
            // ChiNext 2890.125 → 3238.16; Nasdaq 100 23415.419921875 → 24679.990234375.
            var benchmarks = json.GetProperty("benchmarks").EnumerateArray().ToDictionary(b => b.GetProperty("symbol").GetString()!, b => b.GetProperty("return").GetDouble());
            benchmarks["HSTECH.HK"].ShouldBe((6465.66016 / 5674.31006) - 1, Exact);
            benchmarks["000688.SS"].ShouldBe((1495.29 / 1341.31) - 1, Exact);
            benchmarks["399006.SZ"].ShouldBe((3238.16 / 2890.125) - 1, Exact);
            benchmarks["^NDX"].ShouldBe((24679.990234375 / 23415.419921875) - 1, Exact);
        }

        [Fact]
        public async Task Should_print_the_approved_table()
        {
            var result = await CliRun.RunAsync([.. Args, "--format", "table"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            Golden.Verify(result.Out, "basket-china-ai-2025-09");
        }
    }

    public sealed class China_ai_in_2026
    {
        // The index level is a product of ~1,600 daily steps from 2019-12-31; Python's sum over a set runs in another
        // order on each run, so the replay itself moves in the 15th digit. A relative 1e-12 is three orders above that.
        private const double ChainedLevels = 1e-12;

        [Fact]
        public async Task Should_match_an_independent_replay_of_the_index_from_its_inception()
        {
            // Replayed outside Froth (reference/replay_china_ai.py, Python's csv module on the 63 raw files): equal
            // weights at the inception (2019-12-31), reset at each constituent's first close and at the first session of
            // each quarter; 000636.SZ, which has no rows from 2022-01-04 to 2023-12-29, leaves at the reset of 2022-04-01
            // and re-enters on 2024-01-02.
            //   python3 reference/replay_china_ai.py ../shared/data 2026-07-10 2025-12-31 688146.SS
            //   → level 2026-07-10 844.1745013620425, base 2025-12-31 422.54590363279135, return 0.9978290976302131,
            //     contribution of 688146.SS 0.13112737237479358 (it rose 612%).
            // --as-of 2026-08-05 is moved back to 2026-07-10, the latest date the main series share (the Hang Seng TECH
            // index's data end there).
            var json = await Json(SnapshotMarket.All, "basket", "china-ai", "--as-of", "2026-08-05");

            json.GetProperty("asOf").GetProperty("date").GetString().ShouldBe("2026-07-10");
            json.GetProperty("asOf").GetProperty("requested").GetString().ShouldBe("2026-08-05");
            var period = json.GetProperty("period");
            period.GetProperty("baseSession").GetString().ShouldBe("2025-12-31");
            period.GetProperty("return").GetDouble().ShouldBe(0.9978290976302131, ChainedLevels);
            var peric = period.GetProperty("constituents").EnumerateArray().Single(c => c.GetProperty("symbol").GetString() == "688146.SS");
            peric.GetProperty("contribution").GetDouble().ShouldBe(0.13112737237479358, ChainedLevels);

            var facts = await Json(SnapshotMarket.All, "facts", "china-ai", "--as-of", "2026-07-10");
            facts.GetProperty("facts").GetProperty("close").GetDouble().ShouldBe(844.1745013620425, 844.17 * ChainedLevels);
        }

        [Fact]
        public async Task Should_compare_a_benchmark_whose_data_end_sooner_with_the_basket_up_to_then()
        {
            // The STAR 50 file ends on 2026-05-08: the basket is measured to the same date.
            var json = await Json(SnapshotMarket.All, "basket", "china-ai", "--as-of", "2026-07-10");

            var star = json.GetProperty("benchmarks").EnumerateArray().Single(b => b.GetProperty("symbol").GetString() == "000688.SS");
            star.GetProperty("endSession").GetString().ShouldBe("2026-05-08");
            var sameDates = star.GetProperty("basketReturn").GetDouble();
            json.GetProperty("period").GetProperty("index").EnumerateArray().Last(p => string.CompareOrdinal(p.GetProperty("date").GetString(), "2026-05-08") <= 0)
                .GetProperty("level").GetDouble().ShouldBe(100 * (1 + sameDates), Exact);
        }
    }

    public sealed class Market_value
    {
        [Fact]
        public async Task Should_add_up_market_value_with_made_up_shares()
        {
            // Made-up shares: 9,000,000,000 of 0700.HK and 19,000,000,000 of 9988.HK. Closes (prices/hk):
            //   0700.HK 2025-08-29 589.6302490234375   2025-09-30 655.3643798828125
            //   9988.HK 2025-08-29 115.5703125         2025-09-30 176.80160522460938
            // Start: 9e9 × 589.6302490234375 = 5,306,672,241,210.94 + 19e9 × 115.5703125 = 2,195,835,937,500
            //        = 7,502,508,178,710.94 HKD
            // End:   9e9 × 655.3643798828125 = 5,898,279,418,945.31 + 19e9 × 176.80160522460938 = 3,359,230,499,267.58
            //        = 9,257,509,918,212.89 HKD
            // Added: 591,607,177,734.38 (Tencent) + 1,163,394,561,767.58 (Alibaba) = 1,755,001,739,501.95 HKD;
            // Alibaba's share 1,163.39 / 1,755.00 = 66.3%. A cap-weighted index moves with the total: 9,257.51 / 7,502.51 − 1.
            var path = WriteBasket("""
                {
                  "name": "two-giants",
                  "weighting": "cap",
                  "constituents": [
                    { "symbol": "TENCENT", "shares": 9000000000 },
                    { "symbol": "9988.HK", "shares": 19000000000 }
                  ]
                }
                """);

            var json = await Json(SnapshotMarket.All, "basket", path, "--from", "2025-08-31", "--to", "2025-09-30");

            var period = json.GetProperty("period");
            var total = period.GetProperty("marketValue").EnumerateArray().Single();
            total.GetProperty("currency").GetString().ShouldBe("HKD");
            var start = (9e9 * 589.6302490234375) + (19e9 * 115.5703125);
            var end = (9e9 * 655.3643798828125) + (19e9 * 176.80160522460938);
            total.GetProperty("start").GetDouble().ShouldBe(start, start * Exact);
            total.GetProperty("end").GetDouble().ShouldBe(end, end * Exact);
            total.GetProperty("added").GetDouble().ShouldBe(1_755_001_739_501.95, Cent);
            var alibaba = period.GetProperty("constituents").EnumerateArray().Single(c => c.GetProperty("symbol").GetString() == "9988.HK");
            alibaba.GetProperty("marketValueAdded").GetDouble().ShouldBe(19e9 * (176.80160522460938 - 115.5703125), Cent);
            alibaba.GetProperty("shareOfAdded").GetDouble().ShouldBe(1_163_394_561_767.58 / 1_755_001_739_501.95, RoundedRatio);
            period.GetProperty("return").GetDouble().ShouldBe((end / start) - 1, Exact);
        }
    }

    public sealed class Currencies
    {
        [Fact]
        public async Task Should_convert_a_yuan_stock_to_dollars_with_the_usd_cny_series()
        {
            // Cambricon 2025-08-29 1000.664, 2025-09-30 888.255 (CNY); USD/CNY (CNY=X) 7.1529998779296875 and
            // 7.1194000244140625 on those dates. In dollars: (888.255 / 7.1194…) / (1000.664 / 7.1529…) − 1.
            var path = WriteBasket("""{ "reportingCurrency": "USD", "constituents": ["CAMBRICON"] }""");

            var json = await Json(SnapshotMarket.All, "basket", path, "--from", "2025-08-29", "--to", "2025-09-30");

            json.GetProperty("period").GetProperty("return").GetDouble().ShouldBe((888.255 / 7.1194000244140625) / (1000.664 / 7.1529998779296875) - 1, Exact);
            json.GetProperty("period").GetProperty("reportingCurrency").GetString().ShouldBe("USD");
        }

        [Fact]
        public async Task Should_name_the_missing_fx_series_and_how_to_get_it()
        {
            var path = WriteBasket("""{ "reportingCurrency": "USD", "constituents": ["0700.HK", "688256.SS"] }""");

            // The snapshot holds HKD=X since SOURCES.md §13 (Yahoo's and FRED's USD/HKD files); the store without it.
            var result = await CliRun.RunAsync(["basket", path, "--from", "2025-08-29", "--to", "2025-09-30"], marketData: SnapshotMarket.Without("HKD=X"));

            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("needs the FX series HKD=X (HKD per US dollar), which the store does not hold");
            result.Error.ShouldContain("froth fetch HKD=X --source yahoo");
        }

        [Fact]
        public async Task Should_refuse_to_convert_after_the_fx_series_ends()
        {
            // CNY=X ends 2026-02-09: converting 2026-03-02 would use a rate three weeks old.
            var path = WriteBasket("""{ "reportingCurrency": "USD", "constituents": ["CAMBRICON"] }""");

            var result = await CliRun.RunAsync(["basket", path, "--from", "2026-01-30", "--to", "2026-03-02"], marketData: SnapshotMarket.All);

            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("CNY=X has no rate within 7 days on or before 2026-02-24");
        }
    }

    public sealed class BadInput
    {
        [Fact]
        public async Task Should_name_the_file_line_and_suggestions_of_an_unknown_constituent()
        {
            var path = WriteBasket("{\n  \"constituents\": [\n    \"0700.HK\",\n    \"CAMBRICN\"\n  ]\n}");

            var result = await CliRun.RunAsync(["basket", path], marketData: SnapshotMarket.All);

            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain($"{path}:4, column 'constituents[1]': got 'CAMBRICN'; expected a symbol or alias in the store; did you mean CAMBRICON");
        }

        [Fact]
        public async Task Should_report_a_known_constituent_without_data_as_left_out()
        {
            var path = WriteBasket("""{ "constituents": ["0700.HK", "ALIBABA"] }""");

            var json = await Json(SnapshotMarket.Without("9988.HK"), "basket", path, "--from", "2025-08-29", "--to", "2025-09-30");

            var excluded = json.GetProperty("period").GetProperty("excluded").EnumerateArray().Single();
            excluded.GetProperty("symbol").GetString().ShouldBe("9988.HK");
            excluded.GetProperty("reason").GetString().ShouldBe("noData");
            json.GetProperty("period").GetProperty("constituents").GetArrayLength().ShouldBe(1);
        }

        [Fact]
        public async Task Should_refuse_an_empty_basket_file()
        {
            var path = WriteBasket("{ \"constituents\": [] }");
            var result = await CliRun.RunAsync(["basket", path], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("at least one constituent (the basket is empty)");
        }

        [Fact]
        public async Task Should_refuse_a_name_that_is_neither_a_file_nor_a_preset()
        {
            var result = await CliRun.RunAsync(["basket", "china-ia"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("No basket file 'china-ia'");
            result.Error.ShouldContain("presets: china-ai");
        }

        [Fact]
        public async Task Should_refuse_a_period_that_ends_before_it_starts()
        {
            var result = await CliRun.RunAsync(["basket", "china-ai", "--from", "2025-09-30", "--to", "2025-08-29"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("--from 2025-09-30 is after --to 2025-08-29");
        }
    }
}
