using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Valuation;

/// <summary><c>froth macro</c> on the real snapshot; figures from the reference script of the library tests.</summary>
public sealed class MacroCommandTests
{
    /// <summary>Products and quotients of a few decimals.</summary>
    private const double Reference = 1e-12;

    private static Task<CliResult> Run(params string[] args) => CliRun.RunAsync(args, marketData: SnapshotMarket.Factory);

    private static async Task<JsonElement> Json(params string[] args)
    {
        var result = await Run([.. args, "--format", "json"]);
        result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
        return JsonDocument.Parse(result.Out).RootElement;
    }

    [Fact]
    public async Task Should_print_the_approved_help()
    {
        var result = await CliRun.RunAsync(["macro", "--help"]);
        result.ExitCode.ShouldBe(FrothApp.Ok);
        Golden.Verify(result.Out, "macro-help");
    }

    [Fact]
    public async Task Should_list_China_with_sources_units_and_the_negative_deflator_as_a_computed_fact()
    {
        var json = await Json("macro");

        json.GetProperty("macro").GetProperty("country").GetString().ShouldBe("CN");
        var series = json.GetProperty("macro").GetProperty("series").EnumerateArray().ToDictionary(s => s.GetProperty("field").GetString()!);
        series["gdpDeflatorInflation"].GetProperty("source").GetProperty("source").GetString().ShouldBe("china_gdp_deflator_inflation_annual_pct_worldbank");
        series["gdpDeflatorInflation"].GetProperty("unit").GetString().ShouldBe("percent");
        series["nominalGdp"].GetProperty("unit").GetString().ShouldBe("USD");
        series["realGdpGrowth"].GetProperty("verified").GetBoolean().ShouldBeFalse();

        // Latest year 2025 (the unverified real growth), so 2016 onwards are listed
        json.GetProperty("sinceYear").GetInt32().ShouldBe(2016);
        var y2023 = json.GetProperty("macro").GetProperty("overlay").GetProperty("years").EnumerateArray().Single(y => y.GetProperty("year").GetInt32() == 2023);
        y2023.GetProperty("gdpDeflatorInflation").GetDouble().ShouldBe(-0.00582393794026771, Reference);
        y2023.GetProperty("nominalGrowthLocal").GetDouble().ShouldBe(0.04686739334889811, Reference);
        y2023.GetProperty("nominalGdpGrowth").GetDouble().ShouldBe(-0.0048653648807566174, Reference);
        json.GetProperty("facts")[0].GetString()!.ShouldStartWith("GDP deflator inflation was -0.58% in 2023: negative");
    }

    [Fact]
    public async Task Should_measure_the_divergence_of_the_Hang_Seng_TECH_in_dollars_by_default()
    {
        var json = await Json("macro", "--index", "HSTECH");

        var index = json.GetProperty("index");
        index.GetProperty("symbol").GetString().ShouldBe("HSTECH.HK");
        index.GetProperty("result").GetProperty("measure").GetString().ShouldBe("usDollars");
        index.GetProperty("measureReason").GetString()!.ShouldContain("quoted in HKD, not CNY");
        index.GetProperty("result").GetProperty("firstYear").GetInt32().ShouldBe(2021);
        index.GetProperty("result").GetProperty("lastYear").GetInt32().ShouldBe(2023);
        index.GetProperty("result").GetProperty("divergence").GetDouble().ShouldBe(-0.30159251248499097, Reference);
        // The preferred P/E source is lixinger's, which the reference used (erp_HSTECH equals it on every common date).
        index.GetProperty("pe").GetProperty("source").GetString().ShouldBe("hstech_pe_lixinger");
        index.GetProperty("result").GetProperty("decomposition").GetProperty("reRatingShare").GetDouble().ShouldBe(-0.3575951935189447, Reference);
    }

    [Fact]
    public async Task Should_use_local_growth_for_an_index_in_yuan_and_say_why_there_is_no_re_rating_share()
    {
        var index = (await Json("macro", "--index", "STAR50")).GetProperty("index");

        index.GetProperty("result").GetProperty("measure").GetString().ShouldBe("localCurrency");
        index.GetProperty("result").GetProperty("divergence").GetDouble().ShouldBe(-0.10249106376310202, Reference);
        index.GetProperty("result").GetProperty("decomposition").ValueKind.ShouldBe(JsonValueKind.Null);
        index.GetProperty("result").GetProperty("decompositionNote").GetString()!.ShouldContain("the first date with both is 2020-07-06");
    }

    [Fact]
    public async Task Should_list_the_countries_there_are_for_one_without_series()
    {
        var result = await Run("macro", "--country", "FR");
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("The store holds no macro series for country 'FR'; countries with macro series: CN, JP, US.");
    }

    [Fact]
    public async Task Should_refuse_an_unknown_nominal_measure()
    {
        var result = await Run("macro", "--index", "STAR50", "--nominal", "eur");
        result.ExitCode.ShouldBe(FrothApp.Usage);
    }

    [Fact]
    public async Task Should_refuse_a_span_with_a_year_without_growth()
    {
        var result = await Run("macro", "--index", "STAR50", "--to-year", "2024");
        result.ExitCode.ShouldBe(FrothApp.Failed);
        result.Error.ShouldContain("2024 lack a full-year index return or a nominal GDP growth");
    }
}
