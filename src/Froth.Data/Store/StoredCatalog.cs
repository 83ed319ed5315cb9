using DuckDB.NET.Data;
using Froth.Series;

namespace Froth.Data.Store;

/// <summary>
/// The small tables of a store read into memory: instruments with their aliases, series, and which contents
/// have been imported. Loaded once per import or read session.
/// </summary>
internal sealed class StoredCatalog
{
    private StoredCatalog()
    {
    }

    /// <summary>Instruments by canonical symbol.</summary>
    public Dictionary<string, Instrument> Instruments { get; } = new(StringComparer.Ordinal);

    /// <summary>Series by symbol and source.</summary>
    public Dictionary<(string Symbol, string Source), StoredSeries> Series { get; } = [];

    /// <summary>Content hash and layout of every recorded import.</summary>
    public HashSet<(string ContentHash, string Layout)> ImportedContent { get; } = [];

    /// <summary>The id the next import record gets.</summary>
    public int NextImportId { get; private set; }

    /// <summary>Reads the catalogue tables.</summary>
    public static StoredCatalog Load(DuckDBConnection connection)
    {
        var catalog = new StoredCatalog();
        var aliases = StoreSql.Query(
                connection,
                "SELECT symbol, alias FROM aliases ORDER BY symbol, position",
                r => (Symbol: r.GetString(0), Alias: r.GetString(1)))
            .GroupBy(a => a.Symbol, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(a => a.Alias).ToList(), StringComparer.Ordinal);
        foreach (var i in StoreSql.Query(
            connection,
            "SELECT symbol, name, kind, market, currency, frequency, unit FROM instruments",
            r => new Instrument(r.GetString(0), r.GetString(1), StoreText.Parse<InstrumentKind>(r.GetString(2)), r.GetString(3), r.NullableString(4))
            {
                Frequency = StoreText.Parse<Frequency>(r.GetString(5)),
                Unit = r.NullableString(6),
            }))
        {
            catalog.Instruments[i.Symbol] = i with { Aliases = aliases.GetValueOrDefault(i.Symbol) ?? [] };
        }

        foreach (var (symbol, source, series) in StoreSql.Query(
            connection,
            "SELECT symbol, source, series_id, kind, adjustment FROM series",
            r => (r.GetString(0), r.GetString(1), new StoredSeries(r.GetInt32(2), r.GetString(3), r.GetString(4)))))
        {
            catalog.Series[(symbol, source)] = series;
        }

        foreach (var key in StoreSql.Query(connection, "SELECT DISTINCT content_hash, layout FROM imports", r => (r.GetString(0), r.GetString(1))))
        {
            catalog.ImportedContent.Add(key);
        }

        catalog.NextImportId = Convert.ToInt32(
            StoreSql.Scalar(connection, "SELECT coalesce(max(import_id), 0) + 1 FROM imports"),
            System.Globalization.CultureInfo.InvariantCulture);
        return catalog;
    }

    /// <summary>True when two instruments have the same stored description (every field and the aliases in order).</summary>
    public static bool SameDescription(Instrument a, Instrument b) =>
        a.Symbol == b.Symbol
        && a.Name == b.Name
        && a.Kind == b.Kind
        && a.Market == b.Market
        && a.Currency == b.Currency
        && a.Frequency == b.Frequency
        && a.Unit == b.Unit
        && a.Aliases.Distinct(StringComparer.Ordinal).SequenceEqual(b.Aliases.Distinct(StringComparer.Ordinal), StringComparer.Ordinal);
}
