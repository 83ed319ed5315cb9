using Froth.Narrative;

namespace Froth.Tests.Narrative;

// Every expected text below is the style rule of FactStyle (docs/report.md) applied by hand to the value.
public sealed class FactStyleTests
{
    private static readonly DateOnly AsOf = new(2025, 9, 25);

    private static Fact Number(FactKind kind, double value) => Fact.Of("x#y", kind, value, "test", AsOf, []);

    public sealed class Render
    {
        [Theory]
        [InlineData(0.00873, FactForm.Default, "+0.9%")]
        [InlineData(0.00873, FactForm.Magnitude, "0.9%")]
        [InlineData(-0.0123, FactForm.Default, "\u22121.2%")]
        [InlineData(-0.0123, FactForm.Magnitude, "1.2%")]
        [InlineData(0.1325, FactForm.Default, "+13.3%")] // 13.25 rounds half away from zero
        [InlineData(2.3812, FactForm.Magnitude, "238%")] // from 100% on, whole percent
        [InlineData(0.99949, FactForm.Magnitude, "99.9%")]
        [InlineData(0.9995, FactForm.Magnitude, "100%")]
        [InlineData(0.00049, FactForm.Default, "0.0%")] // rounds to zero: no sign
        [InlineData(-0.00049, FactForm.Signed, "0.0%")]
        public void Should_write_returns_as_percent_to_one_decimal(double value, FactForm form, string expected)
        {
            FactStyle.Render(Number(FactKind.Return, value), form).ShouldBe(expected);
        }

        [Theory]
        [InlineData(FactKind.Share, 0.8627, "86.3%")]
        [InlineData(FactKind.PercentagePoints, 0.2712, "+27.1")]
        [InlineData(FactKind.PercentagePoints, -0.0304, "\u22123.0")]
        [InlineData(FactKind.Level, 5065.634, "5,065.63")]
        [InlineData(FactKind.Level, 9999.996, "10,000.00")]
        [InlineData(FactKind.Level, 25123.4, "25,123")]
        [InlineData(FactKind.Level, 478.8, "478.80")]
        [InlineData(FactKind.Multiple, 31.3796, "31.4")]
        [InlineData(FactKind.Ratio, 2.565, "2.6")]
        [InlineData(FactKind.Statistic, 4.2067, "4.21")]
        [InlineData(FactKind.Statistic, -1.165, "\u22121.17")]
        [InlineData(FactKind.Score, 61.5, "62")]
        public void Should_write_each_kind_by_its_rule(FactKind kind, double value, string expected)
        {
            FactStyle.Render(Number(kind, value)).ShouldBe(expected);
        }

        [Theory]
        [InlineData(8, FactForm.Default, "eight")]
        [InlineData(12, FactForm.Words, "12")]
        [InlineData(0, FactForm.Words, "0")]
        [InlineData(12, FactForm.Digits, "12")]
        [InlineData(1, FactForm.Ordinal, "first")]
        [InlineData(8, FactForm.Ordinal, "eighth")]
        [InlineData(10, FactForm.Ordinal, "10th")]
        [InlineData(11, FactForm.Ordinal, "11th")]
        [InlineData(12, FactForm.Ordinal, "12th")]
        [InlineData(13, FactForm.Ordinal, "13th")]
        [InlineData(21, FactForm.Ordinal, "21st")]
        [InlineData(22, FactForm.Ordinal, "22nd")]
        [InlineData(103, FactForm.Ordinal, "103rd")]
        [InlineData(111, FactForm.Ordinal, "111th")]
        [InlineData(1250, FactForm.Digits, "1,250")]
        public void Should_spell_counts_and_ordinals_below_ten(int value, FactForm form, string expected)
        {
            FactStyle.Render(Number(FactKind.Count, value), form).ShouldBe(expected);
        }

        [Theory]
        [InlineData(FactForm.Default, "22 November 2021")]
        [InlineData(FactForm.Weekday, "Monday")]
        [InlineData(FactForm.DayMonth, "22 November")]
        [InlineData(FactForm.MonthYear, "November 2021")]
        [InlineData(FactForm.Year, "2021")]
        [InlineData(FactForm.Iso, "2021-11-22")]
        public void Should_write_dates_day_month_year(FactForm form, string expected)
        {
            // 22 November 2021 was a Monday (a calendar shows it).
            FactStyle.Render(Fact.OfDate("d#x", new DateOnly(2021, 11, 22), "test", AsOf, []), form).ShouldBe(expected);
        }

        [Fact]
        public void Should_name_the_weekday_of_a_session()
        {
            // The Hang Seng Tech's session of 25 September 2025 was a Thursday.
            FactStyle.Render(Fact.OfDate("d#x", AsOf, "test", AsOf, []), FactForm.Weekday).ShouldBe("Thursday");
        }

        [Fact]
        public void Should_refuse_a_form_that_does_not_apply()
        {
            Should.Throw<ArgumentException>(() => FactStyle.Render(Number(FactKind.Level, 5000), FactForm.Ordinal));
            Should.Throw<ArgumentException>(() => FactStyle.Render(Fact.OfDate("d#x", AsOf, "t", AsOf, []), FactForm.Magnitude));
            Should.Throw<ArgumentException>(() => FactStyle.Render(Number(FactKind.Count, 0), FactForm.Ordinal));
        }
    }

    public sealed class RoundsToZero
    {
        [Theory]
        [InlineData(0.00049, true)]
        [InlineData(-0.00049, true)]
        [InlineData(0.0005, false)]
        public void Should_agree_with_what_is_printed(double value, bool expected)
        {
            FactStyle.RoundsToZero(Number(FactKind.Return, value)).ShouldBe(expected);
        }
    }

    public sealed class Facts
    {
        [Fact]
        public void Should_refuse_values_that_are_no_facts()
        {
            Should.Throw<ArgumentException>(() => Number(FactKind.Return, double.NaN));
            Should.Throw<ArgumentException>(() => Number(FactKind.Count, 2.5));
            Should.Throw<ArgumentException>(() => Number(FactKind.Date, 3));
            Should.Throw<ArgumentException>(() => Fact.Of("has space", FactKind.Return, 0.1, "t", AsOf, []));
        }
    }
}
