using Froth.Series;

namespace Froth.Tests.Series;

public sealed class StaleDataTests
{
    private static readonly DateOnly[] Days = [.. Enumerable.Range(0, 14).Select(i => new DateOnly(2026, 8, 10).AddDays(i))];

    public sealed class StaleSince
    {
        [Fact]
        public void Should_find_the_first_date_of_a_tail_of_ten_equal_values()
        {
            // 1, 2, 3, 4, then 5 repeated ten times: the tail starts on the fifth date, 2026-08-14.
            double[] values = [1, 2, 3, 4, 5, 5, 5, 5, 5, 5, 5, 5, 5, 5];
            StaleData.StaleSince(Days, values).ShouldBe(new DateOnly(2026, 8, 14));
        }

        [Fact]
        public void Should_not_count_a_tail_of_nine_equal_values()
        {
            double[] values = [1, 2, 3, 4, 9, 5, 5, 5, 5, 5, 5, 5, 5, 5];
            StaleData.StaleSince(Days, values).ShouldBeNull();
        }

        [Fact]
        public void Should_treat_a_constant_series_as_stale_from_its_first_date()
        {
            StaleData.StaleSince(Days[..10], [.. Enumerable.Repeat(7.0, 10)]).ShouldBe(Days[0]);
        }

        [Fact]
        public void Should_return_null_for_an_empty_series()
        {
            StaleData.StaleSince([], []).ShouldBeNull();
        }

        [Fact]
        public void Should_reject_dates_and_values_of_different_lengths()
        {
            Should.Throw<ArgumentException>(() => StaleData.StaleSince(Days, [1.0]));
        }
    }

    public sealed class TrailingRun
    {
        [Fact]
        public void Should_give_the_start_and_length_of_the_run_equal_to_the_last_value()
        {
            StaleData.TrailingRun([1.0, 2, 2, 3, 3, 3]).ShouldBe((3, 3));
            StaleData.TrailingRun([4.0]).ShouldBe((0, 1));
            StaleData.TrailingRun([]).ShouldBe((0, 0));
        }

        [Fact]
        public void Should_not_take_NaN_for_a_change_of_value_between_two_NaN()
        {
            // Equals treats NaN as equal to NaN, as a forward-filled missing value repeats bit for bit.
            StaleData.TrailingRun([1.0, double.NaN, double.NaN]).ShouldBe((1, 2));
        }
    }
}
