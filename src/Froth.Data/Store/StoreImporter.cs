using System.Globalization;
using DuckDB.NET.Data;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Store;

/// <summary>
/// Writes import batches into the store in one transaction: instruments and series first, then every row
/// staged with DuckDB's appender and merged into <c>bars</c> and <c>points</c> by set-based SQL.
/// </summary>
/// <remarks>
/// <para>
/// Batches are applied as if one after the other, in the order given: each staged row is compared with the
/// value before it (the stored one, or the same date from an earlier batch of the same command). A row is
/// <em>new</em> when nothing came before, <em>unchanged</em> when every field is equal (doubles compared
/// exactly, missing volumes equal to each other), and <em>updated</em> otherwise; an update writes one
/// <c>revisions</c> row per changed field with the old and the new value and the imports that wrote them.
/// </para>
/// <para>
/// The comparison is a hash join of the staged rows with the stored table. When several batches of one
/// command give the same series and date, their rows are merged in rounds: the first occurrence of each key in
/// round 1, the second in round 2…, each round joined with the table as the previous round left it, so the
/// outcome is that of importing the batches one by one. Rows get a provisional import id (first free id plus
/// the batch's position) while they are merged; once every batch's counts are known, recorded batches get
/// consecutive ids and the rows written are renumbered if any batch was not recorded.
/// </para>
/// <para>
/// A document gets an <c>imports</c> record when it adds or changes at least one row, or when no document
/// with the same content hash and layout has been recorded before (so a first import of an empty document is
/// recorded, and importing the same content again records nothing). Rows point to the import that wrote their
/// current value; issues are stored with the import that raised them.
/// </para>
/// </remarks>
internal sealed class StoreImporter(DuckDBConnection connection, TimeProvider time)
{
    private static readonly string[] MergeSteps = ["rounds", "bars", "points", "records"];

    // Typed: DuckDB.NET's appender would take a literal 1 as a byte and write it into the INTEGER column wrongly.
    private static readonly int? FirstRound = 1;

    /// <summary>Imports the batches; all or nothing.</summary>
    public ImportSummary Import(IReadOnlyList<ImportBatch> batches, IProgress<ImportProgress>? progress)
    {
        ArgumentNullException.ThrowIfNull(batches);
        foreach (var batch in batches)
        {
            Validate(batch);
        }

        using var transaction = connection.BeginTransaction();
        ImportSummary summary;
        try
        {
            summary = Run(batches, progress);
            progress?.Report(new ImportProgress(ImportStage.Committing, 0, 1, null));
        }
        catch
        {
            transaction.Rollback();
            throw;
        }

        transaction.Commit();
        progress?.Report(new ImportProgress(ImportStage.Committing, 1, 1, null));
        return summary;
    }

    private ImportSummary Run(IReadOnlyList<ImportBatch> batches, IProgress<ImportProgress>? progress)
    {
        var catalog = StoredCatalog.Load(connection);
        UpsertInstruments(batches, catalog);
        var seriesIds = EnsureSeries(batches, catalog);

        CreateStaging();
        var staged = new StagedSeries();
        for (var ord = 0; ord < batches.Count; ord++)
        {
            Stage(ord, batches[ord], seriesIds, staged);
            progress?.Report(new ImportProgress(ImportStage.Staging, ord + 1, batches.Count, batches[ord].Document.Location));
        }

        var step = 0;
        void Merged() => progress?.Report(new ImportProgress(ImportStage.Merging, ++step, MergeSteps.Length, MergeSteps[step - 1]));

        var firstImport = catalog.NextImportId;
        var counts = new Dictionary<int, RowCounts>();
        var barRounds = AssignRounds("stage_bars", staged.Bars);
        var pointRounds = AssignRounds("stage_points", staged.Points);
        if (barRounds > batches.Count || pointRounds > batches.Count)
        {
            throw new InvalidOperationException($"Staging gave {Math.Max(barRounds, pointRounds)} merge rounds for {batches.Count} batches; expected at most one per batch.");
        }

        Merged();

        for (var round = 1; round <= barRounds; round++)
        {
            MergeRound("bars", "stage_bars", ["open", "high", "low", "close", "volume"], round, firstImport, counts);
        }

        Merged();
        for (var round = 1; round <= pointRounds; round++)
        {
            MergeRound("points", "stage_points", ["value"], round, firstImport, counts);
        }

        Merged();
        var importIds = Record(batches, counts, catalog);
        Renumber(importIds, firstImport);
        StoreIssues(batches, importIds);
        Merged();

        var revisionCount = Convert.ToInt32(
            StoreSql.Scalar(connection, "SELECT count(*) FROM revisions WHERE new_import_id >= ?", firstImport),
            CultureInfo.InvariantCulture);
        var revisions = revisionCount == 0 ? [] : StoreSql.Query(
            connection,
            """
            SELECT s.symbol, s.source, r.date, r.field, r.old_value, r.new_value, r.old_import_id, r.new_import_id
            FROM revisions r JOIN series s USING (series_id)
            WHERE r.new_import_id >= ?
            ORDER BY s.symbol, s.source, r.date, r.field, r.new_import_id
            LIMIT ?
            """,
            r => new ValueRevision(
                r.GetString(0),
                r.GetString(1),
                r.GetFieldValue<DateOnly>(2),
                r.GetString(3),
                r.Nullable<double>(4),
                r.Nullable<double>(5),
                r.GetInt32(6),
                r.GetInt32(7)),
            firstImport,
            ImportSummary.MaxRevisionsListed);

        DropStaging();
        var documents = batches.Select((b, ord) => Describe(b, importIds[ord], counts.GetValueOrDefault(ord))).ToList();
        return new ImportSummary(documents, revisionCount, revisions);
    }

    private static void Validate(ImportBatch batch)
    {
        var location = batch.Document.Location;
        var keys = new HashSet<(string, string)>();
        foreach (var s in batch.Bars)
        {
            if (!keys.Add((s.Instrument.Symbol, s.Source)))
            {
                throw Duplicate(location, s.Instrument.Symbol, s.Source);
            }

            for (var i = 0; i < s.Bars.Count; i++)
            {
                var b = s.Bars[i];
                CheckOrder(location, s.Instrument.Symbol, i == 0 ? null : s.Bars[i - 1].Date, b.Date);
                CheckFinite(location, s.Instrument.Symbol, b.Date, "open", b.Open);
                CheckFinite(location, s.Instrument.Symbol, b.Date, "high", b.High);
                CheckFinite(location, s.Instrument.Symbol, b.Date, "low", b.Low);
                CheckFinite(location, s.Instrument.Symbol, b.Date, "close", b.Close);
                if (b.Volume is { } v)
                {
                    CheckFinite(location, s.Instrument.Symbol, b.Date, "volume", v);
                }
            }
        }

        foreach (var s in batch.Scalars)
        {
            if (!keys.Add((s.Instrument.Symbol, s.Source)))
            {
                throw Duplicate(location, s.Instrument.Symbol, s.Source);
            }

            for (var i = 0; i < s.Points.Count; i++)
            {
                var p = s.Points[i];
                CheckOrder(location, s.Instrument.Symbol, i == 0 ? null : s.Points[i - 1].Date, p.Date);
                CheckFinite(location, s.Instrument.Symbol, p.Date, "value", p.Value);
            }
        }
    }

    private static FrothException Duplicate(string location, string symbol, string source) =>
        new($"{location}: the layout gave two series for {symbol} from source '{source}'; expected one series per instrument and source.");

    private static void CheckOrder(string location, string symbol, DateOnly? previous, DateOnly date)
    {
        if (previous is { } p && date <= p)
        {
            throw new FrothException(
                $"{location}: the {symbol} series has {date:yyyy-MM-dd} after {p:yyyy-MM-dd}; expected ascending dates, one row per date.");
        }
    }

    private static void CheckFinite(string location, string symbol, DateOnly date, string field, double value)
    {
        if (!double.IsFinite(value))
        {
            throw new FrothException(
                $"{location}: {symbol} on {date:yyyy-MM-dd} has {field} {value.ToString(CultureInfo.InvariantCulture)}; expected a finite number.");
        }
    }

    private void UpsertInstruments(IReadOnlyList<ImportBatch> batches, StoredCatalog catalog)
    {
        // The last batch that names an instrument gives its description.
        var wanted = new Dictionary<string, Instrument>(StringComparer.Ordinal);
        foreach (var batch in batches)
        {
            foreach (var i in batch.Bars.Where(s => s.Bars.Count > 0).Select(s => s.Instrument)
                .Concat(batch.Scalars.Where(s => s.Points.Count > 0).Select(s => s.Instrument)))
            {
                wanted[i.Symbol] = i;
            }
        }

        var added = new List<Instrument>();
        foreach (var i in wanted.Values.OrderBy(i => i.Symbol, StringComparer.Ordinal))
        {
            if (!catalog.Instruments.TryGetValue(i.Symbol, out var stored))
            {
                added.Add(i);
            }
            else if (!StoredCatalog.SameDescription(stored, i))
            {
                StoreSql.Execute(
                    connection,
                    "UPDATE instruments SET name = ?, kind = ?, market = ?, currency = ?, frequency = ?, unit = ? WHERE symbol = ?",
                    i.Name,
                    StoreText.Of(i.Kind),
                    i.Market,
                    i.Currency,
                    StoreText.Of(i.Frequency),
                    i.Unit,
                    i.Symbol);
                StoreSql.Execute(connection, "DELETE FROM aliases WHERE symbol = ?", i.Symbol);
                AppendAliases([i]);
            }
        }

        using (var appender = connection.CreateAppender("instruments"))
        {
            foreach (var i in added)
            {
                appender.CreateRow()
                    .AppendValue(i.Symbol)
                    .AppendValue(i.Name)
                    .AppendValue(StoreText.Of(i.Kind))
                    .AppendValue(i.Market)
                    .AppendValue(i.Currency)
                    .AppendValue(StoreText.Of(i.Frequency))
                    .AppendValue(i.Unit)
                    .EndRow();
            }
        }

        AppendAliases(added);
    }

    private void AppendAliases(IEnumerable<Instrument> instruments)
    {
        using var appender = connection.CreateAppender("aliases");
        foreach (var i in instruments)
        {
            var position = 0;
            foreach (var alias in i.Aliases.Distinct(StringComparer.Ordinal))
            {
                appender.CreateRow().AppendValue(alias).AppendValue(i.Symbol).AppendValue(position++).EndRow();
            }
        }
    }

    private Dictionary<(string Symbol, string Source), int> EnsureSeries(IReadOnlyList<ImportBatch> batches, StoredCatalog catalog)
    {
        var ids = new Dictionary<(string Symbol, string Source), int>();
        var next = catalog.Series.Count == 0 ? 1 : catalog.Series.Values.Max(s => s.Id) + 1;
        using var appender = connection.CreateAppender("series");

        void Ensure(string location, string symbol, string source, string kind, PriceAdjustment adjustment)
        {
            var key = (symbol, source);
            var adjustmentText = StoreText.Of(adjustment);
            if (catalog.Series.TryGetValue(key, out var stored))
            {
                if (stored.Kind != kind)
                {
                    throw new FrothException(
                        $"{location}: the store holds {symbol} from source '{source}' as {stored.Kind}, but this document gives {kind}; "
                        + "expected the same kind of series for a source.");
                }

                if (stored.Adjustment != adjustmentText)
                {
                    StoreSql.Execute(connection, "UPDATE series SET adjustment = ? WHERE series_id = ?", adjustmentText, stored.Id);
                    catalog.Series[key] = stored with { Adjustment = adjustmentText };
                }

                ids[key] = stored.Id;
            }
            else if (!ids.ContainsKey(key))
            {
                var id = next++;
                appender.CreateRow().AppendValue(id).AppendValue(symbol).AppendValue(source).AppendValue(kind).AppendValue(adjustmentText).EndRow();
                catalog.Series[key] = new StoredSeries(id, kind, adjustmentText);
                ids[key] = id;
            }
        }

        foreach (var batch in batches)
        {
            foreach (var s in batch.Bars.Where(s => s.Bars.Count > 0))
            {
                Ensure(batch.Document.Location, s.Instrument.Symbol, s.Source, StoredSeries.BarsKind, s.Adjustment);
            }

            foreach (var s in batch.Scalars.Where(s => s.Points.Count > 0))
            {
                Ensure(batch.Document.Location, s.Instrument.Symbol, s.Source, StoredSeries.ScalarsKind, PriceAdjustment.None);
            }
        }

        return ids;
    }

    private void CreateStaging()
    {
        StoreSql.Execute(
            connection,
            """
            CREATE OR REPLACE TEMP TABLE stage_bars (ord INTEGER, series_id INTEGER, date DATE, open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, volume DOUBLE, round INTEGER);
            CREATE OR REPLACE TEMP TABLE stage_points (ord INTEGER, series_id INTEGER, date DATE, value DOUBLE, round INTEGER);
            CREATE OR REPLACE TEMP TABLE import_ids (provisional INTEGER, final INTEGER);
            """);
    }

    private void DropStaging()
    {
        StoreSql.Execute(
            connection,
            """
            DROP TABLE IF EXISTS stage_bars; DROP TABLE IF EXISTS stage_points; DROP TABLE IF EXISTS import_ids;
            DROP TABLE IF EXISTS bars_updates; DROP TABLE IF EXISTS points_updates;
            """);
    }

    private void Stage(int ord, ImportBatch batch, Dictionary<(string Symbol, string Source), int> seriesIds, StagedSeries staged)
    {
        if (batch.Bars.Any(s => s.Bars.Count > 0))
        {
            using var appender = connection.CreateAppender("temp", "main", "stage_bars");
            foreach (var s in batch.Bars)
            {
                if (s.Bars.Count == 0)
                {
                    continue;
                }

                var id = seriesIds[(s.Instrument.Symbol, s.Source)];
                staged.Add(staged.Bars, id, ord, s.Bars.Select(b => b.Date));
                foreach (var b in s.Bars)
                {
                    appender.CreateRow()
                        .AppendValue(ord)
                        .AppendValue(id)
                        .AppendValue(b.Date)
                        .AppendValue(b.Open)
                        .AppendValue(b.High)
                        .AppendValue(b.Low)
                        .AppendValue(b.Close)
                        .AppendValue(b.Volume)
                        .AppendValue(FirstRound)
                        .EndRow();
                }
            }
        }

        if (batch.Scalars.Any(s => s.Points.Count > 0))
        {
            using var appender = connection.CreateAppender("temp", "main", "stage_points");
            foreach (var s in batch.Scalars)
            {
                if (s.Points.Count == 0)
                {
                    continue;
                }

                var id = seriesIds[(s.Instrument.Symbol, s.Source)];
                staged.Add(staged.Points, id, ord, s.Points.Select(p => p.Date));
                foreach (var p in s.Points)
                {
                    appender.CreateRow().AppendValue(ord).AppendValue(id).AppendValue(p.Date).AppendValue(p.Value).AppendValue(FirstRound).EndRow();
                }
            }
        }
    }

    /// <summary>
    /// Numbers the occurrences of each series and date among the staged rows in batch order (the first in round
    /// 1, the second in round 2…); returns the number of rounds, 0 when nothing is staged. Only series that several
    /// batches staged with a date in common can repeat a key (<see cref="StagedSeries.Table.Repeated"/>), so only their rows
    /// are looked at: the day files of a cross-section share thousands of series, each with a date of its own.
    /// </summary>
    private int AssignRounds(string stage, StagedSeries.Table staged)
    {
        if (staged.Ords.Count == 0)
        {
            return 0;
        }

        var shared = staged.Repeated.Order().ToList();
        if (shared.Count == 0)
        {
            return 1;
        }

        var list = string.Join(", ", shared.Select(id => id.ToString(CultureInfo.InvariantCulture)));
        StoreSql.Execute(
            connection,
            $"""
            UPDATE {stage} SET round = r.rn
            FROM (
                SELECT ord, series_id, date, row_number() OVER (PARTITION BY series_id, date ORDER BY ord) AS rn
                FROM {stage} WHERE series_id IN ({list})
            ) r
            WHERE {stage}.ord = r.ord AND {stage}.series_id = r.series_id AND {stage}.date = r.date AND r.rn > 1
            """);
        return Convert.ToInt32(StoreSql.Scalar(connection, $"SELECT max(round) FROM {stage} WHERE series_id IN ({list})"), CultureInfo.InvariantCulture);
    }

    /// <summary>
    /// Merges one round of staged rows into <paramref name="table"/>: counts per batch the rows that are new,
    /// unchanged or updated (a left join with the stored rows), records a revision per changed field, updates
    /// the changed rows and inserts the new ones (an anti join), all under the provisional import id
    /// <c>firstImport + ord</c>.
    /// </summary>
    private void MergeRound(string table, string stage, string[] fields, int round, int firstImport, Dictionary<int, RowCounts> counts)
    {
        var equal = string.Join(" AND ", fields.Select(f => $"s.{f} IS NOT DISTINCT FROM t.{f}"));
        var join = $"{stage} s LEFT JOIN {table} t ON t.series_id = s.series_id AND t.date = s.date";
        int news = 0, updates = 0;
        foreach (var (ord, status, n) in StoreSql.Query(
            connection,
            $"""
            SELECT s.ord, CASE WHEN t.series_id IS NULL THEN 'new' WHEN {equal} THEN 'unchanged' ELSE 'updated' END AS status, count(*)::INTEGER
            FROM {join} WHERE s.round = {round}
            GROUP BY ALL
            """,
            r => (r.GetInt32(0), r.GetString(1), r.GetInt32(2))))
        {
            var c = counts.GetValueOrDefault(ord);
            counts[ord] = status switch
            {
                "new" => c with { New = c.New + n },
                "updated" => c with { Updated = c.Updated + n },
                _ => c with { Unchanged = c.Unchanged + n },
            };
            news += status == "new" ? n : 0;
            updates += status == "updated" ? n : 0;
        }

        var values = string.Join(", ", fields.Select(f => $"s.{f}"));
        if (updates > 0)
        {
            var work = $"{table}_updates";
            var previous = string.Join(", ", fields.Select(f => $"t.{f} AS p_{f}"));
            var revisions = string.Join(
                "\nUNION ALL\n",
                fields.Select(f => $"SELECT series_id, date, '{f}', p_{f}, {f}, old_import, new_import FROM {work} WHERE {f} IS DISTINCT FROM p_{f}"));
            var set = string.Join(", ", fields.Select(f => $"{f} = w.{f}"));
            StoreSql.Execute(
                connection,
                $"""
                CREATE OR REPLACE TEMP TABLE {work} AS
                SELECT s.ord, s.series_id, s.date, {values}, {previous}, t.import_id AS old_import, {firstImport} + s.ord AS new_import
                FROM {stage} s JOIN {table} t ON t.series_id = s.series_id AND t.date = s.date
                WHERE s.round = {round} AND NOT ({equal});
                INSERT INTO revisions {revisions};
                UPDATE {table} SET {set}, import_id = w.new_import FROM {work} w WHERE {table}.series_id = w.series_id AND {table}.date = w.date;
                DROP TABLE {work};
                """);
        }

        if (news > 0)
        {
            // Staged rows are in batch, series and date order already: the table stays clustered by series.
            StoreSql.Execute(
                connection,
                $"""
                INSERT INTO {table}
                SELECT s.series_id, s.date, {values}, {firstImport} + s.ord
                FROM {stage} s ANTI JOIN {table} t ON t.series_id = s.series_id AND t.date = s.date
                WHERE s.round = {round}
                """);
        }
    }

    /// <summary>
    /// Gives the recorded batches consecutive import ids: rows and revisions written under a provisional id
    /// (<c>firstImport + ord</c>) are renumbered when an earlier batch was not recorded.
    /// </summary>
    private void Renumber(Dictionary<int, int?> importIds, int firstImport)
    {
        var moved = importIds.Where(p => p.Value is { } id && id != firstImport + p.Key).ToList();
        if (moved.Count == 0)
        {
            return;
        }

        using (var appender = connection.CreateAppender("temp", "main", "import_ids"))
        {
            foreach (var (ord, id) in moved)
            {
                appender.CreateRow().AppendValue(firstImport + ord).AppendValue(id!.Value).EndRow();
            }
        }

        StoreSql.Execute(
            connection,
            """
            UPDATE bars SET import_id = m.final FROM import_ids m WHERE bars.import_id = m.provisional;
            UPDATE points SET import_id = m.final FROM import_ids m WHERE points.import_id = m.provisional;
            UPDATE revisions SET new_import_id = m.final FROM import_ids m WHERE revisions.new_import_id = m.provisional;
            UPDATE revisions SET old_import_id = m.final FROM import_ids m WHERE revisions.old_import_id = m.provisional;
            """);
    }

    private Dictionary<int, int?> Record(IReadOnlyList<ImportBatch> batches, Dictionary<int, RowCounts> counts, StoredCatalog catalog)
    {
        var ids = new Dictionary<int, int?>();
        var next = catalog.NextImportId;
        var importedAt = time.GetUtcNow();
        using (var imports = connection.CreateAppender("imports"))
        {
            for (var ord = 0; ord < batches.Count; ord++)
            {
                var batch = batches[ord];
                var c = counts.GetValueOrDefault(ord);
                var contentKey = (batch.Document.ContentHash, batch.Document.Layout);
                var recorded = c.New + c.Updated > 0 || !catalog.ImportedContent.Contains(contentKey);
                if (!recorded)
                {
                    ids[ord] = null;
                    continue;
                }

                var id = next++;
                ids[ord] = id;
                catalog.ImportedContent.Add(contentKey);
                imports.CreateRow()
                    .AppendValue(id)
                    .AppendValue(batch.Document.Location)
                    .AppendValue(batch.Document.Layout)
                    .AppendValue(batch.Document.ContentHash)
                    .AppendValue(batch.Document.Length)
                    .AppendValue(importedAt)
                    .AppendValue(batch.RowCount)
                    .AppendValue(c.New)
                    .AppendValue(c.Updated)
                    .AppendValue(c.Unchanged)
                    .AppendValue(batch.Issues.Count(i => i.Action == IssueAction.Skipped))
                    .AppendValue(batch.Issues.Count)
                    .EndRow();
            }
        }

        return ids;
    }

    private void StoreIssues(IReadOnlyList<ImportBatch> batches, Dictionary<int, int?> importIds)
    {
        using var appender = connection.CreateAppender("issues");
        for (var ord = 0; ord < batches.Count; ord++)
        {
            if (importIds[ord] is not { } id)
            {
                continue;
            }

            var ordinal = 0;
            foreach (var i in batches[ord].Issues)
            {
                appender.CreateRow()
                    .AppendValue(id)
                    .AppendValue(ordinal++)
                    .AppendValue(i.Rule)
                    .AppendValue(StoreText.Of(i.Severity))
                    .AppendValue(i.Location)
                    .AppendValue(i.Line)
                    .AppendValue(i.Column)
                    .AppendValue(i.Value)
                    .AppendValue(i.Message)
                    .AppendValue(StoreText.Of(i.Action))
                    .AppendValue(i.Symbol)
                    .AppendValue(i.Date)
                    .EndRow();
            }
        }
    }

    private static DocumentImport Describe(ImportBatch batch, int? importId, RowCounts counts)
    {
        var skipped = batch.Issues.Where(i => i.Action == IssueAction.Skipped).ToList();
        var reasons = skipped
            .GroupBy(i => i.Rule, StringComparer.Ordinal)
            .Select(g => new SkipReason(g.Key, g.Count(), g.First().Message))
            .OrderByDescending(r => r.Rows)
            .ThenBy(r => r.Rule, StringComparer.Ordinal)
            .ToList();
        var instruments = batch.Bars.Where(s => s.Bars.Count > 0).Select(s => s.Instrument.Symbol)
            .Concat(batch.Scalars.Where(s => s.Points.Count > 0).Select(s => s.Instrument.Symbol))
            .Distinct(StringComparer.Ordinal)
            .Order(StringComparer.Ordinal)
            .ToList();
        return new DocumentImport(
            batch.Document.Location,
            batch.Document.Layout,
            importId,
            instruments,
            batch.RowCount,
            counts.New,
            counts.Updated,
            counts.Unchanged,
            skipped.Count,
            reasons,
            batch.Issues.Count);
    }

    private readonly record struct RowCounts(int New, int Updated, int Unchanged);

    /// <summary>Which batches staged rows of each series, per table, and which series repeat a date across batches.</summary>
    private sealed class StagedSeries
    {
        public Table Bars { get; } = new();

        public Table Points { get; } = new();

        public void Add(Table table, int seriesId, int ord, IEnumerable<DateOnly> dates) => table.Add(seriesId, ord, dates);

        /// <summary>One staging table's series.</summary>
        public sealed class Table
        {
            // The dates of a series staged by one batch are kept as given; a set is built only when a second batch stages it.
            private readonly Dictionary<int, IEnumerable<DateOnly>> _firstDates = [];
            private readonly Dictionary<int, HashSet<DateOnly>> _dates = [];

            /// <summary>The batches (ords) that staged each series.</summary>
            public Dictionary<int, List<int>> Ords { get; } = [];

            /// <summary>Series that two batches staged with a date in common.</summary>
            public HashSet<int> Repeated { get; } = [];

            public void Add(int seriesId, int ord, IEnumerable<DateOnly> dates)
            {
                if (!Ords.TryGetValue(seriesId, out var ords))
                {
                    Ords[seriesId] = [ord];
                    _firstDates[seriesId] = dates;
                    return;
                }

                ords.Add(ord);
                if (Repeated.Contains(seriesId))
                {
                    return;
                }

                if (!_dates.TryGetValue(seriesId, out var seen))
                {
                    _dates[seriesId] = seen = [.. _firstDates[seriesId]];
                    _firstDates.Remove(seriesId);
                }

                foreach (var date in dates)
                {
                    if (!seen.Add(date))
                    {
                        Repeated.Add(seriesId);
                        _dates.Remove(seriesId);
                        return;
                    }
                }
            }
        }
    }
}
