using System.Globalization;
using System.Text.Json;
using Froth.Baskets;
using Froth.Series;
using Froth.Testing;
using static Froth.Tests.Rally.SnapshotBars;

namespace Froth.Tests.Baskets;

/// <summary>
/// Share counts from market caps ÷ closes, read straight from the snapshot's raw files (no importer), each checked
/// against a hand computation in its comment.
/// </summary>
public sealed class ShareCountsTests
{
    // The hand figures below are written to four or five significant digits: a relative tolerance of 5e-4 covers that rounding.
    private const double HandRounding = 5e-4;

    private const double Exact = 1e-12;

    /// <summary>The <c>mc</c> of one stock in a Hong Kong day file, in HKD (the file's 亿 × 10⁸).</summary>
    private static ScalarPoint HkMarketCap(string day, string code)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(SampleData.Path($"market_cap/hk_daily/{day}.json")));
        var stock = doc.RootElement.EnumerateArray().Single(e => e.GetProperty("code").GetString() == code);
        return new ScalarPoint(D(day), stock.GetProperty("mc").GetDouble() * 1e8);
    }

    /// <summary>The closes of a yfinance <c>prices/hk</c> file (Date, Open, High, Low, Close, …).</summary>
    private static List<DailyBar> HkCloses(string file) =>
        [.. File.ReadLines(SampleData.Path($"prices/hk/{file}")).Skip(1).Select(l => l.Split(','))
            .Select(f => new DailyBar(D(f[0][..10]), double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture), double.Parse(f[3], CultureInfo.InvariantCulture), double.Parse(f[4], CultureInfo.InvariantCulture), null))];

    private static readonly string[] Days = ["2026-06-10", "2026-06-11", "2026-06-23", "2026-07-24"];

    private static ShareCountSeries Hk(string code, string file) =>
        ShareCounts.Derive(file[..^4], [.. Days.Select(d => HkMarketCap(d, code))], HkCloses(file))!;

    public sealed class Given_the_Hong_Kong_day_files
    {
        [Theory]
        // 0700.HK 2026-06-23: mc 37,780.52 亿 = 3.778052e12 HKD; close 414.79998779296875 → 9.10813e9 shares (about 9.1 bn).
        [InlineData("00700", "0700.HK.csv", "2026-06-23", 9.10813e9)]
        // 0700.HK 2026-07-24: 39,516.08 亿 ÷ 434.6000061035156 = 9.09252e9 (0.17 % fewer: the buyback).
        [InlineData("00700", "0700.HK.csv", "2026-07-24", 9.09252e9)]
        // 9988.HK 2026-06-23: 19,004.41 亿 ÷ 98.94999694824219 = 1.920607e10 (about 19.2 bn).
        [InlineData("09988", "9988.HK.csv", "2026-06-23", 1.920607e10)]
        // 1810.HK 2026-06-23: 5,845.50 亿 ÷ 22.6200008392334 = 2.584217e10 (about 25.8 bn).
        [InlineData("01810", "1810.HK.csv", "2026-06-23", 2.584217e10)]
        public void Should_divide_the_market_cap_by_the_close_of_its_day(string code, string file, string day, double hand)
        {
            var counts = Hk(code, file);

            var o = counts.Observations.Single(x => x.Date == D(day));
            o.CloseDate.ShouldBe(D(day));
            o.Shares.ShouldBe(hand, hand * HandRounding);
            (o.Shares * o.Close).ShouldBe(o.MarketCap, o.MarketCap * Exact);
        }

        [Fact]
        public void Should_hold_back_the_median_of_the_first_month_not_the_odd_first_day()
        {
            // Tencent: 06-10 → 41,277.48 亿 ÷ 465.6 = 8.8654e9 (the back-filled day that matches no close), 06-11 → 9.1082e9,
            // 06-23 → 9.1081e9, 07-24 → 9.0925e9 (34 days after 06-10, outside the 31-day window). Median of the first
            // three = 9.1081e9; 2025-01-16 is 510 days before 2026-06-10.
            var counts = Hk("00700", "0700.HK.csv");

            var at = counts.At(D("2025-01-16"));
            at.Basis.ShouldBe(ShareBasis.HeldBack);
            at.ObservedOn.ShouldBe(D("2026-06-10"));
            at.DaysAway.ShouldBe(510);
            at.Shares.ShouldBe(9.1081e9, 9.1081e9 * HandRounding);
        }

        [Fact]
        public void Should_flag_the_odd_first_day_as_a_jump_and_not_the_buyback()
        {
            // 8.8654e9 → 9.1082e9 is +2.74 % (above the 1 % threshold); 9.1081e9 → 9.0925e9 is −0.17 % (below it).
            var jump = Hk("00700", "0700.HK.csv").Jumps.ShouldHaveSingleItem();

            (jump.From, jump.To).ShouldBe((D("2026-06-10"), D("2026-06-11")));
            jump.Change.ShouldBe(0.0274, 0.0005);
        }

        [Fact]
        public void Should_carry_the_last_count_forward_and_say_how_far()
        {
            // 2026-08-21 is 28 days after the last observation, 2026-07-24.
            var at = Hk("01810", "1810.HK.csv").At(D("2026-08-21"));

            at.Basis.ShouldBe(ShareBasis.CarriedForward);
            at.DaysAway.ShouldBe(28);
        }
    }

    public sealed class Given_Cambricon_quarter_end_and_its_forward_adjusted_closes
    {
        /// <summary>A Tencent-qfq file (date, open, high, low, close, volume, amount) with its raw amount and volume.</summary>
        private static List<(DailyBar Bar, double? Amount, double Volume)> Qfq(string file) =>
            [.. File.ReadLines(SampleData.Path($"prices/cn_stocks/{file}")).Skip(1).Select(l => l.Split(','))
                .Select(f => (new DailyBar(D(f[0]), P(f[1]), P(f[2]), P(f[3]), P(f[4]), P(f[5])), f[6].Length == 0 ? (double?)null : P(f[6]), P(f[5])))];

        private static double P(string s) => double.Parse(s, CultureInfo.InvariantCulture);

        /// <summary>Tushare 688256.SH on 20241231: 27,468,654.3474 万 CNY (SOURCES.md: 2,747 亿).</summary>
        private static ScalarPoint TushareCap()
        {
            var lines = File.ReadLines(SampleData.Path("market_cap/a_quarterly/total_mv_quarterly_wide.csv")).ToList();
            var column = Array.IndexOf(lines[0].Split(','), "688256.SH");
            var row = lines.Single(l => l.StartsWith("20241231,", StringComparison.Ordinal)).Split(',');
            return new ScalarPoint(D("2024-12-31"), P(row[column]) * 1e4);
        }

        [Fact]
        public void Should_give_a_count_in_the_units_of_the_forward_adjusted_closes()
        {
            // 274,686,543,474 CNY ÷ the qfq close 440.604 = 623.43 m: not the share count, because the qfq closes of 2024
            // are scaled down by the later bonus issue; count × qfq close is the market cap all the same.
            var counts = ShareCounts.Derive("688256.SS", [TushareCap()], [.. Qfq("sh688256.csv").Select(x => x.Bar)])!;

            var o = counts.Observations.ShouldHaveSingleItem();
            o.MarketCap.ShouldBe(274_686_543_474, 1);
            o.Shares.ShouldBe(623.43e6, 623.43e6 * HandRounding);
        }

        [Fact]
        public void Should_give_the_share_count_once_the_adjustment_is_undone_with_the_raw_amount_and_volume()
        {
            // amount ÷ volume is the session's unadjusted average price (2024-12-31: 4,694,180,548 ÷ 7,021,055 = 668.58).
            // The qfq factor F = qfq price ÷ raw price: estimated per session as (high + low + close)/3 ÷ (amount ÷ volume),
            // its median over the 22 sessions of December 2024 is 0.66974 (range 0.6657–0.6790). The raw close is
            // 440.604 ÷ 0.66974 = 657.87 (the published close is 658.00), and 274,686,543,474 ÷ 657.87 = 417.54 m shares
            // (the company's registered capital at end-2024 is about 417.5 m shares).
            var qfq = Qfq("sh688256.csv");
            var factor = Froth.Statistics.Quantiles.Median(qfq
                .Where(x => x.Bar.Date.Year == 2024 && x.Bar.Date.Month == 12 && x.Amount is not null)
                .Select(x => ((x.Bar.High + x.Bar.Low + x.Bar.Close) / 3) / (x.Amount!.Value / x.Volume)))!.Value;
            factor.ShouldBe(0.66974, 0.66974 * HandRounding);
            var raw = qfq.Select(x => x.Bar with { Close = x.Bar.Close / factor }).ToList();

            var counts = ShareCounts.Derive("688256.SS", [TushareCap()], raw)!;

            counts.Observations.ShouldHaveSingleItem().Shares.ShouldBe(417.54e6, 417.54e6 * HandRounding);
        }
    }

    public sealed class Given_pathological_input
    {
        [Fact]
        public void Should_give_nothing_without_a_close_near_any_market_cap()
        {
            // The close is 6 days before the market cap: beyond MaxCloseAgeDays (5).
            ShareCounts.Derive("X", [new ScalarPoint(D("2025-01-10"), 100)], [new DailyBar(D("2025-01-04"), 1, 1, 1, 1, null)]).ShouldBeNull();
        }

        [Fact]
        public void Should_pair_a_weekend_quarter_end_with_the_friday_close()
        {
            // 2023-12-31 is a Sunday: Friday 29 Dec's close 4 → 100 ÷ 4 = 25.
            var o = ShareCounts.Derive("X", [new ScalarPoint(D("2023-12-31"), 100)], [new DailyBar(D("2023-12-29"), 4, 4, 4, 4, null)])!.Observations.ShouldHaveSingleItem();

            (o.CloseDate, o.Shares).ShouldBe((D("2023-12-29"), 25.0));
        }

        [Fact]
        public void Should_skip_non_positive_and_non_finite_market_caps()
        {
            DailyBar[] bars = [new(D("2025-01-02"), 2, 2, 2, 2, null), new(D("2025-01-03"), 2, 2, 2, 2, null)];

            ShareCounts.Derive("X", [new ScalarPoint(D("2025-01-02"), double.NaN), new ScalarPoint(D("2025-01-03"), 0)], bars).ShouldBeNull();
        }
    }
}
