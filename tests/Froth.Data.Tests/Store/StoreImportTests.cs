using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Data.Store;
using Froth.Series;
using Froth.Testing;
using static Froth.Data.Tests.Store.TestBatches;

namespace Froth.Data.Tests.Store;

public sealed class StoreImportTests
{
    public sealed class Storing : StoreTestBase
    {
        [Fact]
        public void Should_read_back_the_bars_as_given_including_a_missing_volume()
        {
            using var store = NewStore();

            store.Import([NdxJuly2024()]);

            var bars = store.Read().Bars("^NDX");
            bars.ShouldBe(NdxJuly2024().Bars[0].Bars);
            bars[2].Volume.ShouldBeNull();
        }

        [Fact]
        public void Should_read_back_the_instrument_with_its_aliases_unit_and_frequency()
        {
            using var store = NewStore();
            var pe = HstechPe with { Frequency = Frequency.Daily };

            store.Import([Points("/data/valuation/erp_HSTECH.csv", "pe", pe, "erp_HSTECH", new ScalarPoint(D("2026-07-06"), 24.77), new ScalarPoint(D("2026-07-07"), 24.91))]);

            var read = store.Read();
            var stored = read.Instruments().ShouldHaveSingleItem();
            (stored.Symbol, stored.Name, stored.Kind, stored.Market, stored.Currency, stored.Frequency, stored.Unit)
                .ShouldBe(("HSTECH.HK:PE", "Hang Seng TECH P/E (TTM)", InstrumentKind.Valuation, "HK", (string?)null, Frequency.Daily, "ratio"));
            stored.Aliases.ShouldBe(["HSTECH:PE"]);
            read.Scalars("HSTECH.HK:PE").Select(p => p.Value).ShouldBe([24.77, 24.91]);
        }

        [Fact]
        public void Should_record_the_provenance_of_the_document_with_the_injected_time()
        {
            var clock = new FixedClock(new DateTimeOffset(2026, 11, 22, 14, 5, 0, TimeSpan.Zero));
            using var store = NewStore(clock);
            var batch = NdxJuly2024();

            var summary = store.Import([batch]);

            summary.Documents.ShouldHaveSingleItem().ImportId.ShouldBe(1);
            var dump = StoreDump.Of(store.Connection);
            // import_id|location|layout|content_hash|length|imported_at|read|new|updated|unchanged|skipped|issues
            dump.ShouldContain($"\n1|/data/us/NDX_yahoo.csv|test-layout|{batch.Document.ContentHash}|6|2026-11-22 14:05:00Z|3|3|0|0|0|0\n");
        }

        [Fact]
        public void Should_link_every_stored_row_to_an_import_record()
        {
            using var store = NewStore();

            store.Import([NdxJuly2024(), Points("/data/pe.csv", "pe", HstechPe, "lixinger", new ScalarPoint(D("2026-04-20"), 23.1))]);

            StoreDump.Scalar(store.Connection, "SELECT count(*) FROM bars WHERE import_id NOT IN (SELECT import_id FROM imports)").ShouldBe(0L);
            StoreDump.Scalar(store.Connection, "SELECT count(*) FROM points WHERE import_id NOT IN (SELECT import_id FROM imports)").ShouldBe(0L);
            StoreDump.Scalar(store.Connection, "SELECT string_agg(DISTINCT i.location, ',') FROM points p JOIN imports i USING (import_id)").ShouldBe("/data/pe.csv");
        }

        [Fact]
        public void Should_store_the_issues_of_a_document_with_file_and_line()
        {
            using var store = NewStore();
            var issue = new DataIssue("duplicate-date", IssueSeverity.Warning, "/data/cn/sh000688.csv", 1290, "volume", "3000960", "Two rows for 2025-04-18; kept the one with the larger volume.", IssueAction.Skipped)
            {
                Symbol = "000688.SS",
                Date = D("2025-04-18"),
            };
            var batch = NdxJuly2024() with { Issues = [issue] };

            var summary = store.Import([batch]);

            var stored = store.Read().Issues().ShouldHaveSingleItem();
            stored.Issue.ShouldBe(issue);
            stored.ImportId.ShouldBe(1);
            var document = summary.Documents.ShouldHaveSingleItem();
            document.RowsSkipped.ShouldBe(1);
            document.SkipReasons.ShouldBe([new SkipReason("duplicate-date", 1, issue.Message)]);
        }

        [Fact]
        public void Should_not_create_series_or_instruments_for_empty_series()
        {
            using var store = NewStore();

            var summary = store.Import([Bars("/data/empty.csv", "header only", Tencent, "0700.HK")]);

            summary.Documents.ShouldHaveSingleItem().Instruments.ShouldBeEmpty();
            StoreDump.Count(store.Connection, "instruments").ShouldBe(0);
            StoreDump.Count(store.Connection, "series").ShouldBe(0);
            StoreDump.Count(store.Connection, "imports").ShouldBe(1);
        }
    }

    public sealed class Idempotence : StoreTestBase
    {
        [Fact]
        public void Should_change_nothing_when_the_same_content_is_imported_again()
        {
            using var store = NewStore();
            store.Import([NdxJuly2024(), Points("/data/pe.csv", "pe", HstechPe, "lixinger", new ScalarPoint(D("2026-04-20"), 23.1))]);
            var before = StoreDump.Of(store.Connection);

            var again = store.Import([NdxJuly2024(), Points("/data/pe.csv", "pe", HstechPe, "lixinger", new ScalarPoint(D("2026-04-20"), 23.1))]);

            StoreDump.Of(store.Connection).ShouldBe(before);
            again.Unchanged.ShouldBeTrue();
            again.Documents.Select(d => (d.ImportId, d.RowsNew, d.RowsUpdated, d.RowsUnchanged)).ShouldBe([(null, 0, 0, 3), (null, 0, 0, 1)]);
        }

        [Fact]
        public void Should_record_nothing_for_an_empty_document_seen_before()
        {
            using var store = NewStore();
            store.Import([Bars("/data/empty.csv", "header only", Tencent, "0700.HK")]);
            var before = StoreDump.Of(store.Connection);

            var again = store.Import([Bars("/data/empty.csv", "header only", Tencent, "0700.HK")]);

            again.Unchanged.ShouldBeTrue();
            StoreDump.Of(store.Connection).ShouldBe(before);
        }

        [Fact]
        public void Should_add_only_the_new_dates_of_a_refreshed_document()
        {
            using var store = NewStore();
            store.Import([NdxJuly2024()]);
            var refreshed = NdxJuly2024("ndx v2");
            refreshed = refreshed with
            {
                Bars = [refreshed.Bars[0] with { Bars = [.. refreshed.Bars[0].Bars, new DailyBar(D("2024-07-12"), 20297.32, 20520.94, 20205.60, 20331.59, null)] }],
            };

            var summary = store.Import([refreshed]);

            var document = summary.Documents.ShouldHaveSingleItem();
            (document.ImportId, document.RowsNew, document.RowsUpdated, document.RowsUnchanged).ShouldBe((2, 1, 0, 3));
            StoreDump.Scalar(store.Connection, "SELECT string_agg(import_id::VARCHAR, ',' ORDER BY date) FROM bars").ShouldBe("1,1,1,2");
            summary.RevisionCount.ShouldBe(0);
        }
    }

    public sealed class Revisions : StoreTestBase
    {
        [Fact]
        public void Should_update_a_changed_value_and_record_the_revision_with_both_imports()
        {
            // Given the three sessions stored by import 1
            using var store = NewStore();
            store.Import([NdxJuly2024()]);

            // When a new version of the file gives another close for 2024-07-10 and adds the missing volume of 07-11
            var v2 = NdxJuly2024("ndx v2");
            var bars = v2.Bars[0].Bars.ToArray();
            bars[1] = bars[1] with { Close = 20675.40 };
            bars[2] = bars[2] with { Volume = 6366620000 };
            var summary = store.Import([v2 with { Bars = [v2.Bars[0] with { Bars = bars }] }]);

            // Then two rows are updated, one unchanged, and each changed field is a revision from import 1 to 2
            var document = summary.Documents.ShouldHaveSingleItem();
            (document.ImportId, document.RowsNew, document.RowsUpdated, document.RowsUnchanged).ShouldBe((2, 0, 2, 1));
            summary.RevisionCount.ShouldBe(2);
            summary.Revisions.ShouldBe(
            [
                new ValueRevision("^NDX", "NDX_yahoo", D("2024-07-10"), "close", 20675.38, 20675.40, 1, 2),
                new ValueRevision("^NDX", "NDX_yahoo", D("2024-07-11"), "volume", null, 6366620000, 1, 2),
            ]);
            var read = store.Read().Bars("^NDX");
            read[1].Close.ShouldBe(20675.40);
            read[2].Volume.ShouldBe(6366620000);
            StoreDump.Scalar(store.Connection, "SELECT string_agg(import_id::VARCHAR, ',' ORDER BY date) FROM bars").ShouldBe("1,2,2");
        }

        [Fact]
        public void Should_apply_batches_of_one_command_in_order()
        {
            // Given two documents of one command that give the same source different closes for one date
            using var store = NewStore();
            var first = Bars("/data/a.csv", "a", Tencent, "0700.HK", Bar("2026-08-20", 596.0));
            var second = Bars("/data/b.csv", "b", Tencent, "0700.HK", Bar("2026-08-20", 598.5));

            // When both are imported together
            var summary = store.Import([first, second]);

            // Then the second is an update of the first, recorded as a revision between their imports
            summary.Documents.Select(d => (d.ImportId, d.RowsNew, d.RowsUpdated)).ShouldBe([(1, 1, 0), (2, 0, 1)]);
            summary.Revisions.Select(r => (r.Field, r.OldValue, r.NewValue, r.OldImportId, r.NewImportId)).ShouldBe(
            [
                ("close", 596.0, 598.5, 1, 2),
                ("high", 598.0, 600.5, 1, 2),
                ("low", 594.0, 596.5, 1, 2),
                ("open", 595.0, 597.5, 1, 2),
            ]);
            store.Read().Bars("0700.HK").ShouldHaveSingleItem().Close.ShouldBe(598.5);
        }

        [Fact]
        public void Should_number_recorded_imports_consecutively_when_an_earlier_document_is_not_recorded()
        {
            // Given import 1 of the Nasdaq file
            using var store = NewStore();
            store.Import([NdxJuly2024()]);

            // When a command brings the same file again (nothing to record) and then two Tencent files that both
            // give 2026-08-20, the second one with another close
            var first = Bars("/data/a.csv", "a", Tencent, "0700.HK", Bar("2026-08-20", 596.0), Bar("2026-08-21", 598.5));
            var second = Bars("/data/b.csv", "b", Tencent, "0700.HK", Bar("2026-08-20", 597.0));
            var summary = store.Import([NdxJuly2024(), first, second]);

            // Then the Tencent files get imports 2 and 3 (not 3 and 4), and the rows and revision say so
            summary.Documents.Select(d => d.ImportId).ShouldBe([null, 2, 3]);
            StoreDump.Scalar(store.Connection, "SELECT string_agg(import_id::VARCHAR, ',' ORDER BY date) FROM bars JOIN series USING (series_id) WHERE symbol = '0700.HK'")
                .ShouldBe("3,2");
            summary.Revisions.Where(r => r.Field == "close").Select(r => (r.OldValue, r.NewValue, r.OldImportId, r.NewImportId))
                .ShouldBe([(596.0, 597.0, 2, 3)]);
            StoreDump.Scalar(store.Connection, "SELECT max(import_id) FROM imports").ShouldBe(3);
        }

        [Fact]
        public void Should_keep_one_row_per_series_and_date_whatever_the_order_of_imports()
        {
            // No index enforces uniqueness (docs/store.md): this checks that the merge does, over overlapping,
            // repeated and changed imports in one command and across commands.
            using var store = NewStore();
            var a = Bars("/a.csv", "a", Tencent, "0700.HK", Bar("2026-08-19", 591.0), Bar("2026-08-20", 596.0));
            var b = Bars("/b.csv", "b", Tencent, "0700.HK", Bar("2026-08-20", 597.0), Bar("2026-08-21", 598.5));
            var c = Bars("/c.csv", "c", Tencent, "0700.HK", Bar("2026-08-19", 590.0), Bar("2026-08-21", 598.5));

            store.Import([a, b, c, a]);
            store.Import([c, b]);
            store.Import([a]);

            StoreDump.Scalar(store.Connection, "SELECT count(*) FROM (SELECT series_id, date FROM bars GROUP BY ALL HAVING count(*) > 1)").ShouldBe(0L);
            // The last import (a) decides 08-19 and 08-20; 08-21 was last written by b (598.5, the same as c's).
            store.Read().Bars("0700.HK").Select(x => x.Close).ShouldBe([591.0, 596.0, 598.5]);
        }

        [Fact]
        public void Should_update_an_instrument_whose_description_changed()
        {
            using var store = NewStore();
            store.Import([NdxJuly2024()]);

            store.Import([Bars("/data/other.csv", "other", Ndx with { Name = "NASDAQ-100", Aliases = ["NDX", "NASDAQ100"] }, "stooq", Bar("2024-07-10", 20675.38))]);

            var ndx = store.Read().Resolve("nasdaq100");
            ndx.Name.ShouldBe("NASDAQ-100");
            ndx.Aliases.ShouldBe(["NDX", "NASDAQ100"]);
        }
    }

    public sealed class AllOrNothing : StoreTestBase
    {
        [Fact]
        public void Should_store_nothing_of_the_command_when_one_batch_is_inconsistent()
        {
            // Given a store holding one import
            using var store = NewStore();
            store.Import([NdxJuly2024()]);
            var before = StoreDump.Of(store.Connection);

            // When a command imports a good document, then one whose dates go backwards
            var good = Bars("/data/0700.HK.csv", "good", Tencent, "0700.HK", Bar("2026-08-20", 596.0), Bar("2026-08-21", 598.5));
            var bad = Bars("/data/bad.csv", "bad", Ndx, "bad", Bar("2024-07-12", 20331.59), Bar("2024-07-11", 20211.36));
            var e = Should.Throw<FrothException>(() => store.Import([good, bad]));

            // Then the error names the document and the dates, and the store is exactly as it was
            e.Message.ShouldBe("/data/bad.csv: the ^NDX series has 2024-07-11 after 2024-07-12; expected ascending dates, one row per date.");
            StoreDump.Of(store.Connection).ShouldBe(before);
        }

        [Fact]
        public void Should_reject_a_value_that_is_not_finite()
        {
            using var store = NewStore();

            var e = Should.Throw<FrothException>(() => store.Import([Bars("/data/nan.csv", "nan", Tencent, "0700.HK", Bar("2026-08-20", double.NaN))]));

            e.Message.ShouldBe("/data/nan.csv: 0700.HK on 2026-08-20 has open NaN; expected a finite number.");
            StoreDump.Count(store.Connection, "imports").ShouldBe(0);
        }

        /// <summary>
        /// A failure injected in the middle of the write: the progress callback runs synchronously inside the
        /// import transaction, and it throws right after the merge step that has written the new bars (and
        /// their revisions) into the stored <c>bars</c> table. If the import committed anything before its end
        /// (per document, per table, or per step), those rows would survive; the dump proves none does. The kill
        /// of a real process in the middle of the same write is <c>ImportKillTests</c> (CLI tests).
        /// </summary>
        [Fact]
        public void Should_leave_the_store_exactly_as_it_was_when_the_write_fails_midway()
        {
            // Given a store holding one import
            using var store = NewStore();
            store.Import([NdxJuly2024()]);
            var before = StoreDump.Of(store.Connection);

            // When a second import, with new and changed rows, fails right after the bars were merged
            var v2 = NdxJuly2024("ndx v2");
            var changed = v2 with
            {
                Bars = [v2.Bars[0] with { Bars = [v2.Bars[0].Bars[0] with { Close = 20453.00 }, .. v2.Bars[0].Bars.Skip(1), Bar("2024-07-12", 20331.59)] }],
            };
            var seen = new List<ImportProgress>();
            var progress = new SynchronousProgress(p =>
            {
                seen.Add(p);
                if (p is { Stage: ImportStage.Merging, Item: "bars" })
                {
                    throw new IOException("disk full (injected)");
                }
            });
            Should.Throw<IOException>(() => store.Import([changed, Bars("/data/0700.HK.csv", "t", Tencent, "0700.HK", Bar("2026-08-20", 596.0))], progress));

            // Then the bars step had run, yet nothing of it is stored
            seen.ShouldContain(new ImportProgress(ImportStage.Merging, 2, 4, "bars"));
            seen.ShouldNotContain(p => p.Stage == ImportStage.Committing);
            StoreDump.Of(store.Connection).ShouldBe(before);

            // And the store still works: the same import succeeds afterwards
            var summary = store.Import([changed]);
            summary.Documents.ShouldHaveSingleItem().RowsUpdated.ShouldBe(1);
        }
    }
}

/// <summary>An <see cref="IProgress{T}"/> that calls back on the reporting thread (BCL's Progress posts to a context).</summary>
internal sealed class SynchronousProgress(Action<ImportProgress> report) : IProgress<ImportProgress>
{
    public void Report(ImportProgress value) => report(value);
}
