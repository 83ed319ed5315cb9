using System.Text.Json;
using Froth.Cli.Hosting;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>
/// <c>froth import</c> of the real snapshot, then <c>list</c>, <c>show</c> and <c>quality</c>. Expected values
/// come from <c>shared/data/SOURCES.md</c> (rows and date ranges of each file, the cross-checks it quotes) or
/// from the files themselves, read here independently.
/// </summary>
public static class SnapshotEndToEndTests
{
    // Stooq and Sina print two and three decimals, Yahoo the float it stores (20675.380859375 for 20675.38):
    // half a unit of the second decimal covers the difference.
    private const double TwoDecimals = 0.005;

    private static JsonElement Item(string listJson, string symbol) =>
        JsonDocument.Parse(listJson).RootElement.EnumerateArray().Single(i => i.GetProperty("symbol").GetString() == symbol);

    [Collection(SnapshotCollection.Name)]
    public sealed class Import(SnapshotStore snapshot)
    {
        [Fact]
        public void Should_read_every_data_file_and_skip_only_what_is_not_market_data()
        {
            var root = snapshot.FirstImport.RootElement;
            var skipped = root.GetProperty("skippedFiles").EnumerateArray()
                .Select(s => (File: Path.GetRelativePath(SampleData.Root, s.GetProperty("file").GetString()!), Reason: s.GetProperty("reason").GetString()!))
                .ToList();

            // Not market data: SOURCES.md (documentation), the cn_stocks manifest and checksums, the Hong Kong
            // cross-sections' manifest (the list of their dates), Shiller's .xls, and the three real-time quote captures
            // of wire-samples/, which the quote-snapshot layout refuses. Every other file is read, the §13 files included.
            string[] notMarketData =
            [
                "SOURCES.md",
                "market_cap/hk_daily/manifest.json",
                "prices/cn_stocks/DATA_MANIFEST.json",
                "prices/cn_stocks/SHA256SUMS",
                "reference/shiller_ie_data_archive.xls",
                "wire-samples/eastmoney_push2_stock_get_116.00700_2026-08-07.json",
                "wire-samples/sina_hq_str_sh000001_2026-08-21.txt",
                "wire-samples/tencent_qt_gtimg_hk00700_hk09988_2026-08-07.txt",
            ];

            skipped.Select(s => s.File).Order(StringComparer.Ordinal).ShouldBe(notMarketData.Order(StringComparer.Ordinal));
            skipped.Single(s => s.File == "wire-samples/tencent_qt_gtimg_hk00700_hk09988_2026-08-07.txt").Reason
                .ShouldBe("a real-time quote snapshot (Tencent qt.gtimg.cn quote of hk00700, hk09988), not daily history");
            skipped.Single(s => s.File == "market_cap/hk_daily/manifest.json").Reason
                .ShouldBe("a manifest of the Hong Kong daily cross-sections (the list of their dates), not market data");
            var files = Directory.EnumerateFiles(SampleData.Root, "*", SearchOption.AllDirectories).Count();
            root.GetProperty("documents").GetArrayLength().ShouldBe(files - skipped.Count);
        }

        [Theory]
        // file, layout, rows stored: counted from the file (see Should_store_the_rows_the_section_13_files_hold for the
        // files whose count needs a computation)
        [InlineData("prices/fx/DEXHKUS_fred_2024-01-01_2026-08-17_rows-extract.csv", "fred-csv", 686 - 28)]
        [InlineData("prices/fx/HKDX_yahoo_2001-07_2024-12.csv", "yahoo-history", 5915 - 1)]
        [InlineData("wire-samples/sse_queryMargin_summary_5rows_2026-08-03.json", "sse-margin-json", 5 * 7)]
        [InlineData("wire-samples/szse_ShowReport_1837_xxpl_margin_total_2026-08-03.json", "szse-margin-json", 6)]
        public void Should_read_each_section_13_file_with_its_layout(string relative, string layout, int rows)
        {
            // SOURCES.md §13: DEXHKUS 686 rows with 28 empty holidays; HKD=X 5,915 rows, the last a Saturday partial bar;
            // SSE five days of seven figures; SZSE one day of six.
            var document = Document(relative);
            (document.GetProperty("layout").GetString(), document.GetProperty("rowsNew").GetInt32()).ShouldBe((layout, rows));
        }

        [Fact]
        public void Should_store_the_rows_the_section_13_files_hold()
        {
            // Margin totals: 3,373 rows of three amounts, and the collateral ratio on every row that has one.
            var margin = File.ReadAllLines(SampleData.Path("margin/cn_margin_total_eastmoney_2012-2026-08.csv")).Skip(1).Where(l => l.Length > 0).Select(l => l.Split(',')).ToList();
            margin.Count.ShouldBe(3373);
            Document("margin/cn_margin_total_eastmoney_2012-2026-08.csv").GetProperty("rowsNew").GetInt32().ShouldBe((3 * margin.Count) + margin.Count(f => f[4].Length > 0));

            // Hong Kong days: a market cap and a P/E (when not 0) per stock; 2026-06-12 and 2026-07-01 repeat the day
            // before and are left out whole.
            foreach (var path in Directory.GetFiles(SampleData.Path("market_cap/hk_daily"), "2026-*.json"))
            {
                using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
                var stocks = doc.RootElement.EnumerateArray().ToList();
                var day = Path.GetFileNameWithoutExtension(path);
                var expected = day is "2026-06-12" or "2026-07-01" ? 0 : stocks.Count + stocks.Count(s => s.GetProperty("pe").GetDouble() != 0);
                Document(Path.GetRelativePath(SampleData.Root, path)).GetProperty("rowsNew").GetInt32().ShouldBe(expected, day);
            }

            // The wide A-share table: every value on a quarter-end row, less each stock's leading run of two or more
            // equal values (the pre-listing back-fill).
            var table = File.ReadAllLines(SampleData.Path("market_cap/a_quarterly/total_mv_quarterly_wide.csv")).Select(l => l.Split(',')).ToList();
            var quarters = table.Skip(1).Where(r => r[0][4..] is "0331" or "0630" or "0930" or "1231").ToList();
            var expectedCaps = 0;
            for (var c = 1; c < table[0].Length; c++)
            {
                var values = quarters.Select(r => r[c]).Where(v => v.Length > 0).ToList();
                var run = values.TakeWhile(v => v.Length > 0 && decimal.Parse(v, System.Globalization.CultureInfo.InvariantCulture) == decimal.Parse(values[0], System.Globalization.CultureInfo.InvariantCulture)).Count();
                expectedCaps += values.Count - (run >= 2 ? run : 0);
            }

            Document("market_cap/a_quarterly/total_mv_quarterly_wide.csv").GetProperty("rowsNew").GetInt32().ShouldBe(expectedCaps);
        }

        private JsonElement Document(string relative) =>
            snapshot.FirstImport.RootElement.GetProperty("documents").EnumerateArray().Single(d => d.GetProperty("file").GetString() == SampleData.Path(relative));

        [Fact]
        public void Should_store_every_row_of_a_file_and_skip_the_duplicate_of_the_star50_file()
        {
            var documents = snapshot.FirstImport.RootElement.GetProperty("documents").EnumerateArray().ToList();
            JsonElement Document(string relative) =>
                documents.Single(d => d.GetProperty("file").GetString() == SampleData.Path(relative));

            // SOURCES.md: 0700.HK.csv has 5477 rows; sh000688_star50 has 1537 rows, two of them for 2025-04-18.
            Document("prices/hk/0700.HK.csv").GetProperty("rowsNew").GetInt32().ShouldBe(5477);
            var star50 = Document("prices/cn_index/sh000688_star50_2019-2026.csv");
            (star50.GetProperty("rowsNew").GetInt32(), star50.GetProperty("rowsSkipped").GetInt32()).ShouldBe((1536, 1));
            star50.GetProperty("skipReasons")[0].GetProperty("rule").GetString().ShouldBe("duplicate-date");
        }

        [Fact]
        public void Should_change_nothing_when_the_snapshot_is_imported_again()
        {
            var first = snapshot.FirstImport.RootElement.GetProperty("totals");
            var second = snapshot.SecondImport.RootElement;

            second.GetProperty("documents").EnumerateArray().ShouldAllBe(d => d.GetProperty("importId").ValueKind == JsonValueKind.Null);
            second.GetProperty("totals").GetProperty("rowsNew").GetInt32().ShouldBe(0);
            second.GetProperty("totals").GetProperty("rowsUpdated").GetInt32().ShouldBe(0);
            second.GetProperty("totals").GetProperty("rowsUnchanged").GetInt32().ShouldBe(first.GetProperty("rowsNew").GetInt32());
            snapshot.ListAfterSecond.ShouldBe(snapshot.ListAfterFirst);
        }

        [Fact]
        public async Task Should_leave_the_store_unchanged_when_one_file_is_malformed()
        {
            // A copy of the head of a Yahoo file whose third line has a close that is not a number.
            using var temp = new TempFolder();
            var lines = File.ReadLines(SampleData.Path("prices/hk/0700.HK.csv")).Take(3).ToArray();
            var fields = lines[2].Split(',');
            fields[4] = "12.5x";
            lines[2] = string.Join(',', fields);
            var bad = temp.Write("0700.HK.csv", string.Join('\n', lines) + "\n");
            var before = await File.ReadAllBytesAsync(snapshot.StorePath, TestContext.Current.CancellationToken);

            var result = await snapshot.Run("import", SampleData.Path("prices/us"), bad);

            result.ExitCode.ShouldBe(FrothApp.Failed);
            result.Error.ShouldStartWith($"error: {bad}:3");
            result.Error.ShouldContain("column 'Close': got '12.5x'");
            (await File.ReadAllBytesAsync(snapshot.StorePath, TestContext.Current.CancellationToken)).ShouldBe(before);
        }
    }

    [Collection(SnapshotCollection.Name)]
    public sealed class List(SnapshotStore snapshot)
    {
        [Theory]
        // symbol, first, last, rows: the date range and row count of the preferred file in SOURCES.md
        [InlineData("0700.HK", "2004-06-16", "2026-08-21", 5477)]
        [InlineData("688256.SS", "2020-07-20", "2026-08-05", 1467)]
        [InlineData("^NDX", "1985-10-01", "2026-07-13", 10273)]
        [InlineData("HSTECH.HK", "2020-08-17", "2026-07-10", 1447)]
        [InlineData("^IXIC", "1971-02-05", "2026-08-21", 14003)]
        public void Should_list_the_range_and_bars_of_the_preferred_source(string symbol, string first, string last, int bars)
        {
            var item = Item(snapshot.ListAfterFirst, symbol);

            (item.GetProperty("first").GetString(), item.GetProperty("last").GetString(), item.GetProperty("bars").GetInt32())
                .ShouldBe((first, last, bars));
        }

        [Fact]
        public void Should_prefer_the_longest_current_history_over_older_files_and_recent_excerpts()
        {
            // ^NDX: the no-volume Yahoo file runs to 2026-07-13, Stooq to 2026-05-01 (73 days earlier, not
            // current), the other Yahoo file to 2026-02-27 (SOURCES.md). CSI 300: the Tencent file (2014-) runs
            // to 2026-08-05 and Sina's (2002-) to 2026-07-24, within a month, so the longer Sina history wins;
            // the two three-day API captures of wire-samples/ end on 2026-09-30 but are excerpts. SSEC: Sina's
            // 1990-2026 history beats Yahoo's 2020-2026 file, 14 days fresher.
            Item(snapshot.ListAfterFirst, "^NDX").GetProperty("source").GetString().ShouldBe("NDX_yahoo_1985-2026-07_noVolume");
            var csi = Item(snapshot.ListAfterFirst, "000300.SS");
            csi.GetProperty("source").GetString().ShouldBe("sh000300_sina");
            Item(snapshot.ListAfterFirst, "000001.SS").GetProperty("source").GetString().ShouldBe("sh000001_sina_1990-2026");
            csi.GetProperty("sources").GetArrayLength().ShouldBe(4);
        }

        [Fact]
        public async Task Should_list_the_store_byte_identically_twice()
        {
            var again = await snapshot.Run("list", "--format", "json");

            again.Out.ShouldBe(snapshot.ListAfterFirst);
        }

        [Fact]
        public void Should_leave_the_single_stock_series_out_by_default()
        {
            // The Hong Kong days and the wide A-share table give a market cap (and in Hong Kong a P/E) per stock: thousands
            // of series, counted but not listed, so that the listing stays the indices, stocks, currencies and
            // market-wide series.
            var symbols = JsonDocument.Parse(snapshot.ListAfterFirst).RootElement.EnumerateArray().Select(i => i.GetProperty("symbol").GetString()!).ToList();
            symbols.ShouldNotContain("0700.HK:MARKET_CAP");
            symbols.ShouldNotContain("688256.SS:MARKET_CAP");
            symbols.ShouldContain("HKD=X");
            symbols.ShouldContain("CN:MARGIN_BALANCE");
            symbols.ShouldContain("SH:MARGIN_BALANCE");
            symbols.ShouldContain("^NDX");
        }

        [Fact]
        public async Task Should_list_the_single_stock_series_of_a_market_when_asked()
        {
            var result = await snapshot.Run("list", "--kind", "valuation", "--market", "HK", "--format", "json");

            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            var tencent = Item(result.Out, "0700.HK:MARKET_CAP");
            // 27 days less the two left out (2026-06-12, 2026-07-01).
            (tencent.GetProperty("points").GetInt32(), tencent.GetProperty("unit").GetString(), tencent.GetProperty("first").GetString(), tencent.GetProperty("last").GetString())
                .ShouldBe((25, "HKD", "2026-06-10", "2026-07-24"));
            JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ShouldAllBe(i => i.GetProperty("market").GetString() == "HK" && i.GetProperty("kind").GetString() == "valuation");
        }

        [Fact]
        public async Task Should_count_what_it_leaves_out_in_the_table()
        {
            var result = await snapshot.Run("list", "--format", "table");

            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            result.Out.ShouldContain("Not listed: ");
            result.Out.ShouldContain("valuation series of single stocks (MARKET_CAP ");
            result.Out.ShouldContain("list them with --all or --kind valuation --market HK.");
        }

        [Fact]
        public void Should_carry_aliases_name_kind_and_currency()
        {
            var item = Item(snapshot.ListAfterFirst, "688256.SS");

            item.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).ShouldBe(["CAMBRICON", "sh688256", "688256"]);
            (item.GetProperty("name").GetString(), item.GetProperty("kind").GetString(), item.GetProperty("currency").GetString())
                .ShouldBe(("Cambricon Technologies", "stock", "CNY"));
        }
    }

    [Collection(SnapshotCollection.Name)]
    public sealed class Show(SnapshotStore snapshot)
    {
        private async Task<List<JsonElement>> Bars(params string[] args)
        {
            var result = await snapshot.Run(["show", .. args, "--format", "json"]);
            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            return [.. JsonDocument.Parse(result.Out).RootElement.EnumerateArray()];
        }

        [Fact]
        public async Task Should_show_the_nasdaq_100_closes_that_sources_md_quotes()
        {
            // SOURCES.md: "on 2024-07-10/11 the three NDX files agree on OHLC (Yahoo close 20675.38 / 20211.36)".
            var bars = await Bars("NDX", "--from", "2024-07-10", "--to", "2024-07-11");

            bars.Select(b => b.GetProperty("date").GetString()).ShouldBe(["2024-07-10", "2024-07-11"]);
            bars[0].GetProperty("close").GetDouble().ShouldBe(20675.38, TwoDecimals);
            bars[1].GetProperty("close").GetDouble().ShouldBe(20211.36, TwoDecimals);
        }

        [Fact]
        public async Task Should_show_the_shanghai_composite_peak_from_the_named_source()
        {
            // SOURCES.md: peak 2007-10-16, high 6124.044, close 6092.057 in the Sina file.
            var bar = (await Bars("SSEC", "--source", "sh000001_sina_1990-2026", "--from", "2007-10-16", "--to", "2007-10-16")).ShouldHaveSingleItem();

            bar.GetProperty("high").GetDouble().ShouldBe(6124.044);
            bar.GetProperty("close").GetDouble().ShouldBe(6092.057);
        }

        [Theory]
        [InlineData("2024-10-02", 5157.08)]
        [InlineData("2022-10-31", 2852.57)]
        public async Task Should_show_the_same_hang_seng_tech_close_from_both_sources(string date, double close)
        {
            // SOURCES.md: Sina and investing.com agree to the cent on these days.
            foreach (var source in new[] { "hstech_sina_2020-2026", "hstech_investing_2015-2024" })
            {
                var bar = (await Bars("HSTECH", "--source", source, "--from", date, "--to", date)).ShouldHaveSingleItem();
                bar.GetProperty("close").GetDouble().ShouldBe(close, TwoDecimals);
            }
        }

        [Fact]
        public async Task Should_show_the_points_of_a_valuation_series()
        {
            var result = await snapshot.Run("show", "HSTECH.HK:PE", "--source", "hstech_pe_lixinger", "--format", "json");

            result.ExitCode.ShouldBe(FrothApp.Ok, result.Error);
            var points = JsonDocument.Parse(result.Out).RootElement.EnumerateArray().ToList();
            // SOURCES.md: the lixinger export covers 2020-07-27 to 2026-04-20.
            (points[0].GetProperty("date").GetString(), points[^1].GetProperty("date").GetString()).ShouldBe(("2020-07-27", "2026-04-20"));
            points[0].TryGetProperty("value", out _).ShouldBeTrue();
        }
    }

    [Collection(SnapshotCollection.Name)]
    public sealed class Quality(SnapshotStore snapshot)
    {
        [Fact]
        public async Task Should_report_the_star50_duplicate_with_its_file_and_lines()
        {
            // The lines of the two 2025-04-18 rows, read from the file itself.
            var file = SampleData.Path("prices/cn_index/sh000688_star50_2019-2026.csv");
            var lines = File.ReadLines(file).Select((l, i) => (Line: i + 1, Text: l)).Where(x => x.Text.StartsWith("2025-04-18,", StringComparison.Ordinal)).Select(x => x.Line).ToList();
            var result = await snapshot.Run("quality", "--symbol", "STAR50", "--format", "json", "--limit", "0");

            var rule = JsonDocument.Parse(result.Out).RootElement.GetProperty("rules").EnumerateArray().Single(r => r.GetProperty("rule").GetString() == "duplicate-date");
            rule.GetProperty("listed").EnumerateArray().Select(i => (i.GetProperty("file").GetString(), i.GetProperty("line").GetInt32()))
                .ShouldBe(lines.Select(l => ((string?)file, l)));
        }

        [Fact]
        public async Task Should_find_the_shanghai_composite_sources_in_agreement_where_they_overlap()
        {
            // SOURCES.md: "Shanghai Composite Sina vs Yahoo agree" (checked there on 2007-10-16; here on every
            // common date of the 2020-2026 Yahoo file, which the Sina file covers to 2026-07-24).
            var result = await snapshot.Run("quality", "--symbol", "SSEC", "--format", "json");

            var pair = JsonDocument.Parse(result.Out).RootElement.GetProperty("sources").EnumerateArray()
                .Single(p => p.GetProperty("sourceA").GetString() == "sh000001_sina_1990-2026" && p.GetProperty("sourceB").GetString() == "000001.SS_yahoo_2020-2026-08");
            pair.GetProperty("disagreeing").GetInt32().ShouldBe(0);
            pair.GetProperty("commonDates").GetInt32().ShouldBeGreaterThan(1500);
            pair.GetProperty("overlapTo").GetString().ShouldBe("2026-07-24");
        }
    }
}
