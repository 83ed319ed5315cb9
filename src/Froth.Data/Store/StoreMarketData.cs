using DuckDB.NET.Data;
using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Store;

/// <summary>
/// <see cref="IMarketData"/> over a DuckDB store: what analytics commands read. <see cref="Open"/> opens the file
/// read-only, so several readers may run at once; dispose it to release the file.
/// </summary>
/// <remarks>
/// The instruments, aliases and per-source summaries are read once, on first use, and kept: a reader sees the
/// store as it was then. Bars and points are read on demand.
/// </remarks>
public sealed class StoreMarketData : IMarketData, IDisposable
{
    private readonly DuckDBConnection _connection;
    private readonly bool _ownsConnection;
    private StoredCatalog? _catalog;
    private Dictionary<string, List<SourceRow>>? _sources;

    internal StoreMarketData(DuckDBConnection connection, bool ownsConnection, string path)
    {
        _connection = connection;
        _ownsConnection = ownsConnection;
        Path = path;
    }

    /// <summary>Absolute path of the store file.</summary>
    public string Path { get; }

    private StoredCatalog Catalog => _catalog ??= StoredCatalog.Load(_connection);

    private Dictionary<string, List<SourceRow>> SourcesBySymbol => _sources ??= LoadSources();

    /// <summary>
    /// Opens the store at <paramref name="path"/> read-only. A store with an older schema is migrated first
    /// (briefly opened for writing); one with a newer schema is refused.
    /// </summary>
    /// <param name="path">Store file.</param>
    /// <param name="time">Clock recorded by a migration; the system clock when <see langword="null"/>.</param>
    /// <exception cref="FrothException">
    /// No file at <paramref name="path"/> (the message says how to create one), the file cannot be opened, or its
    /// schema is newer than this build reads.
    /// </exception>
    public static StoreMarketData Open(string path, TimeProvider? time = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = System.IO.Path.GetFullPath(path);
        if (!File.Exists(full))
        {
            throw new FrothException(
                $"There is no Froth store at {full}. Create it by importing data: 'froth import PATH...' (files or folders, "
                + "e.g. 'froth import ../shared/data'), or point --store or FROTH_STORE at an existing store.");
        }

        var connection = StoreConnection.Open(full, readOnly: true);
        try
        {
            var version = SchemaMigrator.ReadVersion(connection, full);
            SchemaMigrator.EnsureNotNewer(version, StoreMigrations.Latest, full);
            if (version < StoreMigrations.Latest)
            {
                connection.Dispose();
                using (FrothStore.Open(full, time))
                {
                    // Opening for writing migrates the schema.
                }

                connection = StoreConnection.Open(full, readOnly: true);
            }

            return new StoreMarketData(connection, ownsConnection: true, full);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    /// <inheritdoc />
    public IReadOnlyList<Instrument> Instruments() =>
        [.. Catalog.Instruments.Values.OrderBy(i => i.Symbol, StringComparer.Ordinal)];

    /// <inheritdoc />
    public IReadOnlyList<Instrument> Matches(string symbolOrAlias) => SymbolMatching.Match(Catalog.Instruments, symbolOrAlias);

    /// <inheritdoc />
    public IReadOnlyList<string> Suggest(string symbolOrAlias) => SymbolMatching.Suggest(Catalog.Instruments, symbolOrAlias);

    /// <inheritdoc />
    public IReadOnlyList<SeriesSource> Sources(string symbol) =>
        SourcesBySymbol.TryGetValue(symbol, out var rows) ? [.. rows.Select(r => r.Summary)] : [];

    /// <inheritdoc />
    /// <remarks>A currency pair with several sources and no source named is spliced (<see cref="FxSplice"/>).</remarks>
    public IReadOnlyList<DailyBar> Bars(string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null)
    {
        if (source is null && Catalog.Instruments.TryGetValue(symbol, out var instrument) && instrument.Kind == InstrumentKind.Fx
            && SourcesBySymbol.TryGetValue(symbol, out var rows) && rows.Count(r => r.Kind == StoredSeries.BarsKind) > 1)
        {
            return FxSplice.Bars([.. rows.Where(r => r.Kind == StoredSeries.BarsKind).Select(r => r.Summary)], name => Bars(symbol, from, to, name));
        }

        if (Find(symbol, source, StoredSeries.BarsKind) is not { } series)
        {
            return [];
        }

        var (where, parameters) = Range(series.Id, from, to);
        return StoreSql.Query(
            _connection,
            $"SELECT date, open, high, low, close, volume FROM bars WHERE {where} ORDER BY date",
            r => new DailyBar(r.GetFieldValue<DateOnly>(0), r.GetDouble(1), r.GetDouble(2), r.GetDouble(3), r.GetDouble(4), r.Nullable<double>(5)),
            parameters);
    }

    /// <inheritdoc />
    public IReadOnlyList<ScalarPoint> Scalars(string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null)
    {
        if (Find(symbol, source, StoredSeries.ScalarsKind) is not { } series)
        {
            return [];
        }

        var (where, parameters) = Range(series.Id, from, to);
        return StoreSql.Query(
            _connection,
            $"SELECT date, value FROM points WHERE {where} ORDER BY date",
            r => new ScalarPoint(r.GetFieldValue<DateOnly>(0), r.GetDouble(1)),
            parameters);
    }

    /// <summary>Every instrument with the summaries of its sources, preferred first; ordered by symbol (ordinal).</summary>
    public IReadOnlyList<StoredInstrument> List() =>
        [.. Catalog.Instruments.Values
            .OrderBy(i => i.Symbol, StringComparer.Ordinal)
            .Select(i => new StoredInstrument(i, Sources(i.Symbol)))
            .Where(s => s.Sources.Count > 0)];

    /// <summary>
    /// The latest recorded import of each document location, ordered by location: what each file held when the store
    /// last read it (importing identical content again records nothing, so the hash is that of the data stored).
    /// </summary>
    public IReadOnlyList<StoredDocument> Documents() =>
        StoreSql.Query(
            _connection,
            """
            SELECT location, layout, content_hash, length FROM imports
            QUALIFY row_number() OVER (PARTITION BY location ORDER BY import_id DESC) = 1
            ORDER BY location
            """,
            r => new StoredDocument(r.GetString(0), r.GetString(1), r.GetString(2), r.GetInt64(3)));

    /// <summary>
    /// The current data issues: those raised by the latest recorded import of each document location, ordered by
    /// location, then by the order the document raised them.
    /// </summary>
    /// <param name="symbol">
    /// Canonical symbol to keep only its issues (and the document-wide issues of the documents that hold it), or
    /// <see langword="null"/> for all.
    /// </param>
    public IReadOnlyList<StoredIssue> Issues(string? symbol = null)
    {
        var filter = symbol is null
            ? ""
            : """
              AND (i.symbol = $symbol OR (i.symbol IS NULL AND i.location IN (
                  SELECT m.location FROM imports m
                  WHERE m.import_id IN (SELECT b.import_id FROM bars b JOIN series s USING (series_id) WHERE s.symbol = $symbol)
                     OR m.import_id IN (SELECT p.import_id FROM points p JOIN series s USING (series_id) WHERE s.symbol = $symbol))))
              """;
        var sql = $"""
            WITH latest AS (
                SELECT import_id, layout FROM imports
                QUALIFY row_number() OVER (PARTITION BY location ORDER BY import_id DESC) = 1)
            SELECT i.import_id, l.layout, i.rule, i.severity, i.location, i.line, i."column", i.value, i.message, i.action, i.symbol, i.date
            FROM issues i JOIN latest l USING (import_id)
            WHERE true {filter}
            ORDER BY i.location, i.import_id, i.ordinal
            """;
        using var command = _connection.CreateCommand();
        command.CommandText = sql;
        if (symbol is not null)
        {
            command.Parameters.Add(new DuckDBParameter("symbol", symbol));
        }

        using var reader = command.ExecuteReader();
        var issues = new List<StoredIssue>();
        while (reader.Read())
        {
            var issue = new DataIssue(
                reader.GetString(2),
                StoreText.Parse<IssueSeverity>(reader.GetString(3)),
                reader.GetString(4),
                reader.Nullable<int>(5),
                reader.NullableString(6),
                reader.NullableString(7),
                reader.GetString(8),
                StoreText.Parse<IssueAction>(reader.GetString(9)))
            {
                Symbol = reader.NullableString(10),
                Date = reader.Nullable<DateOnly>(11),
            };
            issues.Add(new StoredIssue(reader.GetInt32(0), reader.GetString(1), issue));
        }

        return issues;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        if (_ownsConnection)
        {
            _connection.Dispose();
        }
    }

    private static (string Where, object?[] Parameters) Range(int seriesId, DateOnly? from, DateOnly? to)
    {
        var where = "series_id = ?";
        var parameters = new List<object?> { seriesId };
        if (from is { } f)
        {
            where += " AND date >= ?";
            parameters.Add(f);
        }

        if (to is { } t)
        {
            where += " AND date <= ?";
            parameters.Add(t);
        }

        return (where, [.. parameters]);
    }

    private SourceRow? Find(string symbol, string? source, string kind)
    {
        if (!SourcesBySymbol.TryGetValue(symbol, out var rows))
        {
            return null;
        }

        return rows.FirstOrDefault(r => r.Kind == kind && (source is null || r.Summary.Source == source));
    }

    /// <summary>
    /// One summary per series: first and last date, rows, volume, the stale tail (the trailing run of closes or
    /// values equal to the last one; see <see cref="StaleData.RunLength"/>) and the latest import that wrote its rows.
    /// </summary>
    private Dictionary<string, List<SourceRow>> LoadSources()
    {
        var rows = StoreSql.Query(
            _connection,
            """
            WITH v AS (
                SELECT series_id, date, close AS x, volume IS NOT NULL AS has_volume, import_id FROM bars
                UNION ALL
                SELECT series_id, date, value AS x, false AS has_volume, import_id FROM points
            ), t AS (
                SELECT *, max(CASE WHEN x <> last_x THEN date END) OVER (PARTITION BY series_id) AS last_change
                FROM (SELECT *, last_value(x) OVER (PARTITION BY series_id ORDER BY date ROWS BETWEEN UNBOUNDED PRECEDING AND UNBOUNDED FOLLOWING) AS last_x FROM v)
            )
            , g AS (
                SELECT s.series_id, s.symbol, s.source, s.kind, s.adjustment,
                    min(t.date) AS first_date, max(t.date) AS last_date, count(*)::INTEGER AS n, bool_or(t.has_volume) AS has_volume,
                    count(*) FILTER (WHERE t.last_change IS NULL OR t.date > t.last_change)::INTEGER AS tail,
                    min(t.date) FILTER (WHERE t.last_change IS NULL OR t.date > t.last_change) AS tail_start,
                    max(t.import_id) AS import_id
                FROM t JOIN series s USING (series_id)
                GROUP BY s.series_id, s.symbol, s.source, s.kind, s.adjustment
            )
            SELECT g.series_id, g.symbol, g.source, g.kind, g.adjustment, g.first_date, g.last_date, g.n, g.has_volume, g.tail, g.tail_start,
                g.import_id, i.location, i.layout, i.content_hash
            FROM g JOIN imports i USING (import_id)
            """,
            r =>
            {
                var tail = r.GetInt32(9);
                var summary = new SeriesSource(
                    r.GetString(1),
                    r.GetString(2),
                    r.GetFieldValue<DateOnly>(5),
                    r.GetFieldValue<DateOnly>(6),
                    r.GetInt32(7),
                    r.GetBoolean(8),
                    StoreText.Parse<PriceAdjustment>(r.GetString(4)))
                {
                    StaleSince = tail >= StaleData.RunLength ? r.GetFieldValue<DateOnly>(10) : null,
                    Origin = new SourceOrigin(r.GetInt32(11), r.GetString(12), r.GetString(13), r.GetString(14)),
                };
                return new SourceRow(r.GetInt32(0), r.GetString(3), summary);
            });
        return rows
            .GroupBy(r => r.Summary.Symbol, StringComparer.Ordinal)
            .ToDictionary(
                g => g.Key,
                g =>
                {
                    var ordered = SourcePreference.Order(g.Select(r => r.Summary));
                    return ordered.Select(s => g.First(r => r.Summary.Source == s.Source)).ToList();
                },
                StringComparer.Ordinal);
    }

    private sealed record SourceRow(int Id, string Kind, SeriesSource Summary);
}
