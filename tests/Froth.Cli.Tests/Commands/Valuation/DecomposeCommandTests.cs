using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Valuation;

/// <summary><c>froth decompose</c> on the real snapshot; figures from the reference script of the library tests.</summary>
public sealed class DecomposeCommandTests
{
    /// <summary>Ratios and logs of numbers of at most 6 significant digits.</summary>
    private const double Reference = 1e-12;

    private static Task<CliResult> Run(params string[] args) => CliRun.RunAsync(args, marketData: SnapshotMarket.Factory);

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        var result = await CliRun.RunAsync(["decompose", "--help"]);
        result.ExitCode.ShouldBe(FrothApp.Ok);
        Golden.Verify(result.Out, "decompose-help");
    }

    [Fact]
    public async Task Should_split_the_September_2024_STAR_50_rally()
    {
        var result = await Run("decompose", "STAR50", "--from", "2024-09-13", "--to", "2024-10-08", "--format", "json");

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("subject").GetString().ShouldBe("000688.SS");
        json.GetProperty("prices").GetProperty("source").GetString().ShouldBe("sh000688_star50_2019-2026");
        json.GetProperty("pe").GetProperty("source").GetString().ShouldBe("erp_000688_star50");
        json.GetProperty("result").GetProperty("priceStart").GetDouble().ShouldBe(655.05);
        json.GetProperty("result").GetProperty("priceEnd").GetDouble().ShouldBe(1023.97);
        json.GetProperty("result").GetProperty("earningsStart").GetDouble().ShouldBe(655.05 / 31.08, Reference);
        json.GetProperty("result").GetProperty("earningsEnd").GetDouble().ShouldBe(1023.97 / 48.09, Reference);
        json.GetProperty("result").GetProperty("priceReturn").GetDouble().ShouldBe(0.5631936493397451, Reference);
        json.GetProperty("result").GetProperty("earningsGrowth").GetDouble().ShouldBe(0.010273624900795975, Reference);
        json.GetProperty("result").GetProperty("reRating").GetDouble().ShouldBe(0.5472972972972976, Reference);
        json.GetProperty("result").GetProperty("reRatingShare").GetDouble().ShouldBe(0.9771199865573418, Reference);
        json.GetProperty("warnings").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task Should_render_the_approved_table()
    {
        var result = await Run("decompose", "HSTECH", "--from", "2025-01-02", "--to", "2026-04-20", "--pe-source", "hstech_pe_lixinger", "--format", "table");
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        Golden.Verify(result.Out, "decompose-hstech-2025-01-02-2026-04-20");
    }

    [Fact]
    public async Task Should_warn_when_an_end_falls_in_a_stale_tail()
    {
        var result = await Run("decompose", "HSTECH", "--from", "2025-01-02", "--to", "2026-07-07", "--pe-source", "erp_HSTECH", "--format", "json");
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        json.GetProperty("pe").GetProperty("source").GetString().ShouldBe("erp_HSTECH");
        json.GetProperty("warnings")[0].GetString()!.ShouldContain("The P/E on 2026-07-07 is stale: unchanged since 2026-04-20 (53 observations)");
    }

    [Fact]
    public async Task Should_refuse_a_loss_making_end()
    {
        // lixinger printed −11,300.0245 for 2023-06-07 (hstech_pe_lixinger.csv)
        var result = await Run("decompose", "HSTECH", "--from", "2023-06-07", "--to", "2024-10-08", "--pe-source", "hstech_pe_lixinger");
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("The P/E on 2023-06-07 is -11300: earnings were a loss");
    }

    [Fact]
    public async Task Should_refuse_a_symbol_without_a_PE()
    {
        var result = await Run("decompose", "SSEC", "--from", "2024-01-02", "--to", "2024-12-31");
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("000001.SS (SSE Composite Index) has no valuation series 000001.SS:PE in the store; symbols with one:");
    }

    [Fact]
    public async Task Should_refuse_a_period_that_ends_before_it_starts()
    {
        var result = await Run("decompose", "STAR50", "--from", "2024-10-08", "--to", "2024-09-13");
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("--from 2024-10-08 must be before --to 2024-09-13.");
    }

    [Fact]
    public async Task Should_require_both_dates()
    {
        var result = await Run("decompose", "STAR50", "--from", "2024-10-08");
        result.ExitCode.ShouldBe(FrothApp.Usage);
        result.Error.ShouldContain("--to");
    }
}
