using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Tests.Sources.Files;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class HighBelowLowRuleTests
{
    [Fact]
    public void Should_report_Tencents_2009_12_31_bar_and_keep_it()
    {
        // prices/hk/0700.HK.csv line 1380: "2009-12-31 …,28.448712139296454,28.363282031044285,28.824610978983333,28.875869750976562,13447527"
        // High 28.363… is below Low 28.824… (Yahoo's dividend adjustment of that period).
        var batch = PriceFiles.Read("prices/hk/0700.HK.csv");
        var issue = batch.Issues(QualityRuleIds.HighBelowLow).Single(i => i.Line == 1380);
        (issue.Column, issue.Value, issue.Severity, issue.Action).ShouldBe(("High", "28.363282031044285", IssueSeverity.Error, IssueAction.Reported));
        batch.Only().On("2009-12-31").Close.ShouldBe(28.875869750976562);
    }

    [Fact]
    public void Should_report_a_hand_made_bar_and_not_also_call_its_close_outside_the_range()
    {
        DailyBar[] bars = [new(Day("2024-01-02"), 10, 9, 11, 10, 1000)];
        var batch = Batch(Stock, bars, [2]).Check();
        batch.Issues(QualityRuleIds.HighBelowLow).ShouldHaveSingleItem().Message.ShouldContain("High 9 is below Low 11");
        batch.Issues(QualityRuleIds.CloseOutsideRange).ShouldBeEmpty();
        batch.Bars[0].Bars.ShouldHaveSingleItem();
    }
}
