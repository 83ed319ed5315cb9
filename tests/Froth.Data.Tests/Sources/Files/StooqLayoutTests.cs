using Froth.Data.Quality;
using Froth.Series;

namespace Froth.Data.Tests.Sources.Files;

// Expected values are read by eye from the files (lines given) and SOURCES.md §2 and §10.
public sealed class StooqLayoutTests
{
    private const string Header = "Date,Open,High,Low,Close,Volume";

    [Fact]
    public void Should_read_the_Nasdaq_100_from_Stooq()
    {
        // SOURCES.md §2: 1938-01-03 → 2026-05-01, 22809 rows, CR LF line ends.
        // Line 2: "1938-01-03,2.25,2.29,2.22,2.24,0"; last: "2026-05-01,27515.883,27776.916,27515.883,27672.863,249909517".
        var batch = PriceFiles.Read("prices/us/NDX_stooq_1938-2026-05.csv");
        batch.Document.Layout.ShouldBe("stooq");
        var s = batch.Only();
        s.Instrument.Symbol.ShouldBe("^NDX");
        s.Source.ShouldBe("NDX_stooq_1938-2026-05");
        s.Adjustment.ShouldBe(PriceAdjustment.None);
        s.Bars.Count.ShouldBe(22809);
        s.Bars[0].ShouldBe(new DailyBar(new DateOnly(1938, 1, 3), 2.25, 2.29, 2.22, 2.24, null));
        s.Bars[^1].ShouldBe(new DailyBar(new DateOnly(2026, 5, 1), 27515.883, 27776.916, 27515.883, 27672.863, 249909517));
    }

    [Fact]
    public void Should_read_the_wire_sample_and_report_its_excerpt_gaps()
    {
        // The excerpt holds 3 rows of 1938, 4 of 1985 and 4 of 2026: two gaps of decades.
        var batch = PriceFiles.Read("wire-samples/stooq_daily_csv_ndx_excerpt.csv");
        batch.Document.Layout.ShouldBe("stooq");
        batch.Only().Instrument.Symbol.ShouldBe("^NDX");
        batch.Only().Bars.Count.ShouldBe(11);
        batch.Only().On("1985-10-01").Volume.ShouldBe(26406897);
        batch.Issues(QualityRuleIds.Gap).Select(i => i.Line).ShouldBe([5, 9]);
    }

    [Fact]
    public void Should_claim_the_shared_header_by_CR_LF_line_ends()
    {
        var crlf = PriceFiles.ReadText("x.csv", $"{Header}\r\n2026-04-30,1,2,0.5,1.5,10\r\n");
        crlf.Document.Layout.ShouldBe("stooq");
    }

    [Fact]
    public void Should_claim_the_shared_header_by_a_Stooq_download_name()
    {
        var named = PriceFiles.ReadText("^ndx_d.csv", $"{Header}\n2026-04-30,1,2,0.5,1.5,10\n");
        named.Document.Layout.ShouldBe("stooq");
        named.Only().Instrument.Symbol.ShouldBe("^NDX");
    }

    [Fact]
    public void Should_name_a_downloaded_response_after_its_s_query_and_the_source_stooq()
    {
        var body = System.Text.Encoding.UTF8.GetBytes($"{Header}\r\n2026-04-30,1,2,0.5,1.5,10\r\n");

        var batch = Froth.Data.Sources.SourceReader.Read(new Froth.Data.Sources.SourceInput("https://stooq.com/q/d/l/?s=%5Endq&i=d", body), "stooq");

        // ^ndq is Stooq's Nasdaq Composite.
        (batch.Only().Instrument.Symbol, batch.Only().Source).ShouldBe(("^IXIC", "stooq"));
        Should.Throw<Froth.Data.Sources.DataFormatException>(() => Froth.Data.Sources.SourceReader.Read(new Froth.Data.Sources.SourceInput("https://stooq.com/q/d/l/?s=%5Ezzz1&i=d", body), "stooq"))
            .Column.ShouldBe("s");
    }

    [Fact]
    public void Should_leave_the_shared_header_with_LF_and_another_name_to_Yahoo()
    {
        var yahoo = PriceFiles.ReadText("AAPL.csv", $"{Header}\n2026-04-30,1,2,0.5,1.5,10\n");
        yahoo.Document.Layout.ShouldBe("yahoo-download");
    }
}
