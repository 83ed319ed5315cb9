using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Files;

public sealed class CsvColumnReaderTests
{
    private static ColumnSeries ReadText(string text, string column) =>
        CsvColumnReader.Read("/in-memory.csv", System.Text.Encoding.UTF8.GetBytes(text), column);

    public sealed class On_the_snapshot
    {
        [Fact]
        public void Should_read_the_Sina_close_column_by_name_despite_its_column_order()
        {
            // sh000001_sina: date,open,close,high,low,... First row 1990-12-19 close 99.98; last 2026-07-24 close 3814.198.
            var s = CsvColumnReader.Read(SampleData.Path("prices/cn_index/sh000001_sina_1990-2026.csv"), "close");
            s.Values.Count.ShouldBe(8689);
            s.Dates![0].ShouldBe(new DateOnly(1990, 12, 19));
            s.Values[0].ShouldBe(99.98);
            s.Dates[^1].ShouldBe(new DateOnly(2026, 7, 24));
            s.Values[^1].ShouldBe(3814.198);
        }

        [Fact]
        public void Should_read_Shiller_monthly_dates_and_semicolons()
        {
            // SP_DV.csv: "1871.01;79.61;4.66;17.07692308;100" and 1680 rows to 2010-12 plus three to 2011-03.
            var s = CsvColumnReader.Read(SampleData.Path("reference/bubbles/SP_DV.csv"), "price dividend ratio");
            s.Values.Count.ShouldBe(1683);
            s.Dates![0].ShouldBe(new DateOnly(1871, 1, 1));
            s.Values[0].ShouldBe(17.07692308);
            s.Dates[1679].ShouldBe(new DateOnly(2010, 12, 1));
        }

        [Fact]
        public void Should_sort_a_newest_first_file_ascending()
        {
            // lixinger: newest first, '=' before numbers, a footer line; first row printed is 2026-04-20 (=31.3796).
            var s = CsvColumnReader.Read(SampleData.Path("valuation/hstech_pe_lixinger.csv"), "PE-TTM等权");
            s.Dates![^1].ShouldBe(new DateOnly(2026, 4, 20));
            s.Values[^1].ShouldBe(31.3796);
            s.Dates[0].ShouldBeLessThan(s.Dates[1]);
        }

        [Fact]
        public void Should_read_a_file_without_dates_by_position()
        {
            var s = CsvColumnReader.Read(SampleData.Path("reference/bubbles/sim_data.csv"), "psy1");
            s.Dates.ShouldBeNull();
            s.Values.Count.ShouldBe(100);
            s.Values[0].ShouldBe(100.0);
        }
    }

    public sealed class On_bad_input
    {
        [Fact]
        public void Should_name_the_line_and_value_of_a_missing_number()
        {
            var e = Should.Throw<DataFormatException>(() => ReadText("date,close\n2024-01-02,10\n2024-01-03,\n", "close"));
            e.Line.ShouldBe(3);
            e.Column.ShouldBe("close");
            e.Value.ShouldBe("");
        }

        [Fact]
        public void Should_reject_NaN()
        {
            Should.Throw<DataFormatException>(() => ReadText("date,close\n2024-01-02,NaN\n", "close")).Line.ShouldBe(2);
        }

        [Fact]
        public void Should_list_the_header_when_the_column_is_missing()
        {
            var e = Should.Throw<DataFormatException>(() => ReadText("date,open,close\n2024-01-02,1,2\n", "adj close"));
            e.Message.ShouldContain("'date', 'open', 'close'");
        }

        [Fact]
        public void Should_reject_an_empty_file()
        {
            Should.Throw<DataFormatException>(() => ReadText("", "close")).Message.ShouldContain("empty");
        }

        [Fact]
        public void Should_reject_a_header_without_rows()
        {
            Should.Throw<DataFormatException>(() => ReadText("date,close\n", "close")).Message.ShouldContain("at least one data line");
        }

        [Fact]
        public void Should_reject_a_repeated_date()
        {
            var e = Should.Throw<DataFormatException>(() => ReadText("date,close\n2024-01-02,1\n2024-01-02,2\n", "close"));
            e.Message.ShouldContain("line 2 has the same date");
        }

        [Fact]
        public void Should_reject_bytes_that_are_not_UTF8()
        {
            byte[] gbk = [0x64, 0x61, 0x74, 0x65, 0x2C, 0xC9, 0xCF, 0x0A];
            Should.Throw<DataFormatException>(() => CsvColumnReader.Read("/x.csv", gbk, "close")).Message.ShouldContain("UTF-8");
        }
    }
}
