using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Data.Tests.Sources.Files;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class VolumeScaleBreakRuleTests
{
    /// <summary>A volume that wobbles by ±30% around <paramref name="level"/>, as real daily volume does.</summary>
    private static double Wobble(int i, double level) => level * (1 + (0.3 * Math.Sin(i * 1.7)));

    public sealed class On_the_snapshot
    {
        [Fact]
        public void Should_divide_Cambricons_pre_2022_volumes_by_100()
        {
            // SOURCES.md §9: 688256 shows 285,652,800 on 2021-12-31 (line 357) vs 6,934,500 on 2022-01-04 (line 358);
            // raw Tushare gives 28,565 lots = 2,856,500 shares on 2021-12-31. 285,652,800 / 100 = 2,856,528.
            var batch = PriceFiles.Read("prices/cn_stocks/sh688256.csv");
            var s = batch.Only();
            s.On("2021-12-31").Volume.ShouldBe(2_856_528);
            s.On("2021-12-31").Volume!.Value.ShouldBe(2_856_500, 2_856_500 * TushareAgreement);
            s.On("2022-01-04").Volume.ShouldBe(6_934_500);
            s.On("2020-07-20").Volume.ShouldBe(24_237_613);

            var issue = batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem();
            (issue.Line, issue.Value, issue.Action, issue.Severity).ShouldBe((2, "2423761300", IssueAction.Corrected, IssueSeverity.Warning));
            issue.Message.ShouldContain("lines 2–357 (356 bars)");
            issue.Message.ShouldContain("divided by 100");
        }

        /// <summary>0.01%: Tushare's lots round the day's shares to 100, 28 shares here.</summary>
        private const double TushareAgreement = 1e-4;

        [Fact]
        public void Should_multiply_the_main_boards_2024_lots_by_100()
        {
            // prices/cn_stocks/sz300308.csv: line 2266 "2023-12-29,…,24104700.0,2718458839.0",
            // line 2267 "2024-01-02,…,147911.0,1658786396.0". Amount ÷ volume is the day's average price in CNY:
            // 2,718,458,839 / 24,104,700 = 112.78 before the break; with 147,911 × 100 shares,
            // 1,658,786,396 / 14,791,100 = 112.15 after it (without the correction, 11,215).
            var s = PriceFiles.Read("prices/cn_stocks/sz300308.csv").Only();
            s.On("2024-01-02").Volume.ShouldBe(14_791_100);
            s.On("2023-12-29").Volume.ShouldBe(24_104_700);
            var before = 2_718_458_839 / s.On("2023-12-29").Volume!.Value;
            var after = 1_658_786_396 / s.On("2024-01-02").Volume!.Value;
            after.ShouldBe(before, before * OneDayPriceMove);
        }

        /// <summary>10%: the average price of two consecutive days differs by about the day's move (the close moved 2%).</summary>
        private const double OneDayPriceMove = 0.10;

        [Fact]
        public void Should_divide_a_six_row_tail_written_in_another_unit()
        {
            // prices/cn_stocks/sh688012.csv line 1694 "2026-07-28,…,25435793.0,…", line 1695 "2026-07-29,…,3782870300.0,".
            var batch = PriceFiles.Read("prices/cn_stocks/sh688012.csv");
            batch.Only().On("2026-07-29").Volume.ShouldBe(37_828_703);
            batch.Only().On("2026-07-28").Volume.ShouldBe(25_435_793);
            batch.Issues(QualityRuleIds.VolumeScaleBreak).Select(i => i.Line).ShouldBe([2, 1695]);
        }

        [Fact]
        public void Should_only_report_the_step_of_the_spliced_index()
        {
            // sh000682 uses ChiNext (sz399006) volumes before 2021-08-16 (DATA_MANIFEST.json): line 1857 166,107,673,
            // line 1858 2,063,474. An index's volume is never rescaled.
            var batch = PriceFiles.Read("prices/cn_stocks/sh000682.csv");
            var issue = batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem();
            (issue.Line, issue.Action, issue.Severity).ShouldBe((1858, IssueAction.Reported, IssueSeverity.Error));
            batch.Only().On("2021-08-13").Volume.ShouldBe(166_107_673);
        }

        [Fact]
        public void Should_only_report_a_first_stretch_below_the_rest()
        {
            // prices/hk/0268.HK.csv: volumes of a few hundred thousand before 2007-11, hundreds of times larger after.
            var batch = PriceFiles.Read("prices/hk/0268.HK.csv");
            var issue = batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem();
            issue.Action.ShouldBe(IssueAction.Reported);
            issue.Message.ShouldContain("new listing");
            batch.Only().On("2007-12-03").Volume.ShouldBe(720000);
        }
    }

    public sealed class On_fixtures
    {
        [Fact]
        public void Should_rescale_a_shorter_earlier_stretch_100_times_too_large()
        {
            var bars = Weekdays("2020-01-01", 300, i => 10 + (i % 7), i => Wobble(i, 1e6) * (i < 100 ? 100 : 1));
            var batch = Batch(Stock, bars).Check();
            var volumes = batch.Bars[0].Bars.Select(b => b.Volume!.Value).ToList();
            for (var i = 0; i < 300; i++)
            {
                volumes[i].ShouldBe(Wobble(i, 1e6), Wobble(i, 1e6) * 1e-12);
            }

            var issue = batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem();
            (issue.Date, issue.Action).ShouldBe((bars[0].Date, IssueAction.Corrected));
        }

        [Fact]
        public void Should_rescale_a_later_stretch_in_lots()
        {
            var bars = Weekdays("2020-01-01", 300, i => 10 + (i % 7), i => Wobble(i, 1e6) / (i is >= 150 and < 250 ? 100 : 1));
            var batch = Batch(Stock, bars).Check();
            batch.Bars[0].Bars[200].Volume!.Value.ShouldBe(Wobble(200, 1e6), 1e-6);
            batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem().Message.ShouldContain("multiplied by 100");
        }

        [Fact]
        public void Should_only_report_a_step_that_is_not_a_power_of_ten()
        {
            var bars = Weekdays("2020-01-01", 300, i => 10 + (i % 7), i => Wobble(i, 1e6) * (i < 100 ? 40 : 1));
            var batch = Batch(Stock, bars).Check();
            batch.Bars[0].Bars[0].Volume.ShouldBe(bars[0].Volume);
            var issue = batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem();
            issue.Action.ShouldBe(IssueAction.Reported);
            issue.Message.ShouldContain("not close to a power of ten");
            batch.BarLines.ShouldBeNull();
        }

        [Fact]
        public void Should_only_report_an_index()
        {
            var bars = Weekdays("2020-01-01", 300, i => 10 + (i % 7), i => Wobble(i, 1e6) * (i < 100 ? 100 : 1));
            var batch = Batch(QualityFixtures.Index, bars).Check();
            batch.Bars[0].Bars[0].Volume.ShouldBe(bars[0].Volume);
            batch.Issues(QualityRuleIds.VolumeScaleBreak).ShouldHaveSingleItem().Action.ShouldBe(IssueAction.Reported);
        }

        [Fact]
        public void Should_ignore_a_new_listings_limit_locked_days()
        {
            // Ten flat bars (open = high = low = close: locked at the limit) with a thousandth of the later volume.
            var bars = Weekdays("2020-01-01", 200, i => 10 + (i % 7), i => Wobble(i, 1e6));
            for (var i = 0; i < 10; i++)
            {
                bars[i] = new DailyBar(bars[i].Date, 5 + i, 5 + i, 5 + i, 5 + i, 1000);
            }

            Batch(Stock, bars).Check().Issues(QualityRuleIds.VolumeScaleBreak).ShouldBeEmpty();
        }

        [Fact]
        public void Should_leave_steady_volume_alone()
        {
            var bars = Weekdays("2020-01-01", 300, i => 10 + (i % 7), i => Wobble(i, 1e6) * (1 + (i / 100.0)));
            Batch(Stock, bars).Check().Issues(QualityRuleIds.VolumeScaleBreak).ShouldBeEmpty();
        }

        [Fact]
        public void Should_not_look_at_series_too_short_to_have_two_stretches()
        {
            Batch(Stock, OneBar).Check().Issues.ShouldBeEmpty();
        }
    }
}
