using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;
using Froth.Testing;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class SeriesBreakRuleTests
{
    private static ImportBatch Pe(params double[] values) =>
        Batch(DailyPe, [.. values.Select((v, i) => new ScalarPoint(Day("2026-04-13").AddDays(i), v))]);

    [Fact]
    public void Should_report_a_jump_that_falls_back_to_the_value_before_it()
    {
        // The shape of the Nasdaq-100 P/E of the ERP monitor: 37.14, 37.62, then 31.06 (−17.4 %), then 37.62 again.
        var issue = Pe(37.14, 37.62, 31.06, 37.62, 35.15).Check().Issues(QualityRuleIds.SeriesBreak).ShouldHaveSingleItem();
        (issue.Date, issue.Value, issue.Severity, issue.Action, issue.Symbol).ShouldBe((Day("2026-04-15"), "31.06", IssueSeverity.Warning, IssueAction.Reported, "TEST:PE"));
        issue.Message.ShouldBe("Series break on 2026-04-15: 37.62 on 2026-04-14 (an unknown line) to 31.06 (-17.4%), and back to exactly 37.62 on 2026-04-16: a change of source patched with the old source's last value. Kept as written; statistics across 2026-04-15 mix two sources.");
    }

    [Fact]
    public void Should_keep_every_row()
    {
        Pe(37.14, 37.62, 31.06, 37.62, 35.15).Check().Scalars.Single().Points.Count.ShouldBe(5);
    }

    [Fact]
    public void Should_not_report_a_step_that_stays_like_an_earnings_update()
    {
        // GuruFocus's trailing P/E steps at quarter-ends (2009-12-30 38.44 → 2009-12-31 20.09) and moves on from there.
        Pe(38.44, 38.5, 20.09, 20.3, 20.1, 20.2, 20.4, 20.5, 38.5).Check().Issues(QualityRuleIds.SeriesBreak).ShouldBeEmpty();
    }

    [Fact]
    public void Should_not_report_a_small_move_that_returns()
    {
        Pe(30, 31, 30, 31, 30).Check().Issues(QualityRuleIds.SeriesBreak).ShouldBeEmpty();
    }

    [Fact]
    public void Should_leave_yields_and_other_units_alone()
    {
        // A 10-year yield of 0.75 % moving to 0.66 % and back (the US10Y of June 2020) is ordinary.
        var yield = new Instrument("US:BOND_YIELD_10Y", "yield", InstrumentKind.Macro, "US", null) { Unit = "fraction" };
        Batch(yield, [new ScalarPoint(Day("2020-06-10"), 0.0075), new ScalarPoint(Day("2020-06-11"), 0.0066), new ScalarPoint(Day("2020-06-12"), 0.0075)])
            .Check().Issues(QualityRuleIds.SeriesBreak).ShouldBeEmpty();
    }

    [Theory]
    [InlineData(new double[0])]
    [InlineData(new[] { 10.0 })]
    [InlineData(new[] { 10.0, 10.0, 10.0 })]
    [InlineData(new[] { 10.0, double.NaN, 10.0 })]
    [InlineData(new[] { -5.0, 20.0, -5.0 })]
    public void Should_find_nothing_in_pathological_series(double[] values)
    {
        Pe(values).Check().Issues(QualityRuleIds.SeriesBreak).ShouldBeEmpty();
    }

    [Fact]
    public void Should_find_no_break_in_the_snapshot_s_other_P_E_series()
    {
        // Only the Nasdaq-100 file has a source change patched this way; the HSTECH and STAR 50 P/Es do not.
        foreach (var file in new[] { "valuation/erp_HSTECH.csv", "valuation/erp_000688_star50.csv", "valuation/hstech_pe_lixinger.csv" })
        {
            SourceReader.ReadFile(SampleData.Path(file)).Issues.Where(i => i.Rule == QualityRuleIds.SeriesBreak).ShouldBeEmpty(file);
        }
    }
}
