using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Valuation;

/// <summary>
/// <c>froth valuation</c> on the real snapshot. Expected figures come from
/// <c>tests/Froth.Tests/Valuation/reference/valuation_reference.py</c> (its output beside it), which reads the CSV files
/// with Python's csv and statistics modules.
/// </summary>
public sealed class ValuationCommandTests
{
    /// <summary>As in the library tests: double sums against Python's exact rational arithmetic.</summary>
    private const double Reference = 1e-9;

    private static async Task<JsonElement> Json(params string[] args)
    {
        var result = await CliRun.RunAsync([.. args, "--format", "json"], marketData: SnapshotMarket.Factory);
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    private static Task<CliResult> Run(params string[] args) => CliRun.RunAsync(args, marketData: SnapshotMarket.Factory);

    public sealed class Help
    {
        [Fact]
        public async Task Should_print_the_approved_help()
        {
            var result = await CliRun.RunAsync(["valuation", "--help"]);
            result.ExitCode.ShouldBe(FrothApp.Ok);
            Golden.Verify(result.Out, "valuation-help");
        }
    }

    public sealed class Statistics
    {
        [Fact]
        public async Task Should_give_the_hand_checked_Hang_Seng_TECH_figures_of_2026_04_20()
        {
            // Given the alias HSTECH and lixinger's file as the source
            var json = await Json("valuation", "HSTECH", "--as-of", "2026-04-20", "--source", "hstech_pe_lixinger");

            // Then the alias resolves to HSTECH.HK and its P/E series, and the figures are the reference's
            json.GetProperty("subject").GetString().ShouldBe("HSTECH.HK");
            json.GetProperty("series").GetString().ShouldBe("HSTECH.HK:PE");
            json.GetProperty("source").GetProperty("source").GetString().ShouldBe("hstech_pe_lixinger");
            json.GetProperty("sources").EnumerateArray().Select(s => s.GetString()).ShouldBe(["hstech_pe_lixinger", "erp_HSTECH"]);
            json.GetProperty("snapshot").GetProperty("asOf").GetString().ShouldBe("2026-04-20");
            json.GetProperty("metric").GetString().ShouldBe("pe");
            json.GetProperty("snapshot").GetProperty("value").GetDouble().ShouldBe(31.3796);
            var h = json.GetProperty("snapshot").GetProperty("history");
            h.GetProperty("years").GetInt32().ShouldBe(3);
            h.GetProperty("observations").GetInt32().ShouldBe(737);
            h.GetProperty("average").GetDouble().ShouldBe(101.92874540311173, Reference);
            h.GetProperty("median").GetDouble().ShouldBe(42.7175);
            h.GetProperty("min").GetDouble().ShouldBe(24.9316);
            h.GetProperty("max").GetDouble().ShouldBe(9083.7143);
            h.GetProperty("percentile").GetDouble().ShouldBe(0.10583446404341927, Reference);
            h.GetProperty("zScore").GetDouble().ShouldBe(-0.19020541234610316, Reference);
            h.GetProperty("lossObservations").GetInt32().ShouldBe(30);
            json.GetProperty("snapshot").GetProperty("stale").GetProperty("flag").GetBoolean().ShouldBeFalse();
            json.GetProperty("snapshot").GetProperty("stale").GetProperty("sessionsUnchanged").GetInt32().ShouldBe(0);

            // And the reader is told why the average is no guide here
            var warnings = json.GetProperty("warnings").EnumerateArray().Select(w => w.GetString()!).ToList();
            warnings.ShouldContain(w => w.Contains("30 of 737 observations", StringComparison.Ordinal));
            warnings.ShouldContain(w => w.Contains("more than 1.5 times the median", StringComparison.Ordinal));
        }

        [Fact]
        public async Task Should_use_the_preferred_source_which_is_not_padded()
        {
            // Given no --source and no --as-of: the store prefers lixinger's file, which ends on 2026-04-20, over
            // the ERP monitor's copy, whose last 53 rows repeat that day's value (SourcePreference).
            var json = await Json("valuation", "HSTECH");

            json.GetProperty("source").GetProperty("source").GetString().ShouldBe("hstech_pe_lixinger");
            json.GetProperty("snapshot").GetProperty("asOf").GetString().ShouldBe("2026-04-20");
            json.GetProperty("snapshot").GetProperty("value").GetDouble().ShouldBe(31.3796);
            json.GetProperty("snapshot").GetProperty("stale").GetProperty("flag").GetBoolean().ShouldBeFalse();
        }

        [Fact]
        public async Task Should_flag_the_stale_tail_of_a_padded_source()
        {
            // Given the ERP monitor's series, which repeats 31.3796 from 2026-04-20 to its end on 2026-07-07
            var json = await Json("valuation", "HSTECH", "--source", "erp_HSTECH");

            json.GetProperty("source").GetProperty("source").GetString().ShouldBe("erp_HSTECH");
            json.GetProperty("snapshot").GetProperty("asOf").GetString().ShouldBe("2026-07-07");
            json.GetProperty("snapshot").GetProperty("valueDate").GetString().ShouldBe("2026-07-07");
            var stale = json.GetProperty("snapshot").GetProperty("stale");
            stale.GetProperty("flag").GetBoolean().ShouldBeTrue();
            stale.GetProperty("sessionsUnchanged").GetInt32().ShouldBe(53);
            stale.GetProperty("since").GetString().ShouldBe("2026-04-20");
            json.GetProperty("snapshot").GetProperty("history").GetProperty("median").GetDouble().ShouldBe(42.1053);
            json.GetProperty("warnings")[0].GetString()!.ShouldContain("really dates from 2026-04-20");
        }

        [Fact]
        public async Task Should_compare_the_STAR_50_with_the_Hang_Seng_TECH_and_a_given_Nasdaq_100_multiple()
        {
            var json = await Json("valuation", "STAR50", "--as-of", "2026-08-21", "--compare", "HSTECH", "--compare-pe", "Nasdaq 100=30");

            json.GetProperty("snapshot").GetProperty("value").GetDouble().ShouldBe(77.72);
            json.GetProperty("snapshot").GetProperty("history").GetProperty("percentile").GetDouble().ShouldBe(0.8633377135348226, Reference);
            var c = json.GetProperty("comparisons").EnumerateArray().ToList();
            c[0].GetProperty("label").GetString().ShouldBe("HSTECH.HK");
            c[0].GetProperty("value").GetDouble().ShouldBe(31.3796);
            c[0].GetProperty("staleSince").ValueKind.ShouldBe(JsonValueKind.Null);
            c[0].GetProperty("pair").GetProperty("ratio").GetDouble().ShouldBe(77.72 / 31.3796, 1e-12);
            c[0].GetProperty("pair").GetProperty("valueDateGapDays").GetInt32().ShouldBe(123); // 2026-08-21 against lixinger's last row, 2026-04-20: 10 + 31 + 30 + 31 + 21 days
            c[1].GetProperty("label").GetString().ShouldBe("Nasdaq 100");
            c[1].GetProperty("multiple").GetProperty("ratio").GetDouble().ShouldBe(77.72 / 30, 1e-12);
            c[1].GetProperty("multiple").GetProperty("percentileInHistory").GetDouble().ShouldBe(0.2982917214191853, Reference);
        }

        [Fact]
        public async Task Should_read_a_valuation_series_named_directly_in_plain_order()
        {
            // erp_HSTECH.csv: 2026-04-20,0.017627,31.3796,0.014240837703476141,… (ERP = 1/PE − bond yield, a fraction)
            var json = await Json("valuation", "HSTECH:ERP", "--as-of", "2026-04-20");

            json.GetProperty("series").GetString().ShouldBe("HSTECH.HK:ERP");
            json.GetProperty("metric").GetString().ShouldBe("erp");
            json.GetProperty("unit").GetString().ShouldBe("fraction");
            json.GetProperty("snapshot").GetProperty("value").GetDouble().ShouldBe(0.014240837703476141);
            json.GetProperty("snapshot").GetProperty("history").GetProperty("lossObservations").GetInt32().ShouldBe(0);
            json.GetProperty("snapshot").GetProperty("history").GetProperty("earningsYieldZScore").ValueKind.ShouldBe(JsonValueKind.Null);
        }

        [Fact]
        public async Task Should_render_the_approved_table()
        {
            var result = await Run("valuation", "STAR50", "--as-of", "2026-08-21", "--compare", "HSTECH", "--compare-pe", "Nasdaq 100=30", "--format", "table");
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            Golden.Verify(result.Out, "valuation-star50-2026-08-21");
        }
    }

    public sealed class BadInput
    {
        [Fact]
        public async Task Should_list_the_symbols_that_have_a_PE_when_this_one_has_none()
        {
            var result = await Run("valuation", "NDX");
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("^NDX (Nasdaq-100 Index) has no valuation series ^NDX:PE in the store; symbols with one: 000688.SS (STAR50), HSTECH.HK (HSTECH).");
        }

        [Fact]
        public async Task Should_say_how_much_history_there_is_when_it_is_short()
        {
            // The STAR 50 P/E starts on 2020-07-06: 544 days, 1.5 years, before 2022-01-01.
            var result = await Run("valuation", "STAR50", "--as-of", "2022-01-01");
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("000688.SS:PE (source erp_000688_star50) has 1.5 years of history up to 2022-01-01 (it starts on 2020-07-06); --years 3 asks for 3.");
            result.Error.ShouldContain("--allow-short");
        }

        [Fact]
        public async Task Should_use_a_short_history_when_allowed()
        {
            var json = await Json("valuation", "STAR50", "--as-of", "2022-01-01", "--allow-short");
            var h = json.GetProperty("snapshot").GetProperty("history");
            h.GetProperty("isShort").GetBoolean().ShouldBeTrue();
            h.GetProperty("coveredYears").GetDouble().ShouldBe(544 / 365.25, 1e-12);
            h.GetProperty("from").GetString().ShouldBe("2020-07-06");
        }

        [Fact]
        public async Task Should_suggest_symbols_for_a_typo()
        {
            var result = await Run("valuation", "HSTEC");
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("Unknown symbol 'HSTEC'; did you mean HSTECH");
        }

        [Fact]
        public async Task Should_name_the_sources_there_are_for_an_unknown_source()
        {
            var result = await Run("valuation", "HSTECH", "--source", "bloomberg");
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("HSTECH.HK:PE has no source 'bloomberg'; its sources are hstech_pe_lixinger (2020-07-27 to 2026-04-20), erp_HSTECH (2020-07-27 to 2026-07-07).");
        }

        [Fact]
        public async Task Should_say_where_the_series_starts_for_an_as_of_date_before_it()
        {
            var result = await Run("valuation", "STAR50", "--as-of", "2019-06-30");
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain("000688.SS:PE (source erp_000688_star50) has no observation on or before 2019-06-30; it starts on 2020-07-06.");
        }

        [Theory]
        [InlineData("abc")]
        [InlineData("-4")]
        [InlineData("NDX=")]
        public async Task Should_refuse_a_given_multiple_that_is_not_a_positive_number(string text)
        {
            var result = await Run("valuation", "STAR50", "--compare-pe", text);
            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldContain($"--compare-pe '{text}': expected a positive number such as 30");
        }

        [Fact]
        public async Task Should_refuse_zero_years_as_a_usage_error()
        {
            var result = await Run("valuation", "STAR50", "--years", "0");
            result.ExitCode.ShouldBe(FrothApp.Usage);
            result.Error.ShouldContain("--years must be between 1 and 200, got 0.");
        }
    }
}
