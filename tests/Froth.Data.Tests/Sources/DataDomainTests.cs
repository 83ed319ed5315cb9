using System.Text;
using Froth.Data.Sources;
using Froth.Testing;

namespace Froth.Data.Tests.Sources;

/// <summary>
/// Values outside the domain an import accepts (dates 1800-01-01 to 2200-12-31, prices at most 1e12) are refused at
/// import with file, line, column and value; before, 9999-12-31 and 1e308 were stored and crashed later commands.
/// </summary>
public sealed class DataDomainTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Header = "Date,Open,High,Low,Close,Volume\n2024-07-10,1,1,1,1,100\n";

    [Theory]
    [InlineData("9999-12-31,1,1,1,1,100", "Date", "9999-12-31", DataDomain.ExpectedDate)]
    [InlineData("0001-01-01,1,1,1,1,100", "Date", "0001-01-01", DataDomain.ExpectedDate)]
    [InlineData("2024-07-11,1,1,1,1e308,100", "Close", "1e308", DataDomain.ExpectedPrice)]
    [InlineData("2024-07-11,1,2e12,1,1,100", "High", "2e12", DataDomain.ExpectedPrice)]
    public void Should_refuse_a_value_outside_the_domain_with_its_place(string row, string column, string value, string expected)
    {
        var path = _folder.Write("0700.HK.csv", Header + row + "\n");

        var e = Should.Throw<DataFormatException>(() => SourceReader.ReadFile(path));

        e.Location.ShouldBe(path);
        e.Line.ShouldBe(3);
        e.Column.ShouldBe(column);
        e.Value.ShouldBe(value);
        e.Expected.ShouldBe(expected);
    }

    [Fact]
    public void Should_accept_the_edges_of_the_domain()
    {
        var path = _folder.Write("0700.HK.csv", "Date,Open,High,Low,Close,Volume\n1800-01-01,1,1,1,1,100\n2200-12-31,1,1e12,1,1,100\n");

        SourceReader.ReadFile(path).RowCount.ShouldBe(2);
    }

    private static string Chart(string symbol, string timestamp) =>
        "{\"chart\":{\"result\":[{\"meta\":{\"symbol\":\"" + symbol + "\",\"currency\":\"HKD\",\"exchangeTimezoneName\":\"Asia/Hong_Kong\",\"gmtoffset\":28800,\"instrumentType\":\"EQUITY\"},"
        + "\"timestamp\":[" + timestamp + "],\"indicators\":{\"quote\":[{\"open\":[1],\"high\":[1],\"low\":[1],\"close\":[1],\"volume\":[100]}]}}],\"error\":null}}";

    [Theory]
    [InlineData("", "1720573200", "it is empty")]
    [InlineData("0700.HK", "100000000000000", DataDomain.ExpectedDate)]
    [InlineData("0700.HK", "-100000000000000", DataDomain.ExpectedDate)]
    public void Should_refuse_Yahoo_chart_JSON_with_an_empty_symbol_or_an_absurd_timestamp(string symbol, string timestamp, string expected)
    {
        var input = new SourceInput("https://query1.finance.yahoo.com/v8/finance/chart/0700.HK", Encoding.UTF8.GetBytes(Chart(symbol, timestamp)));

        var e = Should.Throw<DataFormatException>(() => SourceReader.Read(input, "yahoo-chart-json"));

        e.Message.ShouldContain(expected);
    }
}
