using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Tests.Sources.Files;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class StaleRunRuleTests
{
    [Fact]
    public void Should_report_Yahoos_forward_filled_1999_Chinese_New_Year()
    {
        // reference/000001.SS_yahoo_1990-2018.csv lines 2127–2139: 1999-02-10 … 1999-02-26, 13 rows all
        // "1090.089966" while the exchange was closed (Sina has no rows there); line 2126 closes at 1090.087036.
        var batch = PriceFiles.Read("reference/000001.SS_yahoo_1990-2018.csv");
        var issue = batch.Issues(QualityRuleIds.StaleRun).Single(i => i.Date == new DateOnly(1999, 2, 10));
        (issue.Line, issue.Column, issue.Value, issue.Severity, issue.Action).ShouldBe((2127, "Close", "1090.089966", IssueSeverity.Error, IssueAction.Reported));
        issue.Message.ShouldContain("13 consecutive observations (1999-02-10 to 1999-02-26, lines 2127–2139)");
        batch.Only().On("1999-02-17").Close.ShouldBe(1090.089966);
    }

    [Fact]
    public void Should_report_a_PE_that_repeats_its_last_value_like_erp_HSTECH()
    {
        // Mimics valuation/erp_HSTECH.csv: PE 30.3865, 31.5934, 31.1347 on 2026-04-15/16/17, then 31.3796 from
        // 2026-04-20 to the end (2026-07-07). Here every weekday from Monday 2026-04-20 to Tuesday 2026-07-07
        // carries 31.3796: 11 weeks (55 weekdays) to Friday 2026-07-03, plus 07-06 and 07-07 = 57 points.
        var points = new List<ScalarPoint> { new(Day("2026-04-15"), 30.3865), new(Day("2026-04-16"), 31.5934), new(Day("2026-04-17"), 31.1347) };
        for (var d = Day("2026-04-20"); d <= Day("2026-07-07"); d = d.AddDays(1))
        {
            if (d.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday))
            {
                points.Add(new ScalarPoint(d, 31.3796));
            }
        }

        var issue = Batch(DailyPe, points).Check().Issues(QualityRuleIds.StaleRun).ShouldHaveSingleItem();
        (issue.Date, issue.Column, issue.Value, issue.Symbol).ShouldBe((new DateOnly(2026, 4, 20), "Value", "31.3796", "TEST:PE"));
        issue.Message.ShouldContain("57 consecutive observations (2026-04-20 to 2026-07-07)");
    }

    [Fact]
    public void Should_name_the_file_lines_of_the_stale_PE_in_erp_HSTECH()
    {
        // valuation/erp_HSTECH.csv line 5098: "2026-04-20,0.017627,31.3796,…"; line 5151, the last, is 2026-07-07
        // with the same PE 31.3796. Scalar layouts record each point's line, so the issue names both ends.
        var batch = SourceReader.ReadFile(Froth.Testing.SampleData.Path("valuation/erp_HSTECH.csv"));
        var issue = batch.Issues.Single(i => i.Rule == QualityRuleIds.StaleRun && i.Symbol == "HSTECH.HK:PE");
        (issue.Date, issue.Line, issue.Value).ShouldBe((new DateOnly(2026, 4, 20), 5098, "31.3796"));
        issue.Message.ShouldContain("lines 5098–5151");
    }

    [Fact]
    public void Should_report_the_constant_fixture_only_from_the_configured_length()
    {
        Batch(Stock, Constant).Check().Issues(QualityRuleIds.StaleRun).ShouldHaveSingleItem().Message.ShouldContain("12 consecutive");
        Batch(Stock, Constant).Check(new QualityOptions { StaleRunLength = 13 }).Issues(QualityRuleIds.StaleRun).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_report_nine_equal_closes()
    {
        Batch(Stock, Weekdays("2024-01-01", 9, _ => 10, _ => 1000)).Check().Issues(QualityRuleIds.StaleRun).ShouldBeEmpty();
    }
}
