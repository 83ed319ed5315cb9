using Froth.Data.Quality;
using Froth.Data.Tests.Sources.Files;
using Froth.Series;
using static Froth.Data.Tests.Quality.QualityFixtures;

namespace Froth.Data.Tests.Quality;

public sealed class CloseOutsideRangeRuleTests
{
    [Fact]
    public void Should_report_the_two_Stooq_bars_a_cent_outside_their_range()
    {
        // prices/us/NDX_stooq_1938-2026-05.csv line 19402: "2012-10-09,2781.82,2781.81,2736.98,2741.92,…" (open above high);
        // line 20604: "2017-07-21,5905.59,5921.52,5890.25,5921.53,…" (close above high).
        var issues = PriceFiles.Read("prices/us/NDX_stooq_1938-2026-05.csv").Issues(QualityRuleIds.CloseOutsideRange);
        issues.Select(i => (i.Line, i.Column, i.Value)).ShouldBe([(19402, "Open", "2781.82"), (20604, "Close", "5921.53")]);
    }

    [Fact]
    public void Should_not_report_float_rounding()
    {
        // prices/hk/2382.HK.csv line 632: close 0.9386656284332275 vs high 0.9386656284332274, one part in 10¹⁶.
        PriceFiles.Read("prices/hk/2382.HK.csv").Issues(QualityRuleIds.CloseOutsideRange).ShouldNotContain(i => i.Line == 632);
    }

    [Theory]
    [InlineData(10.5, 11.00002, true)]
    [InlineData(10.5, 11.00001, false)]
    [InlineData(8.99, 10.0, true)]
    [InlineData(9.0, 11.0, false)]
    public void Should_allow_one_part_in_a_million_of_the_bound(double open, double close, bool reported)
    {
        // High 11, low 9. Hand computation: 11 × (1 + 10⁻⁶) = 11.000011, so a close of 11.00001 is rounding and
        // 11.00002 is not; an open of 8.99 is 0.01 below a low of 9, far beyond 9 × 10⁻⁶.
        DailyBar[] bars = [new(Day("2024-01-02"), open, 11, 9, close, 1000)];
        Batch(Stock, bars).Check().Issues(QualityRuleIds.CloseOutsideRange).Count.ShouldBe(reported ? 1 : 0);
    }
}
