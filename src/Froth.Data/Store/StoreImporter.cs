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
/// A document gets an <c>imports</c> record when it adds or changes at least one row, or when no document
/// with the same content hash and layout has been recorded before (so a first import of an empty document is
/// recorded, and importing the same content again records nothing). Rows point to the import that wrote their
/// current value; issues are stored with the import that raised them.
/// </para>
/// </remarks>
internal sealed class StoreImporter(DuckDBConnection connection, TimeProvider time)
{
    private static readonly string[] MergeSteps = ["classify", "bars", "points", "issues"];

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
        for (var ord = 0; ord < batches.Count; ord++)
        {
            Stage(ord, batches[ord], seriesIds);
            progress?.Report(new ImportProgress(ImportStage.Staging, ord + 1, batches.Count, batches[ord].Document.Location));
        }

        var step = 0;
        void Merged() => progress?.Report(new ImportProgress(ImportStage.Merging, ++step, MergeSteps.Length, MergeSteps[step - 1]));

        Classify("bars", "stage_bars", "bar_seq", ["open", "high", "low", "close", "volume"]);
        Classify("points", "stage_points", "point_seq", ["value"]);
        var counts = Counts();
        Merged();

        var importIds = Record(batches, counts, catalog);
        var firstNewImport = importIds.Values.Where(v => v is not null).Select(v => v!.Value).DefaultIfEmpty(int.MaxValue).Min();
        var anyChange = counts.Values.Any(c => c.New + c.Updated > 0);
        if (anyChange)
        {
            Apply("bars", "bar_seq", ["open", "high", "low", "close", "volume"]);
        }

        Merged();
        if (anyChange)
        {
            Apply("points", "point_seq", ["value"]);
        }

        Merged();
        StoreIssues(batches, importIds);
        Merged();

        var revisionCount = anyChange
            ? Convert.ToInt32(StoreSql.Scalar(connection, "SELECT count(*) FROM revisions WHERE new_import_id >= ?", firstNewImport), CultureInfo.InvariantCulture)
            : 0;
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
            firstNewImport,
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
            CREATE OR REPLACE TEMP TABLE stage_bars (ord INTEGER, series_id INTEGER, date DATE, open DOUBLE, high DOUBLE, low DOUBLE, close DOUBLE, volume DOUBLE);
            CREATE OR REPLACE TEMP TABLE stage_points (ord INTEGER, series_id INTEGER, date DATE, value DOUBLE);
            CREATE OR REPLACE TEMP TABLE stage_docs (ord INTEGER, import_id INTEGER);
            """);
    }

    private void DropStaging()
    {
        StoreSql.Execute(
            connection,
            """
            DROP TABLE IF EXISTS stage_bars; DROP TABLE IF EXISTS stage_points; DROP TABLE IF EXISTS stage_docs;
            DROP TABLE IF EXISTS bar_seq; DROP TABLE IF EXISTS point_seq;
            DROP TABLE IF EXISTS bars_changes; DROP TABLE IF EXISTS points_changes;
            DROP TABLE IF EXISTS bars_final; DROP TABLE IF EXISTS points_final;
            """);
    }

    private void Stage(int ord, ImportBatch batch, Dictionary<(string Symbol, string Source), int> seriesIds)
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
                foreach (var p in s.Points)
                {
                    appender.CreateRow().AppendValue(ord).AppendValue(id).AppendValue(p.Date).AppendValue(p.Value).EndRow();
                }
            }
        }
    }

    /// <summary>
    /// Puts every staged row in sequence after the value before it (stored row as ord -1, then the batches
    /// in order) and classifies it as new, unchanged or updated.
    /// </summary>
    private void Classify(string table, string stage, string sequence, string[] fields)
    {
        var columns = string.Join(", ", fields);
        var lags = string.Join(", ", fields.Select(f => $"lag({f}) OVER w AS p_{f}"));
        var equal = string.Join(" AND ", fields.Select(f => $"{f} IS NOT DISTINCT FROM p_{f}"));
        StoreSql.Execute(
            connection,
            $"""
            CREATE OR REPLACE TEMP TABLE {sequence} AS
            SELECT *,
                CASE WHEN ord < 0 THEN 'stored' WHEN p_ord IS NULL THEN 'new' WHEN {equal} THEN 'unchanged' ELSE 'updated' END AS status
            FROM (
                SELECT *, lag(ord) OVER w AS p_ord, {lags}
                FROM (
                    SELECT -1 AS ord, series_id, date, {columns}, import_id AS stored_import
                    FROM {table} WHERE series_id IN (SELECT DISTINCT series_id FROM {stage})
                    UNION ALL
                    SELECT ord, series_id, date, {columns}, NULL AS stored_import FROM {stage}
                )
                WINDOW w AS (PARTITION BY series_id, date ORDER BY ord)
            )
            """);
    }

    private Dictionary<int, RowCounts> Counts()
    {
        var counts = new Dictionary<int, RowCounts>();
        foreach (var (ord, status, n) in StoreSql.Query(
            connection,
            """
            SELECT ord, status, count(*)::INTEGER FROM (
                SELECT ord, status FROM bar_seq WHERE ord >= 0
                UNION ALL
                SELECT ord, status FROM point_seq WHERE ord >= 0)
            GROUP BY ord, status
            """,
            r => (r.GetInt32(0), r.GetString(1), r.GetInt32(2))))
        {
            var c = counts.GetValueOrDefault(ord);
            counts[ord] = status switch
            {
                "new" => c with { New = n },
                "updated" => c with { Updated = n },
                _ => c with { Unchanged = n },
            };
        }

        return counts;
    }

    private Dictionary<int, int?> Record(IReadOnlyList<ImportBatch> batches, Dictionary<int, RowCounts> counts, StoredCatalog catalog)
    {
        var ids = new Dictionary<int, int?>();
        var next = catalog.NextImportId;
        var importedAt = time.GetUtcNow();
        using (var imports = connection.CreateAppender("imports"))
        using (var docs = connection.CreateAppender("temp", "main", "stage_docs"))
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
                docs.CreateRow().AppendValue(ord).AppendValue(id).EndRow();
            }
        }

        return ids;
    }

    /// <summary>Writes revisions and the final value of every new or updated row.</summary>
    private void Apply(string table, string sequence, string[] fields)
    {
        var changes = $"{table}_changes";
        var final = $"{table}_final";
        var columns = string.Join(", ", fields);

        // The import holding the value before each row: the stored row's import, or the last earlier batch
        // of this command that changed it.
        StoreSql.Execute(
            connection,
            $"""
            CREATE OR REPLACE TEMP TABLE {changes} AS
            SELECT *,
                last_value(holder IGNORE NULLS) OVER (PARTITION BY series_id, date ORDER BY ord ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING) AS old_import,
                bool_or(ord < 0) OVER (PARTITION BY series_id, date) AS existed
            FROM (
                SELECT q.*, d.import_id AS new_import,
                    CASE WHEN q.status = 'stored' THEN q.stored_import WHEN q.status IN ('new', 'updated') THEN d.import_id END AS holder
                FROM (SELECT * FROM {sequence} QUALIFY bool_or(status IN ('new', 'updated')) OVER (PARTITION BY series_id, date)) q
                LEFT JOIN stage_docs d ON d.ord = q.ord
            )
            """);

        var revisions = string.Join(
            "\nUNION ALL\n",
            fields.Select(f => $"SELECT series_id, date, '{f}', p_{f}, {f}, old_import, new_import FROM {changes} WHERE status = 'updated' AND {f} IS DISTINCT FROM p_{f}"));
        StoreSql.Execute(connection, $"INSERT INTO revisions {revisions}");

        StoreSql.Execute(
            connection,
            $"""
            CREATE OR REPLACE TEMP TABLE {final} AS
            SELECT series_id, date, {columns}, new_import AS import_id, existed
            FROM {changes} WHERE status IN ('new', 'updated')
            QUALIFY row_number() OVER (PARTITION BY series_id, date ORDER BY ord DESC) = 1
            """);
        var set = string.Join(", ", fields.Select(f => $"{f} = f.{f}"));
        StoreSql.Execute(
            connection,
            $"""
            UPDATE {table} SET {set}, import_id = f.import_id
            FROM {final} f WHERE {table}.series_id = f.series_id AND {table}.date = f.date AND f.existed;
            INSERT INTO {table} SELECT series_id, date, {columns}, import_id FROM {final} WHERE NOT existed ORDER BY series_id, date;
            """);
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
}
