using Froth.Data.Sources;
using Froth.Data.Sources.Wire;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Wire;

public sealed class FredObservationsLayoutTests
{
    private const string File = "wire-samples/fred_series_observations_HQMCB10YR_2024-06-27.json";
    private static readonly FredObservationsLayout Layout = new();

    [Fact]
    public void Should_read_the_six_monthly_observations_of_HQMCB10YR()
    {
        // observations: 2023-01-01 "4.98", 02 "5.13", 03 "5.18", 04 "4.92", 05 "5.09", 06 "5.22"; count 6. The id comes from the file name.
        var s = Layout.ReadSample(File).Series("FRED:HQMCB10YR");
        s.Points.Select(p => p.Value).ShouldBe([4.98, 5.13, 5.18, 4.92, 5.09, 5.22]);
        s.Points[0].Date.ShouldBe(new DateOnly(2023, 1, 1));
        s.Instrument.Frequency.ShouldBe(Frequency.Monthly);
        s.Instrument.Unit.ShouldBe("percent");
        s.Instrument.Kind.ShouldBe(InstrumentKind.Macro);
    }

    [Fact]
    public void Should_take_the_series_id_from_the_URL()
    {
        var b = Layout.Read(new SourceInput("https://api.stlouisfed.org/fred/series/observations?series_id=DGS10&api_key=K&file_type=json", LayoutTesting.SampleBytes(File)));
        b.Scalars.ShouldHaveSingleItem().Instrument.Symbol.ShouldBe("FRED:DGS10");
        b.Scalars[0].Source.ShouldBe("fred");
    }

    [Fact]
    public void Should_refuse_a_body_whose_series_cannot_be_named()
    {
        var e = Should.Throw<DataFormatException>(() => Layout.ReadBytes("observations.json", LayoutTesting.SampleBytes(File)));
        e.Expected.ShouldContain("series_id=");
    }

    [Fact]
    public void Should_skip_dots_with_one_issue_per_run_and_report_a_partial_page()
    {
        const string text = "{\"realtime_start\":\"2024-06-27\",\"units\":\"lin\",\"count\":5,\"observations\":["
            + "{\"date\":\"2024-01-02\",\"value\":\"4.1\"},{\"date\":\"2024-01-03\",\"value\":\".\"},{\"date\":\"2024-01-04\",\"value\":\".\"},{\"date\":\"2024-01-05\",\"value\":\"4.2\"}]}";
        var b = Layout.ReadText("DGS10.json", text);
        b.Series("FRED:DGS10").Points.Count.ShouldBe(2);
        b.IssuesOf("missing-value").ShouldHaveSingleItem().Message.ShouldContain("2 cells");
        b.IssuesOf("partial-response").ShouldHaveSingleItem().Message.ShouldContain("4 of the 5");
    }

    [Fact]
    public void Should_keep_transformed_values_apart_from_levels()
    {
        const string text = "{\"realtime_start\":\"2024-06-27\",\"units\":\"pch\",\"observations\":[{\"date\":\"2024-01-01\",\"value\":\"0.3\"}]}";
        Layout.ReadText("CPIAUCSL.json", text).Scalars.ShouldHaveSingleItem().Instrument.Symbol.ShouldBe("FRED:CPIAUCSL_PCH");
    }

    [Fact]
    public void Should_refuse_wrong_types_errors_and_truncation()
    {
        Should.Throw<DataFormatException>(() => Layout.ReadText("DGS10.json", "{\"realtime_start\":\"x\",\"observations\":[{\"date\":\"2024-01-02\",\"value\":4.1}]}"))
            .ShouldPointAt(null, "observations[0].value", "4.1");
        Should.Throw<DataFormatException>(() => Layout.ReadText("DGS10.json", "{\"realtime_start\":\"x\",\"observations\":[{\"date\":\"2024-01-02\",\"value\":\"n/a\"}]}"))
            .ShouldPointAt(null, "observations[0].value", "n/a");
        Should.Throw<DataFormatException>(() => Layout.ReadText("DGS10.json", "{\"error_code\":400,\"error_message\":\"Bad Request.  The series does not exist.\"}"))
            .Column.ShouldBe("error_message");
        Should.Throw<DataFormatException>(() => Layout.ReadBytes("HQMCB10YR.json", LayoutTesting.SampleBytes(File)[..500])).Line.ShouldBe(1);
    }
}
