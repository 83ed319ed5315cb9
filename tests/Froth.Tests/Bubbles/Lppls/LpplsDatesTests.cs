using Froth.Bubbles.Lppls;

namespace Froth.Tests.Bubbles.Lppls;

public sealed class LpplsDatesTests
{
    public sealed class CriticalDate
    {
        [Theory]
        [InlineData("2000-03-10", 0.4, "2000-03-13")] // Friday + a fraction of a session → Monday
        [InlineData("2000-03-10", 1.0, "2000-03-13")]
        [InlineData("2000-03-10", 1.01, "2000-03-14")]
        [InlineData("2000-03-08", 5.0, "2000-03-15")] // Wednesday + 5 business days → next Wednesday
        [InlineData("2015-05-12", 14.0, "2015-06-01")] // Tuesday + 14 business days (no holiday calendar)
        [InlineData("2000-03-13", 0.0, "2000-03-13")]
        [InlineData("2000-03-13", -1.0, "2000-03-10")]
        public void Should_count_business_days_after_the_last_date(string last, double sessions, string expected)
        {
            LpplsDates.CriticalDate(DateOnly.Parse(last), sessions).ShouldBe(DateOnly.Parse(expected));
        }

        [Fact]
        public void Should_reject_a_non_finite_number_of_sessions()
        {
            Should.Throw<ArgumentOutOfRangeException>(() => LpplsDates.CriticalDate(new DateOnly(2000, 1, 3), double.NaN));
        }
    }
}
