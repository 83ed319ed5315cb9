using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Rally;

public sealed class FactsCommandTests
{
    // One division of doubles read from the file: a few ulps of 1.
    private const double Exact = 1e-12;

    private static async Task<JsonElement> Json(params string[] args)
    {
        var result = await CliRun.RunAsync([.. args, "--format", "json"], marketData: SnapshotMarket.All);
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    public sealed class Help
    {
        [Fact]
        public async Task Should_print_the_approved_help()
        {
            var result = await CliRun.RunAsync(["facts", "--help"]);
            result.ExitCode.ShouldBe(FrothApp.Ok);
            Golden.Verify(result.Out, "facts-help");
        }
    }

    public sealed class Output
    {
        [Fact]
        public async Task Should_print_the_approved_table_for_the_hang_seng_tech_against_the_nasdaq_100_on_25_September_2025()
        {
            var result = await CliRun.RunAsync(["facts", "HSTECH", "--as-of", "2025-09-25", "--benchmark", "NDX", "--format", "table"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            Golden.Verify(result.Out, "facts-hstech-2025-09-25");
        }

        [Fact]
        public async Task Should_carry_every_field_the_issue_names_in_json()
        {
            var json = await Json("facts", "HSTECH", "--as-of", "2025-09-25", "--benchmark", "NDX");

            // Figures checked by hand in Froth.Tests (RallyFactsHandCheckedTests): Sina file rows
            // 2025-09-19 6294.41992 (last close of the previous ISO week) and 2025-09-25 6379.18994.
            var facts = json.GetProperty("facts");
            json.GetProperty("subject").GetProperty("key").GetString().ShouldBe("HSTECH.HK");
            facts.GetProperty("asOf").GetString().ShouldBe("2025-09-25");
            facts.GetProperty("close").GetDouble().ShouldBe(6379.18994);
            var returns = facts.GetProperty("returns");
            foreach (var period in new[] { "day", "weekToDate", "monthToDate", "quarterToDate", "yearToDate", "oneYear" })
            {
                returns.GetProperty(period).GetProperty("return").ValueKind.ShouldBe(JsonValueKind.Number, period);
            }

            returns.GetProperty("weekToDate").GetProperty("return").GetDouble().ShouldBe((6379.18994 / 6294.41992) - 1, Exact);
            returns.GetProperty("weekToDate").GetProperty("baseSession").GetString().ShouldBe("2025-09-19");
            facts.GetProperty("records").GetProperty("highestSince").GetProperty("date").GetString().ShouldBe("2021-11-22");
            facts.GetProperty("records").GetProperty("lowestSince").GetProperty("date").GetString().ShouldBe("2025-09-24");

            var weekly = facts.GetProperty("streaks").GetProperty("weekly");
            weekly.GetProperty("direction").GetString().ShouldBe("up");
            weekly.GetProperty("current").GetInt32().ShouldBe(8);
            weekly.GetProperty("longest").GetInt32().ShouldBe(8);
            weekly.GetProperty("includesCurrentPeriod").GetBoolean().ShouldBeTrue();
            facts.GetProperty("streaks").GetProperty("monthly").GetProperty("includesCurrentPeriod").GetBoolean().ShouldBeTrue();
            facts.GetProperty("streaks").GetProperty("daily").GetProperty("includesCurrentPeriod").GetBoolean().ShouldBeFalse();

            facts.GetProperty("drawdown").GetProperty("fromPeak").GetDouble().ShouldBe((6379.18994 / 10945.22) - 1, Exact);
            json.GetProperty("benchmark").GetProperty("key").GetString().ShouldBe("^NDX");
            facts.GetProperty("relative").GetProperty("yearToDate").GetProperty("difference").ValueKind.ShouldBe(JsonValueKind.Number);
            facts.GetProperty("volume").ValueKind.ShouldBe(JsonValueKind.Null); // the Sina HSTECH file has no volume
        }

        [Fact]
        public async Task Should_resolve_an_alias_and_report_an_all_time_high_as_no_highest_since()
        {
            var json = await Json("facts", "CAMBRICON", "--as-of", "2025-08-22");

            json.GetProperty("subject").GetProperty("key").GetString().ShouldBe("688256.SS");
            json.GetProperty("facts").GetProperty("records").GetProperty("highestSince").ValueKind.ShouldBe(JsonValueKind.Null);
            json.GetProperty("facts").GetProperty("records").GetProperty("atAllTimeHigh").GetBoolean().ShouldBeTrue();
            json.GetProperty("subject").GetProperty("source").GetProperty("adjustment").GetString().ShouldBe("forward");
            json.GetProperty("notes")[0].GetString()!.ShouldContain("forward-adjusted");
        }

        [Fact]
        public async Task Should_report_the_session_used_when_the_as_of_date_is_not_one()
        {
            var json = await Json("facts", "HSTECH", "--as-of", "2025-09-27");
            json.GetProperty("facts").GetProperty("asOf").GetString().ShouldBe("2025-09-26");
            json.GetProperty("facts").GetProperty("requestedAsOf").GetString().ShouldBe("2025-09-27");
            json.GetProperty("asOf").GetProperty("date").GetString().ShouldBe("2025-09-26");
            json.GetProperty("asOf").GetProperty("rule").GetString().ShouldBe("sessionOnOrBefore");
        }

        [Fact]
        public async Task Should_add_a_range_return()
        {
            // HSTECH 2025-08-29 5674.31006 → 2025-09-30 6465.66016.
            var json = await Json("facts", "HSTECH", "--as-of", "2025-10-10", "--from", "2025-08-31", "--to", "2025-09-30");
            json.GetProperty("facts").GetProperty("range").GetProperty("return").GetDouble().ShouldBe((6465.66016 / 5674.31006) - 1, Exact);
        }
    }

    public sealed class BadInput
    {
        [Fact]
        public async Task Should_suggest_the_closest_symbols_for_an_unknown_one()
        {
            var result = await CliRun.RunAsync(["facts", "HSTEK"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("Unknown symbol 'HSTEK'; did you mean");
            result.Error.ShouldContain("HSTECH");
        }

        [Fact]
        public async Task Should_refuse_an_as_of_date_before_the_first_bar()
        {
            var result = await CliRun.RunAsync(["facts", "STAR50", "--as-of", "2019-01-02"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("000688.SS has no data on or before 2019-01-02; its first date is 2019-12-31.");
        }

        [Fact]
        public async Task Should_refuse_a_range_end_without_a_start()
        {
            var result = await CliRun.RunAsync(["facts", "HSTECH", "--to", "2025-06-30"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("give --from as well");
        }

        [Fact]
        public async Task Should_refuse_an_unknown_source_and_list_the_sources()
        {
            var result = await CliRun.RunAsync(["facts", "NDX", "--source", "bloomberg"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("^NDX has no source 'bloomberg'; its sources are NDX_yahoo_1985-2026-07_noVolume (1985-10-01 to 2026-07-13)");
        }

        [Fact]
        public async Task Should_refuse_an_unparsable_date_as_a_usage_error()
        {
            var result = await CliRun.RunAsync(["facts", "HSTECH", "--as-of", "25/09/2025"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Usage);
        }

        [Fact]
        public async Task Should_warn_when_the_benchmark_data_ends_before_the_as_of_date()
        {
            // STAR 50's file ends 2026-05-08; as of HSTECH's last session 2026-07-10 its returns stop there.
            var result = await CliRun.RunAsync(["facts", "HSTECH", "--benchmark", "STAR50", "--format", "json"], marketData: SnapshotMarket.All);
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            result.Error.ShouldContain("warning: 000688.SS's last close on or before 2026-07-10 is 2026-05-08");
        }
    }
}
