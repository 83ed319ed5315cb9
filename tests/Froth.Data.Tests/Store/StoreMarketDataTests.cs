using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Data.Store;
using Froth.Series;
using static Froth.Data.Tests.Store.TestBatches;

namespace Froth.Data.Tests.Store;

public sealed class StoreMarketDataTests
{
    /// <summary>A store with the Nasdaq-100 from two sources and Tencent, opened read-only as commands do.</summary>
    public abstract class WithStore : StoreTestBase
    {
        protected StoreMarketData Open(params ImportBatch[] batches)
        {
            using (var store = NewStore())
            {
                store.Import(batches);
            }

            return StoreMarketData.Open(StorePath);
        }

        protected StoreMarketData OpenNdxAndTencent() => Open(
            NdxJuly2024(),
            Bars("/data/us/NDX_stooq.csv", "stooq", Ndx, "NDX_stooq", Bar("2024-07-10", 20675.38, 1087586863), Bar("2024-07-11", 20211.36, 1408775697)),
            Bars("/data/hk/0700.HK.csv", "t", Tencent, "0700.HK", Bar("2026-08-20", 596.0, 1.9e7)));
    }

    public sealed class Resolve : WithStore
    {
        [Theory]
        [InlineData("^NDX", "^NDX")]
        [InlineData("^ndx", "^NDX")]
        [InlineData("ndx", "^NDX")]
        [InlineData("Tencent", "0700.HK")]
        [InlineData("HK00700", "0700.HK")]
        [InlineData(" 0700 ", "0700.HK")]
        public void Should_resolve_symbols_and_aliases_ignoring_case(string asked, string expected)
        {
            using var data = OpenNdxAndTencent();

            data.Resolve(asked).Symbol.ShouldBe(expected);
        }

        [Fact]
        public void Should_suggest_the_closest_names_for_an_unknown_symbol()
        {
            using var data = OpenNdxAndTencent();

            var e = Should.Throw<UnknownSymbolException>(() => data.Resolve("TENCNT"));

            // Levenshtein("TENCNT", "TENCENT") = 1 (one insertion), within a third of 7 letters.
            e.Suggestions.ShouldBe(["TENCENT"]);
            e.Message.ShouldContain("did you mean TENCENT?");
        }

        [Fact]
        public void Should_say_which_instruments_an_ambiguous_alias_names()
        {
            var other = new Instrument("0700.SZ", "made-up listing", InstrumentKind.Stock, "SZ", "CNY") { Aliases = ["0700"] };
            using var data = Open(Bars("/a.csv", "a", Tencent, "0700.HK", Bar("2026-08-20", 596.0)), Bars("/b.csv", "b", other, "b", Bar("2026-08-20", 1.0)));

            var e = Should.Throw<FrothException>(() => data.Resolve("0700"));

            e.Message.ShouldBe("'0700' is an alias of several instruments: 0700.HK, 0700.SZ; use the canonical symbol.");
        }
    }

    public sealed class Sources : WithStore
    {
        [Fact]
        public void Should_summarize_each_source_preferred_first()
        {
            using var data = OpenNdxAndTencent();

            // Both end on 2024-07-11 and have volume; the Yahoo one has more rows (3 against 2).
            var sources = data.Sources("^NDX");
            sources.Select(s => s with { Origin = null }).ShouldBe(
            [
                new SeriesSource("^NDX", "NDX_yahoo", D("2024-07-09"), D("2024-07-11"), 3, true, PriceAdjustment.None),
                new SeriesSource("^NDX", "NDX_stooq", D("2024-07-10"), D("2024-07-11"), 2, true, PriceAdjustment.None),
            ]);

            // Each names the document its rows came from: its location, layout and the hash of its content.
            sources.Select(s => (s.Origin!.Location, s.Origin.Layout, s.Origin.ContentHash)).ShouldBe(
            [
                ("/data/us/NDX_yahoo.csv", "test-layout", Document("/data/us/NDX_yahoo.csv", "ndx v1").ContentHash),
                ("/data/us/NDX_stooq.csv", "test-layout", Document("/data/us/NDX_stooq.csv", "stooq").ContentHash),
            ]);
        }

        [Fact]
        public void Should_not_prefer_a_source_whose_tail_is_forward_filled()
        {
            // Given source "padded" that runs one weekday further than "live" but repeats its last close on ten
            // sessions (StaleData.RunLength), from 2026-08-10 to 2026-08-21
            var live = Bars("/live.csv", "live", Tencent, "live", Bar("2026-08-17", 590.0), Bar("2026-08-18", 592.5), Bar("2026-08-19", 591.0), Bar("2026-08-20", 596.0));
            var padDays = Enumerable.Range(0, 12).Select(i => D("2026-08-10").AddDays(i)).Where(TradingCalendar.IsWeekday).ToList();
            padDays.Count.ShouldBe(StaleData.RunLength);
            var padded = Bars("/padded.csv", "padded", Tencent, "padded", [Bar("2026-08-07", 588.0), .. padDays.Select(d => Bar(IsoDate.Format(d), 590.0))]);
            using var data = Open(live, padded);

            // Then "padded" is fresh only until 2026-08-10, the first of its ten equal closes, and "live" wins
            var sources = data.Sources("0700.HK");
            sources.Select(s => (s.Source, s.FreshUntil)).ShouldBe([("live", D("2026-08-20")), ("padded", D("2026-08-10"))]);
            sources[1].StaleSince.ShouldBe(D("2026-08-10"));
            data.Bars("0700.HK")[^1].Close.ShouldBe(596.0);
        }

        [Fact]
        public void Should_find_the_stale_tail_in_SQL_exactly_as_the_CSharp_rule_does()
        {
            // The store computes each source's stale tail in SQL (one query over every series); StaleData.StaleSince
            // is the C# rule the in-memory market data and the analytics use. 200 random series whose tails repeat
            // their last value 0 to 14 times, with interior runs and NaN-free values drawn from a small set so that
            // equal neighbours are common: both must agree on every one.
            var random = new Random(20261204);
            var batches = new List<ImportBatch>();
            var expected = new Dictionary<string, DateOnly?>();
            for (var k = 0; k < 200; k++)
            {
                var days = Enumerable.Range(0, 400).Select(i => D("2020-01-01").AddDays(i)).Where(TradingCalendar.IsWeekday).Take(random.Next(1, 60)).ToList();
                var values = days.Select(_ => 100.0 + random.Next(0, 3)).ToList();
                var tail = Math.Min(random.Next(0, 15), values.Count);
                for (var i = values.Count - tail; i < values.Count; i++)
                {
                    values[i] = values[^1];
                }

                var instrument = Tencent with { Symbol = $"T{k:000}.HK", Aliases = [] };
                batches.Add(Bars($"/s{k}.csv", $"s{k}", instrument, $"s{k}", [.. days.Select((d, i) => Bar(IsoDate.Format(d), values[i]))]));
                expected[instrument.Symbol] = StaleData.StaleSince(days, values);
            }

            using var data = Open([.. batches]);

            foreach (var (symbol, since) in expected)
            {
                data.Sources(symbol).ShouldHaveSingleItem().StaleSince.ShouldBe(since, symbol);
            }

            expected.Values.Count(v => v is not null).ShouldBeGreaterThan(20); // the sample has stale tails to compare
        }

        [Fact]
        public void Should_return_nothing_for_an_unknown_symbol()
        {
            using var data = OpenNdxAndTencent();

            data.Sources("^XYZ").ShouldBeEmpty();
            data.Bars("^XYZ").ShouldBeEmpty();
        }
    }

    public sealed class BarsAndScalars : WithStore
    {
        [Fact]
        public void Should_return_the_bars_of_the_inclusive_range()
        {
            using var data = OpenNdxAndTencent();

            data.Bars("^NDX", from: D("2024-07-10"), to: D("2024-07-10")).Select(b => b.Close).ShouldBe([20675.38]);
            data.Bars("^NDX", from: D("2024-07-10")).Select(b => b.Date).ShouldBe([D("2024-07-10"), D("2024-07-11")]);
            data.Bars("^NDX", to: D("2024-07-09")).Select(b => b.Date).ShouldBe([D("2024-07-09")]);
        }

        [Fact]
        public void Should_return_a_named_source_and_nothing_for_an_unknown_one()
        {
            using var data = OpenNdxAndTencent();

            data.Bars("^NDX", source: "NDX_stooq").Select(b => b.Volume).ShouldBe([1087586863, 1408775697]);
            data.Bars("^NDX", source: "no-such-source").ShouldBeEmpty();
        }

        [Fact]
        public void Should_return_points_of_a_scalar_series_and_no_bars_for_it()
        {
            using var data = Open(Points("/pe.csv", "pe", HstechPe, "lixinger", new ScalarPoint(D("2026-04-17"), 22.9), new ScalarPoint(D("2026-04-20"), 23.1)));

            data.Scalars("HSTECH.HK:PE", from: D("2026-04-20")).ShouldBe([new ScalarPoint(D("2026-04-20"), 23.1)]);
            data.Bars("HSTECH.HK:PE").ShouldBeEmpty();
        }
    }

    public sealed class ListAndIssues : WithStore
    {
        [Fact]
        public void Should_list_instruments_by_symbol_with_their_sources()
        {
            using var data = OpenNdxAndTencent();

            var list = data.List();

            // Ordinal order: '0' (0x30) sorts before '^' (0x5E).
            list.Select(i => i.Instrument.Symbol).ShouldBe(["0700.HK", "^NDX"]);
            list[1].Preferred.Source.ShouldBe("NDX_yahoo");
            list[1].Sources.Count.ShouldBe(2);
        }

        [Fact]
        public void Should_keep_only_the_issues_of_the_latest_import_of_each_document()
        {
            // Given a file imported twice: first with two issues, then (changed) with one
            var first = NdxJuly2024() with { Issues = [Issue("gap", 4), Issue("stale-run", 9)] };
            var second = NdxJuly2024("ndx v2") with { Issues = [Issue("gap", 4)] };
            using (var store = NewStore())
            {
                store.Import([first]);
                store.Import([second]);
            }

            using var data = StoreMarketData.Open(StorePath);

            // Then only the second import's issue is current
            var issue = data.Issues().ShouldHaveSingleItem();
            (issue.ImportId, issue.Issue.Rule, issue.Issue.Line).ShouldBe((2, "gap", 4));
        }

        [Fact]
        public void Should_filter_issues_by_symbol_keeping_document_wide_ones_of_its_documents()
        {
            var ndx = NdxJuly2024() with { Issues = [Issue("gap", 4) with { Symbol = "^NDX" }, Issue("encoding", null)] };
            var tencent = Bars("/data/hk/0700.HK.csv", "t", Tencent, "0700.HK", Bar("2026-08-20", 596.0)) with
            {
                Issues = [Issue("gap", 7, "/data/hk/0700.HK.csv") with { Symbol = "0700.HK" }],
            };
            using var data = Open(ndx, tencent);

            data.Issues("^NDX").Select(i => (i.Issue.Rule, i.Issue.Line)).ShouldBe([("gap", 4), ("encoding", (int?)null)]);
            data.Issues("0700.HK").Select(i => i.Issue.Line).ShouldBe([7]);
            data.Issues().Count.ShouldBe(3);
        }

        private static DataIssue Issue(string rule, int? line, string location = "/data/us/NDX_yahoo.csv") =>
            new(rule, IssueSeverity.Info, location, line, null, null, $"{rule} at line {line}", IssueAction.Reported);
    }
}
