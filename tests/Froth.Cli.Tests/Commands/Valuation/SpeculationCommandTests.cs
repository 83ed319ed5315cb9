using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Valuation;

/// <summary><c>froth speculation</c>: turnover on the real snapshot, margin balance from the hand-made fixture (the snapshot has none).</summary>
public sealed class SpeculationCommandTests
{
    /// <summary>As in the library tests.</summary>
    private const double Reference = 1e-9;

    private static readonly string MarginFixture =
        Path.Combine(SampleData.RepositoryRoot, "tests", "Froth.Data.Tests", "Sources", "Files", "fixtures", "margin_SSE.csv");

    private static readonly Lazy<InMemoryMarketData> WithMargin = new(() =>
    {
        var star = SourceReader.ReadFile(SampleData.Path("prices/cn_index/sh000688_star50_2019-2026.csv"));
        var margin = SourceReader.ReadFile(MarginFixture);
        return new InMemoryMarketData(star.Bars, margin.Scalars);
    });

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        var result = await CliRun.RunAsync(["speculation", "--help"]);
        result.ExitCode.ShouldBe(FrothApp.Ok);
        Golden.Verify(result.Out, "speculation-help");
    }

    [Fact]
    public async Task Should_give_the_turnover_ratio_and_say_there_is_no_margin_data()
    {
        var result = await CliRun.RunAsync(["speculation", "STAR50", "--as-of", "2024-10-08", "--format", "json"], marketData: SnapshotMarket.Factory);

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        var json = JsonDocument.Parse(result.Out).RootElement;
        var t = json.GetProperty("turnover");
        t.GetProperty("date").GetString().ShouldBe("2024-10-08");
        t.GetProperty("ratio").GetDouble().ShouldBe(7.97531151992407, Reference); // valuation_reference.txt
        json.GetProperty("turnoverWindow").GetInt32().ShouldBe(20);
        json.GetProperty("margin").ValueKind.ShouldBe(JsonValueKind.Null);
        json.GetProperty("notes")[0].GetString()!.ShouldContain("No margin-financing balance in the store (SH:MARGIN_BALANCE or CN:MARGIN_BALANCE)");
    }

    [Fact]
    public async Task Should_give_the_volume_surge_of_the_rally_facts()
    {
        // STAR 50, 2025-08-29 (sh000688_star50_2019-2026.csv): volume 15,616,830; the 20 rows before it
        // (2025-08-01 … 2025-08-28) sum to 199,915,384 and the 50 rows before (2025-06-20 … 2025-08-28) to
        // 369,718,508 (the same hand sums as RallyFactsHandCheckedTests): ratios 1.5623 and 2.1120.
        var result = await CliRun.RunAsync(["speculation", "STAR50", "--as-of", "2025-08-29", "--format", "json"], marketData: SnapshotMarket.Factory);

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        var v = JsonDocument.Parse(result.Out).RootElement.GetProperty("volume");
        v.GetProperty("volume").GetDouble().ShouldBe(15_616_830);
        v.GetProperty("ratio20").GetDouble().ShouldBe(15_616_830 / (199_915_384 / 20.0), Reference);
        v.GetProperty("ratio50").GetDouble().ShouldBe(15_616_830 / (369_718_508 / 50.0), Reference);
    }

    [Fact]
    public async Task Should_read_an_imported_margin_balance_of_the_symbols_exchange()
    {
        // The fixture holds 1.50, 1.51, 1.53, 1.55 trillion on 2024-09-23 … 27 (the 25th empty).
        var result = await CliRun.RunAsync(["speculation", "STAR50", "--as-of", "2024-09-27", "--format", "json"], marketData: _ => WithMargin.Value);

        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        var m = JsonDocument.Parse(result.Out).RootElement.GetProperty("margin");
        m.GetProperty("series").GetString().ShouldBe("SH:MARGIN_BALANCE");
        m.GetProperty("gauge").GetProperty("balance").GetDouble().ShouldBe(1550000000000);
        m.GetProperty("gauge").GetProperty("change").ValueKind.ShouldBe(JsonValueKind.Null); // four observations, fewer than the 20 of the change
        m.GetProperty("gauge").GetProperty("history").GetProperty("percentile").GetDouble().ShouldBe(0.75); // three of four below
    }

    [Fact]
    public async Task Should_refuse_a_symbol_without_prices()
    {
        var result = await CliRun.RunAsync(["speculation", "CN:CPI_INFLATION"], marketData: SnapshotMarket.Factory);
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("has no daily prices in the store");
    }
}
