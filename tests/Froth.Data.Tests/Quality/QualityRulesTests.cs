using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class QualityRulesTests
{
    [Fact]
    public void Should_leave_one_good_bar_alone()
    {
        var batch = Batch(Stock, OneBar, [2]).Check();
        batch.Issues.ShouldBeEmpty();
        batch.Bars[0].Bars.ShouldBe(OneBar);
    }

    [Fact]
    public void Should_drop_an_empty_series()
    {
        var batch = Batch(Stock, NoBars, []).Check();
        batch.Bars.ShouldBeEmpty();
        batch.Issues.ShouldBeEmpty();
    }

    [Fact]
    public void Should_say_what_it_did_with_every_bad_value_of_the_NaN_laden_fixture()
    {
        var batch = Batch(Stock, NaNLaden, [2, 3, 4, 5, 6, 7]).Check();
        batch.Bars[0].Bars.Select(b => b.Date.Day).ShouldBe([2, 5, 8, 9]);
        batch.BarLines![0].ShouldBe([2, 5, 6, 7]);
        batch.Bars[0].Bars[1].Volume.ShouldBeNull();
        batch.Bars[0].Bars[2].Volume.ShouldBeNull();
        batch.Issues(QualityRuleIds.NonPositivePrice).Select(i => (i.Line, i.Column)).ShouldBe([(3, "Open"), (4, "High")]);
        batch.Issues(QualityRuleIds.NonFiniteValue).Select(i => (i.Line, i.Value)).ShouldBe([(5, "NaN"), (6, "-5")]);
    }

    [Fact]
    public void Should_leave_out_non_finite_scalar_values()
    {
        ScalarPoint[] points = [new(Day("2024-01-02"), 1), new(Day("2024-01-03"), double.NaN), new(Day("2024-01-04"), -2)];
        var batch = Batch(DailyPe, points, [2, 3, 4]).Check();
        batch.Scalars[0].Points.Select(p => p.Value).ShouldBe([1, -2]);
        batch.ScalarLines![0].ShouldBe([2, 4]);
        batch.Issues(QualityRuleIds.NonFiniteValue).ShouldHaveSingleItem().Line.ShouldBe(3);
    }

    [Fact]
    public void Should_sort_a_series_a_layout_left_unsorted()
    {
        var batch = Batch(Stock, [Bar("2024-01-03", 11), Bar("2024-01-02", 10)], [3, 2]).Check();
        batch.Bars[0].Bars.Select(b => b.Close).ShouldBe([10, 11]);
        batch.BarLines![0].ShouldBe([2, 3]);
    }

    [Fact]
    public void Should_keep_the_issues_already_in_the_batch()
    {
        var earlier = new DataIssue("empty-row", IssueSeverity.Info, Location, 9, null, "x", "m", IssueAction.Skipped);
        var batch = (Batch(Stock, OneBar) with { Issues = [earlier] }).Check();
        batch.Issues.ShouldBe([earlier]);
    }

    [Fact]
    public void Should_refuse_lines_that_do_not_match_the_rows()
    {
        Should.Throw<ArgumentException>(() => Batch(Stock, Duplicated, [2, 3]).Check()).Message.ShouldContain("BarLines[0]");
    }

    [Fact]
    public void Should_validate_the_options()
    {
        Should.Throw<FrothException>(() => Batch(Stock, OneBar).Check(new QualityOptions { MaxGapWeekdays = 0 }))
            .Message.ShouldBe("Quality option MaxGapWeekdays is 0; expected a whole number of weekdays of at least 1.");
        Should.Throw<FrothException>(() => new QualityOptions { StaleRunLength = 1 }.Validate()).Message.ShouldContain("StaleRunLength");
        Should.Throw<FrothException>(() => new QualityOptions { VolumeBreakMinFactor = 1 }.Validate()).Message.ShouldContain("above 1");
        Should.Throw<FrothException>(() => new QualityOptions { VolumeBreakWindow = 1 }.Validate()).Message.ShouldContain("VolumeBreakWindow");
        Should.Throw<FrothException>(() => new QualityOptions { VolumeBreakMinSegment = 21 }.Validate()).Message.ShouldContain("1 to VolumeBreakWindow (20)");
        Should.Throw<FrothException>(() => new QualityOptions { SeriesBreakMinJump = 0 }.Validate()).Message.ShouldContain("SeriesBreakMinJump");
        Should.Throw<FrothException>(() => new QualityOptions { SeriesBreakReturnWindow = 0 }.Validate()).Message.ShouldContain("SeriesBreakReturnWindow");
        Should.Throw<FrothException>(() => new QualityOptions { RepeatedCrossSectionShare = 1.5 }.Validate()).Message.ShouldContain("RepeatedCrossSectionShare");
        QualityOptions.Default.Validate();
    }
}
