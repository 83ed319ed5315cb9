using System.Globalization;
using Froth.Series;

namespace Froth.Tests.Series;

public sealed class TradingCalendarTests
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("2024-01-05", "2024-01-08", 0)] // Friday → Monday
    [InlineData("2024-01-01", "2024-01-08", 4)] // Monday → next Monday: Tue–Fri
    [InlineData("2024-01-05", "2024-01-22", 10)] // Friday → Monday two weeks on
    [InlineData("2024-01-05", "2024-01-23", 11)]
    [InlineData("2024-01-06", "2024-01-07", 0)] // Saturday → Sunday
    [InlineData("2024-01-02", "2024-01-02", 0)]
    [InlineData("2024-01-09", "2024-01-02", 0)] // out of order
    public void Should_count_weekdays_strictly_between_two_dates(string before, string after, int weekdays)
    {
        TradingCalendar.WeekdaysBetween(Day(before), Day(after)).ShouldBe(weekdays);
    }

    [Theory]
    [InlineData("2025-09-25", "2025-09-28", true)]  // Thursday: Friday is still to come
    [InlineData("2025-09-26", "2025-09-28", false)] // Friday: only the weekend remains
    [InlineData("2025-09-26", "2025-09-26", false)]
    public void Should_say_whether_a_weekday_remains_up_to_an_end_date(string date, string end, bool expected)
    {
        TradingCalendar.WeekdayAfter(Day(date), Day(end)).ShouldBe(expected);
    }

    [Fact]
    public void Should_key_weeks_from_Monday_and_months_and_quarters_by_the_calendar()
    {
        // 2025-09-22 is a Monday, 2025-09-28 the Sunday of the same ISO week, 2025-09-29 the next Monday.
        TradingCalendar.Week(Day("2025-09-28")).ShouldBe(TradingCalendar.Week(Day("2025-09-22")));
        TradingCalendar.Week(Day("2025-09-29")).ShouldBe(TradingCalendar.Week(Day("2025-09-22")) + 1);
        TradingCalendar.WeekStart(Day("2025-09-25")).ShouldBe(Day("2025-09-22"));
        TradingCalendar.Month(Day("2026-01-02")).ShouldBe(TradingCalendar.Month(Day("2025-12-31")) + 1);
        TradingCalendar.Quarter(Day("2026-03-31")).ShouldBe(TradingCalendar.Quarter(Day("2026-01-01")));
        TradingCalendar.Quarter(Day("2026-04-01")).ShouldBe(TradingCalendar.Quarter(Day("2026-03-31")) + 1);
        TradingCalendar.QuarterStart(Day("2026-05-17")).ShouldBe(Day("2026-04-01"));
        TradingCalendar.MonthStart(Day("2026-05-17")).ShouldBe(Day("2026-05-01"));
    }
}
