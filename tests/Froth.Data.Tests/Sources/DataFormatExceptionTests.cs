using Froth.Data.Sources;

namespace Froth.Data.Tests.Sources;

public sealed class DataFormatExceptionTests
{
    [Fact]
    public void Should_name_file_line_column_value_and_expectation()
    {
        var e = new DataFormatException("/data/x.csv", 12, "Close", "12,5", "a number like 1234.56");
        e.Message.ShouldBe("/data/x.csv:12, column 'Close': got '12,5'; expected a number like 1234.56.");
    }

    [Fact]
    public void Should_leave_out_the_parts_it_does_not_have()
    {
        new DataFormatException("/data/empty.csv", null, null, null, "a header line").Message
            .ShouldBe("/data/empty.csv; expected a header line.");
    }
}
