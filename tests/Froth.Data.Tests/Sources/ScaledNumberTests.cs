using System.Text.Json;
using Froth.Data.Sources;

namespace Froth.Data.Tests.Sources;

public sealed class ScaledNumberTests
{
    [Theory]
    // 亿 (10⁸) and 万 (10⁴): the product is exact, one rounding at most.
    [InlineData("25803.46293375", 8, 2_580_346_293_375d)]
    [InlineData("704.53", 8, 70_453_000_000d)]
    [InlineData("27468654.3474", 4, 274_686_543_474d)]
    [InlineData("8498124.0", 4, 84_981_240_000d)]
    [InlineData("0", 8, 0d)]
    [InlineData("268.8839", 0, 268.8839)]
    [InlineData("-1.5", 4, -15_000d)]
    [InlineData("0.123456789", 8, 12_345_678.9)]
    [InlineData("12,489.16", 8, 1_248_916_000_000d)]
    public void Should_multiply_exactly(string text, int exponent, double expected)
    {
        var factor = exponent switch { 8 => ScaledNumber.Yi, 4 => ScaledNumber.Wan, _ => 1m };
        ScaledNumber.TryParse(text, factor, grouped: true, out var value).ShouldBeTrue();
        value.ShouldBe(expected);
    }

    [Theory]
    [InlineData("")]
    [InlineData("12.")]
    [InlineData(".5")]
    [InlineData("1e3")]
    [InlineData("12,48.9")]
    [InlineData("1 000")]
    [InlineData("NaN")]
    [InlineData("--1")]
    public void Should_refuse_text_that_is_not_a_plain_decimal(string text)
    {
        ScaledNumber.TryParse(text, ScaledNumber.Yi, grouped: true, out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_refuse_separators_unless_they_are_expected()
    {
        ScaledNumber.TryParse("12,489.16", ScaledNumber.Yi, grouped: false, out _).ShouldBeFalse();
    }

    [Fact]
    public void Should_scale_a_JSON_number_from_its_exact_text()
    {
        using var doc = JsonDocument.Parse("[39516.08, 3.951608e4, \"1\"]");
        ScaledNumber.TryParse(doc.RootElement[0], ScaledNumber.Yi, out var a).ShouldBeTrue();
        ScaledNumber.TryParse(doc.RootElement[1], ScaledNumber.Yi, out var b).ShouldBeTrue();
        (a, b).ShouldBe((3_951_608_000_000d, 3_951_608_000_000d));
        ScaledNumber.TryParse(doc.RootElement[2], ScaledNumber.Yi, out _).ShouldBeFalse();
    }
}
