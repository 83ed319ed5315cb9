using Froth.Claims.Text;

namespace Froth.Claims.Tests.Text;

public sealed class TextTests
{
    [Fact]
    public void Should_read_numbers_with_separators_percent_and_currency()
    {
        var t = Tokenizer.Tokenize("a record close of 5,048.62, up 0.03% to $17.8 trillion; Hong Kong's index");
        var close = t.Single(x => x.Text == "5,048.62");
        close.Value.ShouldBe(5048.62);
        close.Decimals.ShouldBe(2);
        t.Single(x => x.Text == "0.03%").Percent.ShouldBeTrue();
        t.Single(x => x.Kind == TokenKind.Number && x.Currency == "USD").Value.ShouldBe(17.8);
        t.ShouldContain(x => x.Kind == TokenKind.Possessive);
        t.ShouldAllBe(x => x.Start < x.End);
    }

    [Theory]
    [InlineData("23 January 2026", 2026, 1, 23)]
    [InlineData("Published Friday, October 31, 2025", 2025, 10, 31)]
    [InlineData("Oct.31 2025", 2025, 10, 31)]
    [InlineData("March 10, 2000", 2000, 3, 10)]
    public void Should_find_a_dateline(string line, int y, int m, int d) =>
        Dateline.Find("Headline\n\n" + line + "\n\nBody text.").ShouldBe(new DateOnly(y, m, d));

    [Fact]
    public void Should_find_no_dateline_in_a_long_line_or_none() =>
        Dateline.Find("The index fell on 31 October 2025 after a long run of gains that lasted for months and months.").ShouldBeNull();

    [Fact]
    public void Should_strip_html_to_its_text() =>
        PlainText.From("<html><body><p>Alibaba &amp; Tencent rose 2%.</p><script>x()</script></body></html>").ShouldBe("Alibaba & Tencent rose 2%.");
}
