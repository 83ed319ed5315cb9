using Froth.Data.Sources;

namespace Froth.Data.Tests.Sources.Files;

public sealed class PriceLayoutDetectionTests
{
    private static readonly (string File, string Layout)[] Files =
    [
        ("prices/hk/9988.HK.csv", "yahoo-history"),
        ("prices/us/IXIC.csv", "yahoo-history"),
        ("prices/us/QQQ_2020-2026-08.csv", "yahoo-history"),
        ("prices/cn_index/000001.SS_yahoo_2020-2026-08.csv", "yahoo-history"),
        ("prices/us/NDX_yahoo_1985-2026-02.csv", "yahoo-multiindex"),
        ("prices/fx/USDCNY_yahoo_2001-2026-02.csv", "yahoo-multiindex"),
        ("prices/fx/HKDX_yahoo_2001-07_2024-12.csv", "yahoo-history"),
        ("prices/us/KWEB.csv", "yahoo-ticker-row"),
        ("prices/us/JD.csv", "yahoo-download"),
        ("prices/us/NDX_yahoo_1985-2026-07_noVolume.csv", "yahoo-download"),
        ("prices/hk_index/HSI_yahoo_1986-2024-08.csv", "yahoo-download"),
        ("reference/000001.SS_yahoo_1990-2018.csv", "yahoo-download"),
        ("reference/nasdaq_dotcom_1994-2000_lppls.csv", "yahoo-download"),
        ("prices/us/NDX_stooq_1938-2026-05.csv", "stooq"),
        ("wire-samples/stooq_daily_csv_ndx_excerpt.csv", "stooq"),
        ("prices/cn_index/hstech_sina_2020-2026.csv", "sina-index"),
        ("prices/cn_index/sz399006_sina_2010-2026.csv", "sina-index"),
        ("prices/cn_index/sh000688_star50_2019-2026.csv", "sina-index"),
        ("prices/cn_stocks/sz300308.csv", "tencent-qfq"),
        ("prices/cn_index/hstech_investing_2015-2024.csv", "investing"),
    ];

    public static TheoryData<string, string> SnapshotFiles => new(Files);

    [Theory]
    [MemberData(nameof(SnapshotFiles))]
    public void Should_detect_each_snapshot_layout(string file, string layout)
    {
        var input = new SourceInput(file, File.ReadAllBytes(Froth.Testing.SampleData.Path(file)));
        SourceLayouts.Detect(SourceReader.Sniff(input))!.Name.ShouldBe(layout);
    }

    [Fact]
    public void Should_have_exactly_one_layout_match_each_snapshot_file_except_the_shared_Stooq_header()
    {
        // Only a Stooq file also matches a later layout (yahoo-download), which is why stooq comes first.
        foreach (var (file, layout) in Files)
        {
            var sniff = SourceReader.Sniff(new SourceInput(file, File.ReadAllBytes(Froth.Testing.SampleData.Path(file))));
            var matches = SourceLayouts.All.Where(l => l.Matches(sniff)).Select(l => l.Name).ToList();
            matches[0].ShouldBe(layout);
            matches.Count.ShouldBe(layout == "stooq" ? 2 : 1, file);
        }
    }

    [Fact]
    public void Should_read_every_price_file_of_the_snapshot()
    {
        // Every file under prices/ (SOURCES.md §1–4, §8, §13) reads without a DataFormatException into bars: 29 in hk/,
        // the 10 of the §2 table in us/, the 7 of the §3 table in cn_index/, 36 in cn_stocks/ (SOURCES.md §4 says "37
        // CSVs in all"; the folder holds 36 and the manifest lists 36 results), 1 in hk_index/, and 3 in fx/: USD/CNY
        // (§8) plus the two USD/HKD files of §13, both the currency pair HKD=X: FRED's DEXHKUS extract (the fred-csv
        // layout, close-only bars: its 686 rows less the 28 US holidays whose value is empty, counted in the file by
        // hand) and Yahoo's HKD=X (the yahoo-history layout: 5,915 rows less the Saturday partial bar of 2024-12-07).
        var files = Directory.GetFiles(Froth.Testing.SampleData.Path("prices"), "*.csv", SearchOption.AllDirectories);
        files.Length.ShouldBe(29 + 10 + 7 + 36 + 1 + 3);
        foreach (var file in files)
        {
            SourceReader.ReadFile(file).Bars.ShouldNotBeEmpty(file);
        }

        var fred = SourceReader.ReadFile(Froth.Testing.SampleData.Path("prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv"));
        fred.Scalars.ShouldBeEmpty();
        var rates = fred.Bars.ShouldHaveSingleItem();
        (rates.Instrument.Symbol, rates.Bars.Count).ShouldBe(("HKD=X", 686 - 28));
        var yahoo = SourceReader.ReadFile(Froth.Testing.SampleData.Path("prices/fx/HKDX_yahoo_2001-07_2024-12.csv")).Bars.ShouldHaveSingleItem();
        (yahoo.Instrument.Symbol, yahoo.Bars.Count).ShouldBe(("HKD=X", 5915 - 1));
    }

    [Fact]
    public void Should_find_a_layout_by_name_and_force_it()
    {
        SourceLayouts.Named("STOOQ").Name.ShouldBe("stooq");
        var forced = PriceFiles.ReadText("x.csv", "Date,Open,High,Low,Close\n2024-01-02,1,2,0.5,1.5\n", layout: "stooq");
        forced.Document.Layout.ShouldBe("stooq");
    }
}
