using System.Text;
using Froth.Data.Sources;

namespace Froth.Data.Tests.Sources.Files;

// A malformed file is rejected whole; the message names the file, the line, the column and the value, and
// says what was expected.
public sealed class PriceBadInputTests
{
    private const string YahooHeader = "Date,Open,High,Low,Close,Adj Close,Volume";

    private static DataFormatException Reject(string fileName, string text, string? layout = null) =>
        Should.Throw<DataFormatException>(() => PriceFiles.ReadText(fileName, text, layout));

    [Fact]
    public void Should_reject_an_empty_file()
    {
        var e = Should.Throw<DataFormatException>(() => PriceFiles.ReadBytes("empty.csv", []));
        e.Message.ShouldBe("/fixtures/empty.csv; expected a header line (the file is empty).");
    }

    [Fact]
    public void Should_reject_a_file_of_blank_lines_as_empty()
    {
        Reject("blank.csv", "\n \r\n\n").Message.ShouldContain("the file is empty");
    }

    [Fact]
    public void Should_reject_an_empty_file_even_with_a_forced_layout()
    {
        Should.Throw<DataFormatException>(() => PriceFiles.ReadBytes("bom.csv", [0xEF, 0xBB, 0xBF], "yahoo-download"))
            .Message.ShouldContain("the file is empty");
    }

    [Fact]
    public void Should_reject_a_header_without_rows()
    {
        var e = Reject("JD.csv", YahooHeader + "\n");
        e.Location.ShouldBe("/fixtures/JD.csv");
        e.Line.ShouldBe(1);
        e.Message.ShouldContain("at least one data line after the header");
    }

    [Fact]
    public void Should_reject_a_header_of_no_known_layout_and_list_the_layouts()
    {
        var e = Reject("odd.csv", "when,price\n2024-01-02,5\n");
        e.Location.ShouldBe("/fixtures/odd.csv");
        e.Line.ShouldBe(1);
        e.Value.ShouldBe("when,price");
        e.Message.ShouldContain("yahoo-history");
        e.Message.ShouldContain("--layout");
    }

    [Fact]
    public void Should_name_line_column_and_value_of_an_unparseable_number()
    {
        var e = Reject("JD.csv", YahooHeader + "\n2024-01-02,1,2,0.5,1.5,1.5,10\n2024-01-03,1,2,0.5,12;5,1.5,10\n");
        e.Message.ShouldBe("/fixtures/JD.csv:3, column 'Close': got '12;5'; expected a finite number like 1234.56.");
    }

    [Fact]
    public void Should_reject_an_infinite_price()
    {
        var e = Reject("JD.csv", YahooHeader + "\n2024-01-02,1,Infinity,0.5,1.5,1.5,10\n");
        (e.Line, e.Column, e.Value).ShouldBe((2, "High", "Infinity"));
    }

    [Fact]
    public void Should_name_line_column_and_value_of_an_unparseable_date()
    {
        var e = Reject("JD.csv", YahooHeader + "\n2024-01-02,1,2,0.5,1.5,1.5,10\n02/01/2024,1,2,0.5,1.5,1.5,10\n");
        (e.Line, e.Column, e.Value).ShouldBe((3, "Date", "02/01/2024"));
        e.Message.ShouldStartWith("/fixtures/JD.csv:3, column 'Date': got '02/01/2024'; expected a date like 2024-07-10");
    }

    [Theory]
    [InlineData("2024-02-30")]
    [InlineData("2024-13-01")]
    [InlineData("2024-01-02 25:00:00+08:00")]
    [InlineData("2024-01-02x")]
    public void Should_reject_impossible_dates(string date)
    {
        Reject("JD.csv", $"{YahooHeader}\n{date},1,2,0.5,1.5,1.5,10\n").Value.ShouldBe(date);
    }

    [Fact]
    public void Should_name_line_column_and_bytes_of_a_wrong_encoding()
    {
        // 上证 in GBK is C9 CF D6 A4: a Sina file saved from a Windows tool without converting it to UTF-8.
        var bytes = Encoding.ASCII.GetBytes("date,open,close,high,low,volume,symbol,name\n2024-01-02,1,1.5,2,0.5,10,sh000001,")
            .Concat(new byte[] { 0xC9, 0xCF, 0xD6, 0xA4 }).Concat(Encoding.ASCII.GetBytes("\n")).ToArray();
        var e = Should.Throw<DataFormatException>(() => PriceFiles.ReadBytes("sh000001.csv", bytes));
        e.Location.ShouldBe("/fixtures/sh000001.csv");
        e.Line.ShouldBe(2);
        e.Column.ShouldBe("name");
        e.Value.ShouldBe("0xC9 0xCF 0xD6 0xA4");
        e.Message.ShouldContain("expected UTF-8 text");
    }

    [Fact]
    public void Should_report_the_encoding_when_a_GBK_header_matches_no_layout()
    {
        // The investing.com header in GBK: 日期 = C8 D5 C6 DA.
        byte[] bytes = [0x22, 0xC8, 0xD5, 0xC6, 0xDA, 0x22, 0x2C, 0x22, 0x78, 0x22, 0x0A];
        var e = Should.Throw<DataFormatException>(() => PriceFiles.ReadBytes("hstech_investing.csv", bytes));
        e.Line.ShouldBe(1);
        e.Message.ShouldContain("UTF-8");
    }

    [Fact]
    public void Should_name_the_missing_column_when_a_layout_is_forced()
    {
        var e = Reject("x.csv", "Date,Open,High,Close\n2024-01-02,1,2,1.5\n", layout: "yahoo-download");
        (e.Line, e.Column).ShouldBe((1, "Low"));
        e.Message.ShouldContain("the header has 'Date', 'Open', 'High', 'Close'");
    }

    [Fact]
    public void Should_reject_a_row_with_the_wrong_number_of_fields()
    {
        var e = Reject("JD.csv", YahooHeader + "\n2024-01-02,1,2,0.5,1.5,1.5\n");
        e.Line.ShouldBe(2);
        e.Value.ShouldBe("2024-01-02,1,2,0.5,1.5,1.5");
        e.Message.ShouldContain("7 comma-separated fields like the header");
    }

    [Fact]
    public void Should_reject_an_unclosed_quote()
    {
        const string header = "\"日期\",\"收盘\",\"开盘\",\"高\",\"低\",\"交易量\",\"涨跌幅\"";
        var e = Reject("hstech_investing.csv", header + "\n\"2024-11-13\",\"4,443.01\",\"4,397.32\",\"4,443.35\",\"4,363.62\",\"940.97M\",\"-0.31%\n");
        e.Line.ShouldBe(2);
        e.Message.ShouldContain("every quote closed");
    }

    [Fact]
    public void Should_reject_an_unknown_forced_layout_with_the_list_of_names()
    {
        Should.Throw<FrothException>(() => PriceFiles.ReadText("x.csv", "a\n1\n", layout: "excel"))
            .Message.ShouldContain("expected one of: yahoo-multiindex");
    }
}
