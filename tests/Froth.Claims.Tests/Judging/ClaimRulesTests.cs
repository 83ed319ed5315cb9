using Froth.Claims.Judging;

namespace Froth.Claims.Tests.Judging;

/// <summary>The rules table of docs/claims.md, each boundary computed by hand in the comments.</summary>
public sealed class ClaimRulesTests
{
    private static StatedFigure Up(double x, int decimals, Hedge hedge = Hedge.None) => new(x, decimals, hedge, 1);

    public sealed class Figure
    {
        [Theory]
        // "rose 0.9%": half a unit of the last digit is 0.05, so 0.9 covers [0.85, 0.95).
        [InlineData(0.85, true)]
        [InlineData(0.9499, true)]
        [InlineData(0.95, false)]
        [InlineData(0.8499, false)]
        public void Should_cover_half_a_unit_either_side_of_a_plain_figure(double computed, bool supported) =>
            ClaimRules.Figure(Up(0.9, 1), computed).Supported.ShouldBe(supported);

        [Fact]
        public void Should_contradict_a_fall_that_was_a_rise() =>
            ClaimRules.Figure(new StatedFigure(2.4, 1, Hedge.None, -1), 2.37).Supported.ShouldBeFalse();

        [Theory]
        // "about 12%": max(0.5, 1.2) = 1.2, so [10.8, 13.2]; "about 5%": max(0.5, 0.5) = 0.5, so [4.5, 5.5].
        [InlineData(12, 11.59, true)]
        [InlineData(12, 10.79, false)]
        [InlineData(5, 5.11, true)]
        [InlineData(5, 5.51, false)]
        public void Should_allow_the_larger_of_half_a_unit_and_ten_percent_for_about(double x, double computed, bool supported) =>
            ClaimRules.Figure(Up(x, 0, Hedge.About), computed).Supported.ShouldBe(supported);

        [Theory]
        // "nearly 4%": [0.9 × 4, 4 + 0.5] = [3.6, 4.5].
        [InlineData(3.78, true)]
        [InlineData(3.59, false)]
        [InlineData(4.5, true)]
        [InlineData(4.51, false)]
        public void Should_read_nearly_as_just_below_or_at_the_figure(double computed, bool supported) =>
            ClaimRules.Figure(Up(4, 0, Hedge.Nearly), computed).Supported.ShouldBe(supported);

        [Fact]
        public void Should_need_more_than_the_figure_for_more_than()
        {
            // SMIC "up more than 150% this year": +136.6% is not.
            ClaimRules.Figure(Up(150, 0, Hedge.MoreThan), 136.6).Supported.ShouldBeFalse();
            ClaimRules.Figure(Up(150, 0, Hedge.MoreThan), 150.01).Supported.ShouldBeTrue();
            ClaimRules.Figure(Up(150, 0, Hedge.LessThan), 136.6).Supported.ShouldBeTrue();
            ClaimRules.Figure(Up(150, 0, Hedge.AtLeast), 150).Supported.ShouldBeTrue();
        }
    }

    public sealed class Words
    {
        [Theory]
        // "doubled": the ratio within 10% of 2, [1.8, 2.2].
        [InlineData(2.15, true)]
        [InlineData(2.21, false)]
        [InlineData(1.8, true)]
        public void Should_read_doubled_as_a_ratio_near_two(double ratio, bool supported) =>
            ClaimRules.Ratio(2, Hedge.None, ratio).Supported.ShouldBe(supported);

        [Fact]
        public void Should_read_more_than_doubled_as_a_ratio_above_two() =>
            ClaimRules.Ratio(2, Hedge.MoreThan, 2.098).Supported.ShouldBeTrue();

        [Fact]
        public void Should_read_down_a_third_as_a_loss_near_a_third()
        {
            // ratio 0.67: loss 0.33, within 10% of 1/3 (0.3 … 0.367).
            ClaimRules.Fraction(1.0 / 3, 0.67).Supported.ShouldBeTrue();
            ClaimRules.Fraction(1.0 / 3, 0.5).Supported.ShouldBeFalse();
        }

        [Theory]
        [InlineData(-1, -0.67, true)]
        [InlineData(-1, -2.1, false)]
        [InlineData(-1, 0.5, false)]
        public void Should_read_slightly_as_that_sign_and_under_two_percent(int direction, double percent, bool supported) =>
            ClaimRules.Slightly(direction, percent).Supported.ShouldBe(supported);

        [Fact]
        public void Should_read_double_digit_as_ten_percent_or_more()
        {
            ClaimRules.DoubleDigit(1, 10).Supported.ShouldBeTrue();
            ClaimRules.DoubleDigit(1, 9.99).Supported.ShouldBeFalse();
        }

        [Fact]
        public void Should_count_the_streak_in_its_direction()
        {
            ClaimRules.Streak(6, 1, 6, 1).Supported.ShouldBeTrue();
            ClaimRules.Streak(6, 1, 5, 1).Supported.ShouldBeFalse();
            ClaimRules.Streak(4, -1, 4, 1).Supported.ShouldBeFalse();
        }

        [Fact]
        public void Should_beat_only_with_a_higher_return() =>
            ClaimRules.Beat(1, 4.57, 1.41).Supported.ShouldBeTrue();
    }
}
