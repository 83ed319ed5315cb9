using System.Globalization;
using Froth.Series;

namespace Froth.Tests.Series;

public sealed class SessionsTests
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    // Thursday, Friday and the next Monday: a weekend in between.
    private static readonly ScalarPoint[] Points = [new(Day("2026-07-09"), 1), new(Day("2026-07-10"), 2), new(Day("2026-07-13"), 3)];

    [Theory]
    [InlineData("2026-07-08", -1)] // before the first
    [InlineData("2026-07-09", 0)]
    [InlineData("2026-07-11", 1)]  // a Saturday: the Friday
    [InlineData("2026-07-13", 2)]
    [InlineData("2027-01-01", 2)]  // after the last
    public void Should_find_the_last_item_on_or_before_a_date(string date, int expected)
    {
        Sessions.LastOnOrBefore(Points, Day(date)).ShouldBe(expected);
        Sessions.LastOnOrBefore([.. Points.Select(p => p.Date)], Day(date)).ShouldBe(expected);
    }

    [Fact]
    public void Should_take_the_prefix_up_to_a_date_and_tell_sessions_from_other_days()
    {
        Sessions.Until(Points, Day("2026-07-12")).Select(p => p.Value).ShouldBe([1.0, 2.0]);
        Sessions.Until(Points, Day("2026-08-01")).ShouldBeSameAs(Points);
        Sessions.Has(Points, Day("2026-07-10")).ShouldBeTrue();
        Sessions.Has(Points, Day("2026-07-11")).ShouldBeFalse();
        Sessions.LastOnOrBefore(Array.Empty<ScalarPoint>(), Day("2026-07-11")).ShouldBe(-1);
    }
}
