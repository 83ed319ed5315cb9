using System.Text;
using Froth.Data.Sources;
using Froth.Data.Sources.Wire;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Wire;

public sealed class YahooChartLayoutTests
{
    private const string File = "wire-samples/yahoo_v8_chart_0700.HK_range5d_2026-08-07.json";

    /// <summary>
    /// Yahoo serialises prices as 32-bit floats (483.2 arrives as 483.20001220703125): a float32 has 24 bits of
    /// mantissa, so near 500 its spacing is 2^-15 ≈ 3e-5. Comparing with the decimal prices another provider
    /// prints needs that much slack, and no more (the HK tick at this price is 0.2).
    /// </summary>
    private const double Float32Spacing = 1e-4;

    private static readonly YahooChartLayout Layout = new();

    public sealed class Given_the_recorded_Tencent_response
    {
        [Fact]
        public void Should_date_each_bar_by_its_Hong_Kong_session()
        {
            // timestamp[0] = 1785720600 = 2026-08-03T01:30:00Z = 09:30 in Hong Kong (gmtoffset 28800, Asia/Hong_Kong):
            // the session open of Monday 2026-08-03. Five sessions: 2026-08-03 … 2026-08-07.
            var s = Layout.ReadSample(File).Bars.ShouldHaveSingleItem();
            s.Bars.Select(b => b.Date).ShouldBe(
            [
                new DateOnly(2026, 8, 3), new DateOnly(2026, 8, 4), new DateOnly(2026, 8, 5), new DateOnly(2026, 8, 6), new DateOnly(2026, 8, 7),
            ]);
            s.Instrument.Symbol.ShouldBe("0700.HK");
            s.Source.ShouldBe("yahoo_v8_chart_0700.HK_range5d_2026-08-07");
            s.Adjustment.ShouldBe(PriceAdjustment.None);
        }

        [Fact]
        public void Should_read_the_first_bar_as_recorded()
        {
            // First elements of the quote arrays: open 482.0, high 491.0, low 480.6000061035156, close 490.3999938964844, volume 38649910.
            var first = Layout.ReadSample(File).Bars[0].Bars[0];
            first.ShouldBe(new DailyBar(new DateOnly(2026, 8, 3), 482.0, 491.0, 480.6000061035156, 490.3999938964844, 38649910));
        }

        [Fact]
        public void Should_agree_with_Eastmoney_and_Tencent_snapshots_of_the_same_session()
        {
            // The Eastmoney push2 snapshot of 116.00700 taken after the 2026-08-07 close has f46 open 479000, f44 high
            // 483200, f45 low 475400, f43 last 478800 (HK prices ×1000); Tencent's qt.gtimg has 479.000 / 483.200 /
            // 475.400 / 478.800. Yahoo's last bar must be that session.
            var last = Layout.ReadSample(File).Bars[0].Bars[^1];
            last.Date.ShouldBe(new DateOnly(2026, 8, 7));
            last.Open.ShouldBe(479.0, Float32Spacing);
            last.High.ShouldBe(483.2, Float32Spacing);
            last.Low.ShouldBe(475.4, Float32Spacing);
            last.Close.ShouldBe(478.8, Float32Spacing);
        }

        [Fact]
        public void Should_be_named_yahoo_when_it_came_from_a_URL()
        {
            var b = Layout.Read(new SourceInput("https://query1.finance.yahoo.com/v8/finance/chart/0700.HK?interval=1d&range=5d", LayoutTesting.SampleBytes(File)));
            b.Bars[0].Source.ShouldBe("yahoo");
        }
    }

    public sealed class Given_hand_made_responses
    {
        private static string Chart(string timestamps, string quote, string extraIndicators = "", string meta = "\"symbol\":\"^NDX\",\"currency\":\"USD\",\"gmtoffset\":-14400,\"exchangeTimezoneName\":\"America/New_York\"") =>
            $"{{\"chart\":{{\"result\":[{{\"meta\":{{{meta}}},\"timestamp\":[{timestamps}],\"indicators\":{{\"quote\":[{{{quote}}}]{extraIndicators}}}}}],\"error\":null}}}}";

        [Fact]
        public void Should_use_the_exchange_zone_so_that_winter_dates_are_right()
        {
            // 2024-01-02 14:30Z is 09:30 in New York (EST, UTC-5). meta.gmtoffset says -14400 (EDT, the offset when the
            // response was made); the zone name gives the right date for every timestamp either way — and for a
            // timestamp at 23:30 EST (04:30Z next day) only the zone gives 2024-01-02.
            var text = Chart("1704205800,1704256200", "\"open\":[1,1],\"high\":[2,2],\"low\":[0.5,0.5],\"close\":[1.5,1.5],\"volume\":[10,null]");
            var s = Layout.ReadText("ndx.json", text).Bars.ShouldHaveSingleItem();
            s.Bars.Select(b => b.Date).ShouldBe([new DateOnly(2024, 1, 2), new DateOnly(2024, 1, 2)]);
            s.Bars[1].Volume.ShouldBeNull();
        }

        [Fact]
        public void Should_skip_null_rows_with_one_issue_per_run_and_partial_rows_with_a_warning()
        {
            var text = Chart(
                "1704205800,1704292200,1704378600,1704465000",
                "\"open\":[1,null,null,1],\"high\":[2,null,null,null],\"low\":[0.5,null,null,0.5],\"close\":[1.5,null,null,1.5],\"volume\":[10,null,null,10]");
            var b = Layout.ReadText("ndx.json", text);
            b.Bars[0].Bars.Count.ShouldBe(1);
            var run = b.IssuesOf("missing-value").ShouldHaveSingleItem();
            run.Column.ShouldBe("chart.result[0].indicators.quote[0][1..2]");
            run.Message.ShouldContain("2 timestamps (2024-01-03 … 2024-01-04)");
            var partial = b.IssuesOf("incomplete-bar").ShouldHaveSingleItem();
            partial.Severity.ShouldBe(IssueSeverity.Warning);
            partial.Date.ShouldBe(new DateOnly(2024, 1, 5));
            partial.Message.ShouldContain("high is null");
        }

        [Fact]
        public void Should_keep_both_closes_when_adjclose_is_present()
        {
            // adjclose 0.75 with close 1.5: factor 0.5, so the adjusted bar is open 0.5, high 1.0, low 0.25, close 0.75.
            var text = Chart("1704205800", "\"open\":[1],\"high\":[2],\"low\":[0.5],\"close\":[1.5],\"volume\":[10]", ",\"adjclose\":[{\"adjclose\":[0.75]}]");
            var b = Layout.ReadText("ndx.json", text);
            b.Bars.Select(s => (s.Source, s.Adjustment)).ShouldBe([("ndx", PriceAdjustment.None), ("ndx-adj", PriceAdjustment.SplitAndDividend)]);
            b.Bars[1].Bars[0].ShouldBe(new DailyBar(new DateOnly(2024, 1, 2), 0.5, 1.0, 0.25, 0.75, 10));
        }

        [Fact]
        public void Should_report_Yahoos_error()
        {
            const string text = "{\"chart\":{\"result\":null,\"error\":{\"code\":\"Not Found\",\"description\":\"No data found, symbol may be delisted\"}}}";
            Should.Throw<DataFormatException>(() => Layout.ReadText("x.json", text))
                .ShouldPointAt(null, "chart.error", "Not Found: No data found, symbol may be delisted");
        }

        [Fact]
        public void Should_name_the_path_of_a_wrong_type()
        {
            var text = Chart("1704205800", "\"open\":[\"1\"],\"high\":[2],\"low\":[0.5],\"close\":[1.5],\"volume\":[10]");
            Should.Throw<DataFormatException>(() => Layout.ReadText("x.json", text))
                .ShouldPointAt(null, "chart.result[0].indicators.quote[0].open[0]", "\"1\"");
        }

        [Fact]
        public void Should_name_a_missing_field_and_misaligned_arrays()
        {
            var noClose = Chart("1704205800", "\"open\":[1],\"high\":[2],\"low\":[0.5],\"volume\":[10]");
            Should.Throw<DataFormatException>(() => Layout.ReadText("x.json", noClose)).Column.ShouldBe("chart.result[0].indicators.quote[0].close");
            var shortHigh = Chart("1704205800,1704292200", "\"open\":[1,1],\"high\":[2],\"low\":[0.5,0.5],\"close\":[1.5,1.5],\"volume\":[10,10]");
            Should.Throw<DataFormatException>(() => Layout.ReadText("x.json", shortHigh)).Expected.ShouldContain("2 values, one per timestamp");
        }
    }

    public sealed class Given_a_broken_response
    {
        [Fact]
        public void Should_name_the_line_and_byte_where_a_truncated_body_ends()
        {
            // The recording cut after 600 of its 1056 bytes, as a dropped connection would leave it.
            var bytes = LayoutTesting.SampleBytes(File)[..600];
            var e = Should.Throw<DataFormatException>(() => Layout.ReadBytes("yahoo.json", bytes));
            e.Line.ShouldBe(1);
            e.Column!.ShouldStartWith("byte ");
            e.Expected.ShouldContain("complete, valid JSON");
        }

        [Fact]
        public void Should_refuse_an_empty_body()
        {
            Should.Throw<DataFormatException>(() => Layout.ReadBytes("yahoo.json", [])).Expected.ShouldContain("empty");
        }

        [Fact]
        public void Should_refuse_bytes_that_are_not_UTF_8()
        {
            var bytes = Encoding.UTF8.GetBytes("{\"chart\":{\"result\":[{\"meta\":{\"longName\":\"X\n").Concat(new byte[] { 0xB0, 0xA1 }).ToArray();
            var e = Should.Throw<DataFormatException>(() => Layout.ReadBytes("yahoo.json", bytes));
            e.Line.ShouldBe(2);
            e.Value.ShouldBe("0xB0 0xA1");
        }
    }
}
