using System.Text.Json;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Store;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Quality;

public sealed class CrossSectionRuleTests
{
    private static ImportBatch Day(string date, string family, params (string Symbol, double Value)[] values)
    {
        var day = DateOnly.ParseExact(date, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var series = values.Select(v => new ScalarSeries(new Instrument(v.Symbol, v.Symbol, InstrumentKind.Valuation, "HK", null) { Unit = "HKD" }, "days", [new ScalarPoint(day, v.Value)])).ToList();
        return new ImportBatch(new SourceDocument($"/days/{date}.json", "test", date, 0), [], series, []) { CrossSection = new CrossSection(family, day) };
    }

    private static (string, double)[] Stocks(int n, Func<int, double> value) => [.. Enumerable.Range(0, n).Select(i => ($"{i:0000}.HK:MARKET_CAP", value(i)))];

    [Fact]
    public void Should_leave_out_a_day_that_repeats_the_day_before()
    {
        // Day 2 repeats day 1 for 19 of 20 stocks (95 %); day 3 moves every stock.
        var batches = CrossSectionRule.Apply(
            [Day("2026-06-11", "f", Stocks(20, i => i)), Day("2026-06-12", "f", Stocks(20, i => i == 0 ? 99 : i)), Day("2026-06-15", "f", Stocks(20, i => i + 0.5))],
            QualityOptions.Default);

        batches[0].Scalars.Count.ShouldBe(20);
        batches[1].Scalars.ShouldBeEmpty();
        batches[2].Scalars.Count.ShouldBe(20);
        var issues = batches[1].Issues.Where(i => i.Rule == QualityRuleIds.RepeatedCrossSection).ToList();
        issues.Count.ShouldBe(20);
        issues.ShouldAllBe(i => i.Action == IssueAction.Skipped && i.Date == new DateOnly(2026, 6, 12));
        issues[0].Message.ShouldStartWith("The cross-section of 2026-06-12 repeats 2026-06-11's values for 19 of the 20 series both days hold (95.0%)");
    }

    [Fact]
    public void Should_compare_the_next_day_with_the_last_day_kept()
    {
        // Day 2 repeats day 1 and is dropped; day 3 repeats day 1 as well, so it is dropped too.
        var batches = CrossSectionRule.Apply(
            [Day("2026-06-11", "f", Stocks(20, i => i)), Day("2026-06-12", "f", Stocks(20, i => i)), Day("2026-06-15", "f", Stocks(20, i => i))],
            QualityOptions.Default);
        batches.Select(b => b.Scalars.Count).ShouldBe([20, 0, 0]);
    }

    [Fact]
    public void Should_keep_an_ordinary_day_where_a_third_of_the_stocks_did_not_trade()
    {
        var batches = CrossSectionRule.Apply([Day("2026-06-11", "f", Stocks(30, i => i)), Day("2026-06-12", "f", Stocks(30, i => i % 3 == 0 ? i : i + 1))], QualityOptions.Default);
        batches[1].Scalars.Count.ShouldBe(30);
    }

    [Fact]
    public void Should_not_compare_families_documents_without_cross_sections_or_tiny_days()
    {
        var other = new ImportBatch(new SourceDocument("/x.csv", "t", "h", 0), [], [], []);
        var batches = CrossSectionRule.Apply(
            [Day("2026-06-11", "a", Stocks(20, i => i)), Day("2026-06-12", "b", Stocks(20, i => i)), other, Day("2026-06-11", "c", Stocks(3, i => i)), Day("2026-06-12", "c", Stocks(3, i => i))],
            QualityOptions.Default);
        batches.Select(b => b.Scalars.Count).ShouldBe([20, 20, 0, 3, 3]);
        batches[2].ShouldBeSameAs(other);
    }

    [Fact]
    public void Should_find_the_two_repeated_days_of_the_Hong_Kong_snapshot()
    {
        // SOURCES.md §13: 2026-06-11 and 06-12 are identical (back-filled), 2026-07-01 (a holiday) mostly repeats 06-30.
        // Read here from the files: the share of stocks whose mc and pe both equal the previous file's.
        var folder = SampleData.Path("market_cap/hk_daily");
        var files = Directory.GetFiles(folder, "2026-*.json").Order(StringComparer.Ordinal).ToList();
        files.Count.ShouldBe(27);
        Dictionary<string, (double, double)> Read(string f)
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(f));
            return doc.RootElement.EnumerateArray().ToDictionary(e => e.GetProperty("code").GetString()!, e => (e.GetProperty("mc").GetDouble(), e.GetProperty("pe").GetDouble()));
        }

        var repeated = new List<string>();
        var kept = Read(files[0]);
        foreach (var f in files.Skip(1))
        {
            var day = Read(f);
            var common = day.Keys.Where(kept.ContainsKey).ToList();
            var equal = common.Count(c => kept[c].Item1 == day[c].Item1) + common.Count(c => kept[c].Item2 == day[c].Item2);
            if (equal >= 0.9 * 2 * common.Count)
            {
                repeated.Add(Path.GetFileNameWithoutExtension(f));
            }
            else
            {
                kept = day;
            }
        }

        repeated.ShouldBe(["2026-06-12", "2026-07-01"]);

        var input = ImportPipeline.Read([folder]);
        var dropped = input.Batches.Where(b => b.Scalars.Count == 0).Select(b => Path.GetFileNameWithoutExtension(b.Document.Location)).ToList();
        dropped.ShouldBe(repeated);
        input.Skipped.ShouldHaveSingleItem().Path.ShouldEndWith("manifest.json");
    }
}
