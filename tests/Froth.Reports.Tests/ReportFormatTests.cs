namespace Froth.Reports.Tests;

public sealed class ReportFormatTests
{
    [Fact]
    public void Should_offer_html_markdown_and_json()
    {
        Enum.GetNames<ReportFormat>().ShouldBe(["Html", "Markdown", "Json"]);
    }
}
