using System.Text;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Tests.Sources.Files;
using Froth.Testing;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class NonPositivePriceRuleTests
{
    [Fact]
    public void Should_leave_out_a_zero_close_in_a_real_file()
    {
        // The snapshot has no non-positive price (checked over every price file), so this takes JD.csv and sets
        // the close of line 3 (2021-04-13, Close 78.80000305175781) to 0.
        var path = SampleData.Path("prices/us/JD.csv");
        var text = File.ReadAllText(path).Replace("2021-04-13,69.04209899902344,78.80000305175781,", "2021-04-13,69.04209899902344,0,", StringComparison.Ordinal);
        var batch = SourceReader.Read(new SourceInput(path, Encoding.UTF8.GetBytes(text)));
        var raw = batch.Source("JD");
        raw.Bars.Count.ShouldBe(1255);
        raw.Bars.ShouldNotContain(b => b.Date == new DateOnly(2021, 4, 13));
        var issue = batch.Issues(QualityRuleIds.NonPositivePrice).First(i => i.Line == 3);
        (issue.Column, issue.Value, issue.Action, issue.Severity).ShouldBe(("Close", "0", IssueAction.Skipped, IssueSeverity.Warning));
        batch.Source("JD-adj").Bars.Count.ShouldBe(1255);
        batch.Issues(Froth.Data.Sources.Files.PriceIssueRules.BadAdjClose).ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public void Should_leave_out_zero_negative_and_NaN_prices_and_keep_the_lines_aligned()
    {
        Froth.Series.DailyBar[] bars =
        [
            Bar("2024-01-02", 10),
            Bar("2024-01-03", 0),
            new(Day("2024-01-04"), -1, 11, 9, 10, 1000),
            Bar("2024-01-05", 11),
        ];
        var batch = Batch(Stock, bars, [2, 3, 4, 5]).Check();
        batch.Bars[0].Bars.Select(b => b.Close).ShouldBe([10, 11]);
        batch.BarLines![0].ShouldBe([2, 5]);
        batch.Issues(QualityRuleIds.NonPositivePrice).Select(i => (i.Line, i.Column)).ShouldBe([(3, "Open"), (4, "Open")]);
    }

    [Fact]
    public void Should_drop_a_series_with_no_positive_price_and_keep_its_issues()
    {
        var batch = Batch(Stock, [Bar("2024-01-02", 0)], [2]).Check();
        batch.Bars.ShouldBeEmpty();
        batch.BarLines!.ShouldBeEmpty();
        batch.Issues(QualityRuleIds.NonPositivePrice).ShouldHaveSingleItem().Line.ShouldBe(2);
    }
}
