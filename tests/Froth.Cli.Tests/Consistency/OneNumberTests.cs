using System.Text.Json;
using Froth.Analysis;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Reporting;
using Froth.Cli.Hosting;
using Froth.Cli.Tests.Commands.Data;
using Froth.Data.Baskets;
using Froth.Reports.Building;
using Froth.Reports.Writers;
using Froth.Testing;

namespace Froth.Cli.Tests.Consistency;

/// <summary>
/// One number, one place: for the china-ai preset and for a basket file, at three as-of dates, every figure that
/// <c>froth basket</c>, <c>froth facts</c>, <c>froth bubble psy</c> and <c>froth valuation</c> print as JSON equals the
/// report's JSON fact of the same meaning: the same double, the same dates, the same episodes. Before the analysis
/// layer, the CLI and the report each orchestrated the analytics and disagreed (china-ai YTD +100.2% vs +99.8%, a
/// five-stock basket +3.88% vs +3.7%, other PSY episodes and episode ends, no report at all for a USD basket).
/// </summary>
/// <remarks>
/// The report is built in process with one LPPLS end date instead of thirteen (the LPPLS confidence series is not a
/// figure of these four commands; everything else is the product's settings), and written by the report's own JSON
/// writer. Equality is exact: the numbers come from one computation, so any difference is a second computation.
/// </remarks>
[Collection(SnapshotCollection.Name)]
public sealed class OneNumberTests(SnapshotStore snapshot)
{
    // Equal-weighted, rebalanced monthly, in US dollars, two benchmarks with P/E: every way it differs from china-ai
    // is a sentence or a figure the report must compute rather than assume. The inception keeps the index within the
    // years where the snapshot has USD/HKD rates every week.
    private const string FiveChips = """
        {
          "name": "five-chips",
          "weighting": "equal",
          "rebalancing": "monthly",
          "reportingCurrency": "USD",
          "inception": "2019-12-31",
          "benchmarks": ["HSTECH", "STAR50"],
          "constituents": ["0981.HK", "1347.HK", "688256.SS", "688041.SS", "300308.SZ"]
        }
        """;

    public static TheoryData<string, string> Cases => new()
    {
        { "china-ai", "2025-12-31" },
        { "china-ai", "2026-03-31" },
        { "china-ai", "2026-07-10" },
        // USD/CNY ends on 2026-02-09 in the snapshot: the USD basket is asked about dates before it.
        { "five-chips", "2025-06-30" },
        { "five-chips", "2025-09-30" },
        { "five-chips", "2026-01-30" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Should_print_in_every_command_the_numbers_the_report_states(string basket, string asOf)
    {
        using var folder = new TempFolder();
        var subject = Subject(folder, basket);
        var report = Report(subject, asOf);

        var basketJson = await Json("basket", subject, "--as-of", asOf);
        var facts = await Json("facts", subject, "--as-of", asOf);
        var psy = await Json("bubble", "psy", subject, "--as-of", asOf);
        var valuation = await Json("valuation", subject, "--as-of", asOf);

        // The as-of decision is one: every command and the report read the same session.
        var date = report["basket#session"].GetString();
        foreach (var json in new[] { basketJson, facts, psy, valuation })
        {
            json.GetProperty("asOf").GetProperty("date").GetString().ShouldBe(date);
        }

        // froth facts: the index's close, returns, streaks, records and drawdown.
        var f = facts.GetProperty("facts");
        Same(report, "basket#close", f.GetProperty("close"));
        var returns = f.GetProperty("returns");
        foreach (var (name, id) in new[] { ("day", "return.day"), ("weekToDate", "return.wtd"), ("monthToDate", "return.mtd"), ("yearToDate", "return.ytd"), ("oneYear", "return.1y") })
        {
            Same(report, $"basket#{id}", returns.GetProperty(name).GetProperty("return"));
        }

        foreach (var frequency in new[] { "daily", "weekly", "monthly" })
        {
            var streak = f.GetProperty("streaks").GetProperty(frequency);
            Same(report, $"basket#streak.{frequency}", streak.GetProperty("current"));
            Same(report, $"basket#streak.{frequency}.longest", streak.GetProperty("longest"));
        }

        Same(report, "basket#drawdown", f.GetProperty("drawdown").GetProperty("fromPeak"));
        Same(report, "basket#peak", f.GetProperty("drawdown").GetProperty("peak").GetProperty("date"));
        if (f.GetProperty("records").GetProperty("highestSince") is { ValueKind: JsonValueKind.Object } highest)
        {
            Same(report, "basket#highestSince", highest.GetProperty("date"));
        }

        // froth basket: the same close and year-to-date return, breadth, contributions and the lead over each benchmark.
        Same(report, "basket#close", basketJson.GetProperty("period").GetProperty("indexFacts").GetProperty("close"));
        var period = basketJson.GetProperty("period");
        Same(report, "basket#return.ytd", period.GetProperty("return"));
        var breadth = period.GetProperty("breadth");
        Same(report, "basket#breadth.up", breadth.GetProperty("up"));
        Same(report, "basket#breadth.down", breadth.GetProperty("down"));
        Same(report, "basket#breadth.upShare", breadth.GetProperty("upShare"));
        Same(report, "basket#breadth.above200", breadth.GetProperty("above200"));
        foreach (var c in period.GetProperty("leaders").EnumerateArray().Concat(period.GetProperty("laggards").EnumerateArray()))
        {
            var symbol = c.GetProperty("symbol").GetString();
            Same(report, $"{symbol}#contribution.ytd", c.GetProperty("contribution"));
            Same(report, $"{symbol}#return.ytd.basket", c.GetProperty("return"));
        }

        foreach (var b in basketJson.GetProperty("benchmarks").EnumerateArray())
        {
            var symbol = b.GetProperty("symbol").GetString();
            Same(report, $"basket:vs:{symbol}#benchmark.ytd", b.GetProperty("return"));
            Same(report, $"basket:vs:{symbol}#difference.ytd", b.GetProperty("difference"));
        }

        // froth bubble psy: the sample, the statistics, the critical values and every episode with its end.
        var result = psy.GetProperty("result");
        Same(report, "psy#observations", psy.GetProperty("sample").GetProperty("observations"));
        Same(report, "psy#from", psy.GetProperty("sample").GetProperty("from"));
        Same(report, "psy#gsadf", result.GetProperty("statistics").GetProperty("gsadf"));
        Same(report, "psy#gsadf.cv95", result.GetProperty("criticalValues").GetProperty("gsadf").GetProperty("cv95"));
        Same(report, "psy#bsadf", result.GetProperty("last").GetProperty("bsadf"));
        Same(report, "psy#bsadf.cv95", result.GetProperty("last").GetProperty("criticalValue").GetProperty("cv95"));
        var episodes = result.GetProperty("episodes").EnumerateArray().ToList();
        episodes.Count.ShouldBe(report.Keys.Count(k => k.StartsWith("psy#episode.", StringComparison.Ordinal) && k.EndsWith(".start", StringComparison.Ordinal)));
        for (var i = 0; i < episodes.Count; i++)
        {
            var e = episodes[i];
            Same(report, $"psy#episode.{i + 1}.start", e.GetProperty("start"));
            Same(report, $"psy#episode.{i + 1}.sessions", e.GetProperty("duration"));
            Same(report, $"psy#episode.{i + 1}.peak", e.GetProperty("peakBsadf"));
            if (e.GetProperty("end").ValueKind == JsonValueKind.String)
            {
                Same(report, $"psy#episode.{i + 1}.end", e.GetProperty("end"));
            }
            else
            {
                report.ShouldNotContainKey($"psy#episode.{i + 1}.end");
            }
        }

        // froth valuation: each benchmark's P/E against its history.
        var compared = 0;
        foreach (var v in valuation.GetProperty("benchmarks").EnumerateArray())
        {
            var series = v.GetProperty("series").GetString();
            var snap = v.GetProperty("snapshot");
            var history = snap.GetProperty("history");
            Same(report, $"{series}#value", snap.GetProperty("value"));
            Same(report, $"{series}#valueDate", snap.GetProperty("valueDate"));
            foreach (var field in new[] { "percentile", "average", "median", "zScore", "observations", "windowStart" })
            {
                Same(report, $"{series}#{field}", history.GetProperty(field));
            }

            compared++;
        }

        compared.ShouldBeGreaterThan(0, "both baskets have a benchmark with a P/E");
    }

    [Fact]
    public async Task Should_date_the_same_episodes_for_a_stock_and_for_a_basket_of_that_stock_alone()
    {
        // A one-stock basket's index is 100 × close / first close, so its log differs from the stock's log close by a
        // constant: the ADF regressions have an intercept, so every BSADF is the same up to rounding, and so are the
        // episodes. Before, the report dated Cambricon's episodes on another sample, critical values and minimum duration.
        using var folder = new TempFolder();
        var path = folder.File("cambricon.json");
        File.WriteAllText(path, """{ "name": "cambricon", "benchmarks": ["CHINEXT"], "constituents": ["CAMBRICON"] }""");
        var report = Report(path, "2026-07-10");
        var psy = await Json("bubble", "psy", "CAMBRICON", "--as-of", "2026-07-10");
        // The basket's as-of policy reads its headline benchmark's last shared session: ChiNext trades to the date.
        report["basket#session"].GetString().ShouldBe("2026-07-10");

        var episodes = psy.GetProperty("result").GetProperty("episodes").EnumerateArray().ToList();
        episodes.Count.ShouldBeGreaterThan(0);
        episodes.Count.ShouldBe(report.Keys.Count(k => k.StartsWith("psy#episode.", StringComparison.Ordinal) && k.EndsWith(".start", StringComparison.Ordinal)));
        for (var i = 0; i < episodes.Count; i++)
        {
            Same(report, $"psy#episode.{i + 1}.start", episodes[i].GetProperty("start"));
            Same(report, $"psy#episode.{i + 1}.sessions", episodes[i].GetProperty("duration"));
        }

        Same(report, "psy#observations", psy.GetProperty("sample").GetProperty("observations"));
        // The shift by a constant changes the statistics in the last digits only (1e-9 is far above double rounding of
        // sums of 1,000 terms, far below the two decimals printed).
        report["psy#gsadf"].GetDouble().ShouldBe(psy.GetProperty("result").GetProperty("statistics").GetProperty("gsadf").GetDouble(), 1e-9);
    }

    [Fact]
    public void Should_describe_the_basket_actually_given_and_report_it_in_US_dollars()
    {
        // Before, any basket's report said "equal-weighted and rebalanced each quarter" and failed for a USD basket
        // with "there is no FX series CNY=X" although the store held it.
        using var folder = new TempFolder();
        using var workspace = new Workspace(new WorkspaceOptions { StorePath = snapshot.StorePath, CacheFolder = TestCache.Folder });
        var inputs = ReportQueries.Gather(workspace, BasketFile.Read(Subject(folder, "five-chips")), new DateOnly(2026, 1, 30), BubbleSettings.Default with { LpplsEndDates = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var markdown = MarkdownReportWriter.Write(ReportBuilder.Build(inputs, null));

        markdown.ShouldContain("The basket is equal-weighted and rebalanced each month; every price is converted to USD at each day's exchange rate.");
        markdown.ShouldNotContain("rebalanced each quarter");
        markdown.ShouldContain("the basket in USD, each benchmark in its own currency");
        // Five constituents: three in Hong Kong (split- and dividend-adjusted Yahoo closes), two A-shares (qfq).
        markdown.ShouldContain("the Hong Kong stock prices are adjusted for splits and dividends and the A-share prices are forward-adjusted");
        inputs.Basket.Fx.Select(f => f.Instrument.Symbol).Order(StringComparer.Ordinal).ShouldBe(["CNY=X", "HKD=X"]);
    }

    private Dictionary<string, JsonElement> Report(string subject, string asOf)
    {
        using var workspace = new Workspace(new WorkspaceOptions { StorePath = snapshot.StorePath, CacheFolder = TestCache.Folder });
        var source = File.Exists(subject) ? BasketFile.Read(subject) : BasketPresets.Load(subject);
        var inputs = ReportQueries.Gather(workspace, source, DateOnly.ParseExact(asOf, "yyyy-MM-dd"), BubbleSettings.Default with { LpplsEndDates = 1 }, cancellationToken: TestContext.Current.CancellationToken);
        var json = JsonDocument.Parse(JsonReportWriter.Write(ReportBuilder.Build(inputs, null)));
        return json.RootElement.GetProperty("facts").EnumerateArray().ToDictionary(x => x.GetProperty("id").GetString()!, x => x.GetProperty("value").Clone());
    }

    private static string Subject(TempFolder folder, string basket)
    {
        if (basket != "five-chips")
        {
            return basket;
        }

        var path = folder.File("five-chips.json");
        File.WriteAllText(path, FiveChips);
        return path;
    }

    private async Task<JsonElement> Json(params string[] args)
    {
        var result = await CliRun.RunAsync([.. args, "--store", snapshot.StorePath, "--format", "json"], new Dictionary<string, string> { ["FROTH_CACHE"] = TestCache.Folder }, time: FixedClock.Default);
        result.ExitCode.ShouldBe(FrothApp.Ok, $"froth {string.Join(' ', args)}: {result.Error}");
        return JsonDocument.Parse(result.Out).RootElement.Clone();
    }

    private static void Same(Dictionary<string, JsonElement> report, string id, JsonElement printed)
    {
        report.TryGetValue(id, out var fact).ShouldBeTrue($"the report states no fact {id}");
        if (fact.ValueKind == JsonValueKind.Number && printed.ValueKind == JsonValueKind.Number)
        {
            fact.GetDouble().ShouldBe(printed.GetDouble(), $"{id}: report {fact.GetRawText()}, command {printed.GetRawText()}");
        }
        else
        {
            fact.GetRawText().ShouldBe(printed.GetRawText(), id);
        }
    }
}
