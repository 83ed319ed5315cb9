using System.Runtime.CompilerServices;
using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

/// <summary>
/// The margin-balance layout (date,balance). The snapshot holds no file in this layout (its margin totals are the
/// eastmoney-margin-csv layout's), so the file read here is a small hand-made fixture, <c>fixtures/margin_SSE.csv</c>:
/// round made-up balances, not real figures, with one empty cell.
/// </summary>
public sealed class MarginBalanceLayoutTests
{
    private static readonly MarginBalanceLayout Layout = new();

    private static string Fixture([CallerFilePath] string here = "") => Path.Combine(Path.GetDirectoryName(here)!, "fixtures", "margin_SSE.csv");

    public sealed class The_fixture
    {
        [Fact]
        public void Should_be_detected_and_read_as_the_Shanghai_balance()
        {
            // Given fixtures/margin_SSE.csv: date,balance / 2024-09-23 … 2024-09-27, the 25th empty
            var batch = SourceReader.ReadFile(Fixture());

            // Then one series SH:MARGIN_BALANCE in CNY with the four values written, in file order
            batch.Document.Layout.ShouldBe("margin-balance");
            var s = batch.Scalars.ShouldHaveSingleItem();
            s.Instrument.Symbol.ShouldBe("SH:MARGIN_BALANCE");
            s.Instrument.Kind.ShouldBe(InstrumentKind.Macro);
            s.Instrument.Unit.ShouldBe("CNY");
            s.Instrument.Currency.ShouldBe("CNY");
            s.Instrument.Frequency.ShouldBe(Frequency.Daily);
            s.Source.ShouldBe("margin_SSE");
            s.Points.Select(p => p.Value).ShouldBe([1500000000000, 1510000000000.5, 1530000000000, 1550000000000]);
            batch.ScalarLines!.Single().ShouldBe([2, 3, 5, 6]);

            // And the empty cell of line 4 is one missing-value issue
            var missing = batch.Issues.Single(i => i.Rule == "missing-value");
            missing.Line.ShouldBe(4);
            missing.Date.ShouldBe(new DateOnly(2024, 9, 25));
        }
    }

    public sealed class Market
    {
        [Theory]
        [InlineData("margin_SSE.csv", "SH:MARGIN_BALANCE")]
        [InlineData("margin_CN_2024.csv", "CN:MARGIN_BALANCE")]
        [InlineData("rzrq-szse.csv", "SZ:MARGIN_BALANCE")]
        [InlineData("Margin.BJ.csv", "BJ:MARGIN_BALANCE")]
        [InlineData("total_margin.csv", "CN:MARGIN_BALANCE")]
        public void Should_come_from_the_file_name(string fileName, string symbol) =>
            Layout.ReadText(fileName, "date,balance\n2024-01-02,1\n").Scalars.Single().Instrument.Symbol.ShouldBe(symbol);

        [Fact]
        public void Should_come_from_the_market_option_whatever_the_file_name() =>
            new MarginBalanceLayout("SZSE").ReadText("margin_SSE.csv", "date,balance\n2024-01-02,1\n").Scalars.Single().Instrument.Symbol.ShouldBe("SZ:MARGIN_BALANCE");

        [Fact]
        public void Should_refuse_a_file_name_that_names_no_market()
        {
            var e = Should.Throw<DataFormatException>(() => Layout.ReadText("balances.csv", "date,balance\n2024-01-02,1\n"));
            e.Value.ShouldBe("balances.csv");
            e.Message.ShouldContain("margin_SSE.csv");
        }

        [Fact]
        public void Should_refuse_an_unknown_market_option() =>
            Should.Throw<FrothException>(() => new MarginBalanceLayout("NYSE")).Message.ShouldContain("expected CN (the whole market), SSE/SH, SZSE/SZ or BSE/BJ");
    }

    public sealed class BadInput
    {
        [Fact]
        public void Should_refuse_a_negative_balance() =>
            Should.Throw<DataFormatException>(() => Layout.ReadText("margin_CN.csv", "date,balance\n2024-01-02,1\n2024-01-03,-5\n")).ShouldPointAt(3, "balance", "-5");

        [Fact]
        public void Should_refuse_text_that_is_not_a_number() =>
            Should.Throw<DataFormatException>(() => Layout.ReadText("margin_CN.csv", "date,balance\n2024-01-02,1.2e12x\n")).ShouldPointAt(2, "balance", "1.2e12x");

        [Fact]
        public void Should_refuse_a_date_that_is_not_ISO() =>
            Should.Throw<DataFormatException>(() => Layout.ReadText("margin_CN.csv", "date,balance\n02/01/2024,1\n")).ShouldPointAt(2, "date", "02/01/2024");

        [Fact]
        public void Should_refuse_a_line_of_the_wrong_width() =>
            Should.Throw<DataFormatException>(() => Layout.ReadText("margin_CN.csv", "date,balance\n2024-01-02,1,2\n")).Line.ShouldBe(2);

        [Fact]
        public void Should_refuse_a_header_only_file() =>
            Should.Throw<DataFormatException>(() => SourceReader.Read(new SourceInput("/fixtures/margin_CN.csv", "date,balance\n"u8.ToArray())));

        [Fact]
        public void Should_keep_the_later_of_two_rows_with_one_date()
        {
            var batch = SourceReader.Read(new SourceInput("/fixtures/margin_CN.csv", "date,balance\n2024-01-02,1\n2024-01-02,2\n"u8.ToArray()));
            batch.Scalars.Single().Points.ShouldHaveSingleItem().Value.ShouldBe(2);
            batch.Issues.ShouldContain(i => i.Rule == "duplicate-date");
        }
    }

    public sealed class Detection
    {
        [Theory]
        [InlineData("date,balance", true)]
        [InlineData("Date, Balance", true)]
        [InlineData("date,value", false)]
        [InlineData("date,balance,symbol", false)]
        public void Should_match_only_the_date_balance_header(string header, bool matches) =>
            Layout.Matches(new SourceSniff("margin_CN.csv", [header])).ShouldBe(matches);

        [Fact]
        public void Should_leave_psymonitors_date_value_files_to_their_layout() =>
            SourceLayouts.Detect(new SourceSniff("snp.csv", ["date,value"]))!.Name.ShouldBe("psymonitor-series");
    }
}
