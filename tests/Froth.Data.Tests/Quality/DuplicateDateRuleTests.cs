using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Tests.Sources.Files;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class DuplicateDateRuleTests
{
    public sealed class On_the_STAR_50_file
    {
        // SOURCES.md §9: "two rows for 2025-04-18 with identical prices but different volume/amount (3000960 vs
        // 18674226) — the larger looks like the full-day figure". They are lines 1284 and 1285 of the file.
        private static readonly ImportBatch Batch = PriceFiles.Read("prices/cn_index/sh000688_star50_2019-2026.csv");

        [Fact]
        public void Should_keep_the_row_with_the_full_day_volume()
        {
            var s = Batch.Only();
            s.On("2025-04-18").Volume.ShouldBe(18674226);
            Batch.LineOf(s, "2025-04-18").ShouldBe(1285);
        }

        [Fact]
        public void Should_report_both_lines()
        {
            var issues = Batch.Issues(QualityRuleIds.DuplicateDate);
            var dropped = issues.Single(i => i.Action == IssueAction.Skipped);
            (dropped.Line, dropped.Severity, dropped.Date, dropped.Symbol).ShouldBe((1284, IssueSeverity.Warning, new DateOnly(2025, 4, 18), "000688.SS"));
            dropped.Message.ShouldContain("volume 3000960");
            var kept = issues.Single(i => i.Action == IssueAction.Reported);
            (kept.Line, kept.Severity).ShouldBe((1285, IssueSeverity.Info));
            kept.Message.ShouldContain("line 1284, line 1285");
        }
    }

    public sealed class On_fixtures
    {
        [Fact]
        public void Should_keep_the_larger_volume()
        {
            var batch = Batch(Stock, Duplicated, [2, 3, 4, 5]).Check();
            batch.Bars[0].Bars.Select(b => b.Volume).ShouldBe([1000, 1200, 1000]);
            batch.BarLines![0].ShouldBe([2, 4, 5]);
        }

        [Fact]
        public void Should_keep_the_first_of_identical_rows()
        {
            var batch = Batch(Stock, [Bar("2024-01-02", 10), Bar("2024-01-02", 10)], [7, 9]).Check();
            batch.BarLines![0].ShouldBe([7]);
            batch.Issues(QualityRuleIds.DuplicateDate).Single(i => i.Action == IssueAction.Skipped).Message.ShouldContain("identical");
        }

        [Fact]
        public void Should_keep_the_later_row_when_volumes_tie()
        {
            var batch = Batch(Stock, [Bar("2024-01-02", 10, 500), Bar("2024-01-02", 10.2, 500)], [7, 9]).Check();
            batch.Bars[0].Bars.ShouldHaveSingleItem().Close.ShouldBe(10.2);
            batch.BarLines![0].ShouldBe([9]);
        }

        [Fact]
        public void Should_keep_the_later_scalar_point()
        {
            ScalarPoint[] points = [new(Day("2024-01-02"), 30.1), new(Day("2024-01-02"), 30.4)];
            var batch = Batch(DailyPe, points, [2, 3]).Check();
            batch.Scalars[0].Points.ShouldHaveSingleItem().Value.ShouldBe(30.4);
            batch.Issues(QualityRuleIds.DuplicateDate).Single(i => i.Action == IssueAction.Skipped).Line.ShouldBe(2);
        }

        [Fact]
        public void Should_report_without_lines_when_the_source_has_none()
        {
            var batch = Batch(Stock, Duplicated).Check();
            batch.Issues(QualityRuleIds.DuplicateDate).ShouldAllBe(i => i.Line == null);
            batch.BarLines.ShouldBeNull();
        }
    }
}
