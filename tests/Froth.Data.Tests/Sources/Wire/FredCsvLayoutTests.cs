using Froth.Data.Sources;
using Froth.Data.Sources.Files;
using Froth.Data.Sources.Wire;
using Froth.Series;
using Froth.Testing;

namespace Froth.Data.Tests.Sources.Wire;

public sealed class FredCsvLayoutTests
{
    private const string Current = "wire-samples/fred_csv_observation_date_header_SP500.csv";
    private const string Legacy = "wire-samples/fred_csv_legacy_DATE_header_CHNCPIALLMINMEI_excerpt.csv";
    private static readonly FredCsvLayout Layout = new();
    private static readonly Lazy<ImportBatch> Sp500 = new(() => Layout.ReadSample(Current));

    [Fact]
    public void Should_read_the_SP500_download_and_skip_its_95_blank_days()
    {
        // SOURCES.md §10: 2016-02-12 → 2026-02-11, "95 blank rows"; 2609 data lines, so 2514 values. No two blanks
        // are adjacent (each is a single holiday), hence 95 issues.
        var s = Sp500.Value.Series("FRED:SP500");
        s.Points.Count.ShouldBe(2609 - 95);
        s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(2016, 2, 12), 1864.78));
        s.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2026, 2, 11), 6941.47));
        s.Instrument.Frequency.ShouldBe(Frequency.Daily);
        Sp500.Value.IssuesOf("missing-value").Count.ShouldBe(95);
        Sp500.Value.IssuesOf("missing-value")[0].Date.ShouldBe(new DateOnly(2016, 2, 15)); // Presidents' Day
    }

    [Fact]
    public void Should_match_the_published_closes_of_the_2020_crash()
    {
        // S&P 500 record close before the COVID crash, 2020-02-19: 3386.15; the low, 2020-03-23: 2237.40 (S&P Dow
        // Jones Indices; also in prices/us/GSPC.csv, a Yahoo file read here with the strict column reader).
        var s = Sp500.Value.Series("FRED:SP500");
        s.At(2020, 2, 19).ShouldBe(3386.15);
        s.At(2020, 3, 23).ShouldBe(2237.40);
        var yahoo = CsvColumnReader.Read(SampleData.Path("prices/us/GSPC.csv"), "Close");
        var onLowDay = yahoo.Values[yahoo.Dates!.ToList().IndexOf(new DateOnly(2020, 3, 23))];
        onLowDay.ShouldBe(2237.40, 0.005); // Yahoo prints more digits than FRED's two: half a cent apart at most.
    }

    [Fact]
    public void Should_read_the_legacy_DATE_header()
    {
        // 7 lines: 1993-01-01 41.3468896208478 … 2019-08-01 108.9; all on the first of a month.
        var s = Layout.ReadSample(Legacy).Series("FRED:CHNCPIALLMINMEI");
        s.Points.Count.ShouldBe(7);
        s.Points[0].ShouldBe(new ScalarPoint(new DateOnly(1993, 1, 1), 41.3468896208478));
        s.Points[^1].ShouldBe(new ScalarPoint(new DateOnly(2019, 8, 1), 108.9));
        s.Instrument.Frequency.ShouldBe(Frequency.Monthly);
        s.Instrument.Unit.ShouldBe("index");
    }

    [Fact]
    public void Should_treat_a_dot_as_missing_and_refuse_other_text()
    {
        var b = Layout.ReadText("g.csv", "DATE,GS10\n2024-01-01,4.1\n2024-02-01,.\n2024-03-01,4.2\n");
        b.Series("FRED:GS10").Points.Count.ShouldBe(2);
        Should.Throw<DataFormatException>(() => Layout.ReadText("g.csv", "DATE,GS10\n2024-01-01,#N/A\n")).ShouldPointAt(2, "GS10", "#N/A");
        Should.Throw<DataFormatException>(() => Layout.ReadText("g.csv", "DATE,GS10\n01/02/2024,4.1\n")).ShouldPointAt(2, "DATE", "01/02/2024");
    }

    [Theory]
    [InlineData(new[] { "2020-01-01", "2021-01-01" }, Frequency.Annual)]
    [InlineData(new[] { "2020-01-01", "2020-04-01", "2020-07-01" }, Frequency.Quarterly)]
    [InlineData(new[] { "2020-01-01", "2020-02-01" }, Frequency.Monthly)]
    [InlineData(new[] { "2024-01-05", "2024-01-12", "2024-01-19" }, Frequency.Weekly)]
    [InlineData(new[] { "2024-01-02", "2024-01-03", "2024-01-04" }, Frequency.Daily)]
    public void Should_infer_the_frequency_from_the_dates(string[] dates, Frequency expected) =>
        FredSeries.Infer([.. dates.Select(DateOnly.Parse)]).ShouldBe(expected);
}
