using System.Globalization;
using System.Text;
using Froth.Data.Sources.Files;

namespace Froth.Data.Tests.Sources.Files;

public sealed class PriceFieldsTests
{
    [Theory]
    [InlineData("2024-07-10", 2024, 7, 10)]
    [InlineData("2015-1-5", 2015, 1, 5)]
    [InlineData("2015/1/5", 2015, 1, 5)]
    [InlineData("2026-08-21 00:00:00+08:00", 2026, 8, 21)]
    [InlineData("1971-02-05 00:00:00-05:00", 1971, 2, 5)]
    [InlineData("2026-08-21 23:30:00-04:00", 2026, 8, 21)]
    [InlineData("1999-03-01T00:00:00Z", 1999, 3, 1)]
    [InlineData("2024-02-29", 2024, 2, 29)]
    [InlineData("2024-07-10 09:30", 2024, 7, 10)]
    public void Should_parse_the_session_date_as_written(string text, int year, int month, int day)
    {
        // The local date before any time: 23:30 in New York on 2026-08-21 is still the 21st's session.
        PriceFields.TryParseDate(Encoding.UTF8.GetBytes(text), out var date).ShouldBeTrue();
        date.ShouldBe(new DateOnly(year, month, day));
    }

    [Fact]
    public void Should_agree_with_DateOnly_on_every_day_from_1800_to_2200()
    {
        // The parser computes day numbers itself; DateOnly is the reference. 1900 is not a leap year, 2000 is.
        for (var d = new DateOnly(1800, 1, 1); d <= new DateOnly(2200, 12, 31); d = d.AddDays(1))
        {
            var text = d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            PriceFields.TryParseDate(Encoding.UTF8.GetBytes(text), out var parsed).ShouldBeTrue(text);
            parsed.ShouldBe(d);
        }

        PriceFields.TryParseDate("1900-02-29"u8, out _).ShouldBeFalse();
        PriceFields.TryParseDate("0001-01-01"u8, out var first).ShouldBeTrue();
        first.ShouldBe(DateOnly.MinValue);
        PriceFields.TryParseDate("9999-12-31"u8, out var last).ShouldBeTrue();
        last.ShouldBe(DateOnly.MaxValue);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0000-01-01")]
    [InlineData("2023-02-29")]
    [InlineData("20240710")]
    [InlineData("2024-07-10 00:00:00+0800x")]
    [InlineData("2024-07-10 24:00:00")]
    [InlineData("10/07/2024")]
    [InlineData("2024-7/10")]
    public void Should_reject_what_is_not_a_date(string text)
    {
        PriceFields.TryParseDate(Encoding.UTF8.GetBytes(text), out _).ShouldBeFalse();
    }

    [Theory]
    [InlineData("940.97M", 940_970_000)]
    [InlineData("1.57B", 1_570_000_000)]
    [InlineData("0.00K", 0)]
    [InlineData("12.5K", 12_500)]
    [InlineData("1,234", 1_234)]
    public void Should_multiply_out_suffixed_volumes_to_whole_units(string text, double expected)
    {
        PriceFields.TryParseScaledVolume(Encoding.UTF8.GetBytes(text), out var v).ShouldBeTrue();
        v.ShouldBe(expected);
    }

    [Theory]
    [InlineData("", true)]
    [InlineData("null", true)]
    [InlineData("NaN", true)]
    [InlineData(" nan ", true)]
    [InlineData("-", true)]
    [InlineData("0", false)]
    [InlineData("-1", false)]
    public void Should_know_what_means_no_value(string text, bool missing)
    {
        PriceFields.IsMissing(Encoding.UTF8.GetBytes(text)).ShouldBe(missing);
    }

    [Theory]
    [InlineData("4,443.01", true, 4443.01)]
    [InlineData("4443.01", false, 4443.01)]
    [InlineData("1.5e3", false, 1500)]
    public void Should_parse_numbers(string text, bool grouped, double expected)
    {
        PriceFields.TryParseNumber(Encoding.UTF8.GetBytes(text), grouped, out var v).ShouldBeTrue();
        v.ShouldBe(expected);
    }

    [Theory]
    [InlineData("4,443.01")]
    [InlineData("Infinity")]
    [InlineData("12,5")]
    public void Should_reject_numbers_a_plain_field_cannot_hold(string text)
    {
        PriceFields.TryParseNumber(Encoding.UTF8.GetBytes(text), grouped: false, out _).ShouldBeFalse();
    }

    public sealed class Against_the_runtime_parser
    {
        // double.Parse rounds correctly (IEEE 754 round-to-nearest-even since .NET Core 3.0), so every text
        // must give the same bits through the fast paths as through it.
        private static void ShouldMatchRuntime(string text)
        {
            PriceFields.TryParseNumber(Encoding.UTF8.GetBytes(text), grouped: false, out var v).ShouldBeTrue(text);
            BitConverter.DoubleToInt64Bits(v).ShouldBe(BitConverter.DoubleToInt64Bits(double.Parse(text, CultureInfo.InvariantCulture)), text);
        }

        [Theory]
        [InlineData("28.448712139296454")]
        [InlineData("457.20001220703125")]
        [InlineData("0.7414216975235196")]
        [InlineData("9007199254740993")]
        [InlineData("9007199254740995")]
        [InlineData("18446744073709551615")]
        [InlineData("9999999999999999999")]
        [InlineData("0.1")]
        [InlineData("1e23")]
        [InlineData("8.5e-30")]
        [InlineData("2.2250738585072014e-308")]
        [InlineData("1.7976931348623157e308")]
        [InlineData("-0.0")]
        [InlineData("0.000000000000000000000000000000000000001")]
        [InlineData("123456789012345678901234567890")]
        public void Should_round_hard_cases_like_the_runtime(string text) => ShouldMatchRuntime(text);

        [Fact]
        public void Should_round_random_prices_printed_with_17_digits_like_the_runtime()
        {
            var random = new Random(7);
            for (var i = 0; i < 30_000; i++)
            {
                var x = Math.Exp((random.NextDouble() * 40) - 15);
                ShouldMatchRuntime(x.ToString("R", CultureInfo.InvariantCulture));
                ShouldMatchRuntime(x.ToString("G17", CultureInfo.InvariantCulture));
                ShouldMatchRuntime(x.ToString("F6", CultureInfo.InvariantCulture));
            }
        }

        [Fact]
        public void Should_round_random_digit_strings_of_up_to_19_digits_like_the_runtime()
        {
            var random = new Random(11);
            var text = new StringBuilder();
            for (var i = 0; i < 30_000; i++)
            {
                text.Clear();
                var digits = random.Next(1, 20);
                var point = random.Next(0, digits + 1);
                for (var d = 0; d < digits; d++)
                {
                    if (d == point && d > 0)
                    {
                        text.Append('.');
                    }

                    text.Append((char)('0' + random.Next(d == 0 ? 1 : 0, 10)));
                }

                ShouldMatchRuntime(text.ToString());
            }
        }
    }
}
