using System.Text;
using Froth.Data.Sources;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// CSV files whose shape Froth used to misread: a header naming one column twice (the first was used without a
/// word), UTF-16 text (diagnosed as GBK or Latin-1), and lines ended by CR alone (one long line).
/// </summary>
public sealed class CsvShapeTests : IDisposable
{
    private readonly TempFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    private const string Csv = "Date,Open,High,Low,Close,Volume\n2024-07-10,1,1,1,1,100\n2024-07-11,1,1,1,1.1,100\n";

    [Fact]
    public void Should_refuse_a_header_naming_a_column_twice()
    {
        var path = _folder.Write("0700.HK.csv", "Date,Open,High,Low,Close,Close,Volume\n2024-07-10,1,1,1,1,9,100\n");

        var e = Should.Throw<DataFormatException>(() => SourceReader.ReadFile(path));

        e.Line.ShouldBe(1);
        e.Column.ShouldBe("Close");
        e.Message.ShouldContain("columns 5 and 6 are both named 'Close'");
    }

    [Theory]
    [InlineData("utf-16le", "little-endian, byte order mark FF FE")]
    [InlineData("utf-16BE", "big-endian, byte order mark FE FF")]
    public void Should_say_a_file_is_UTF_16(string encoding, string expected)
    {
        var path = _folder.File("0700.HK.csv");
        File.WriteAllBytes(path, [.. Encoding.GetEncoding(encoding).GetPreamble(), .. Encoding.GetEncoding(encoding).GetBytes(Csv)]);

        var e = Should.Throw<DataFormatException>(() => SourceReader.ReadFile(path));

        e.Message.ShouldContain($"this file is UTF-16 ({expected})");
    }

    [Fact]
    public void Should_say_a_file_ends_its_lines_with_CR_alone()
    {
        var path = _folder.Write("0700.HK.csv", Csv.Replace('\n', '\r'));

        var e = Should.Throw<DataFormatException>(() => SourceReader.ReadFile(path));

        e.Message.ShouldContain("ends its lines with CR alone");
    }

    [Fact]
    public void Should_read_the_same_file_with_LF_line_ends()
    {
        SourceReader.ReadFile(_folder.Write("0700.HK.csv", Csv)).RowCount.ShouldBe(2);
    }
}
