using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Tests.Sources.Files;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class GapRuleTests
{
    [Fact]
    public void Should_report_the_1999_Chinese_New_Year_closure_in_the_Sina_file()
    {
        // prices/cn_index/sh000001_sina_1990-2026.csv: line 2043 is 1999-02-09, line 2044 is 1999-03-01.
        // Weekdays between, by hand: Feb 10–12 (3), 15–19 (5), 22–26 (5) = 13 > 10.
        var issue = PriceFiles.Read("prices/cn_index/sh000001_sina_1990-2026.csv").Issues(QualityRuleIds.Gap).ShouldHaveSingleItem();
        (issue.Line, issue.Date, issue.Severity, issue.Action).ShouldBe((2044, new DateOnly(1999, 3, 1), IssueSeverity.Info, IssueAction.Reported));
        issue.Message.ShouldContain("13 weekdays between 1999-02-09 (line 2043) and 1999-03-01");
    }

    [Fact]
    public void Should_report_the_gapped_fixture_and_follow_the_option()
    {
        Batch(Stock, Gapped, [2, 3]).Check().Issues(QualityRuleIds.Gap).ShouldHaveSingleItem().Line.ShouldBe(3);
        Batch(Stock, Gapped, [2, 3]).Check(new QualityOptions { MaxGapWeekdays = 11 }).Issues(QualityRuleIds.Gap).ShouldBeEmpty();
    }

    [Fact]
    public void Should_check_daily_scalar_series_but_not_monthly_ones()
    {
        ScalarPoint[] points = [new(Day("2024-01-01"), 1), new(Day("2024-03-01"), 2)];
        Batch(DailyPe, points).Check().Issues(QualityRuleIds.Gap).ShouldHaveSingleItem();
        Batch(DailyPe with { Frequency = Frequency.Monthly }, points).Check().Issues(QualityRuleIds.Gap).ShouldBeEmpty();
    }
}
