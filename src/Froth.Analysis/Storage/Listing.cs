using System.Text.Json.Serialization;
using Froth.Data.MarketData;
using Froth.Data.Store;
using Froth.Data.Symbols;
using Froth.Series;

namespace Froth.Analysis.Storage;

/// <summary>What the store lists: the instruments asked for, and the single-stock series left out of a default listing.</summary>
/// <param name="Store">The store's path.</param>
/// <param name="Items">The instruments listed, in symbol order.</param>
/// <param name="Hidden">Single-stock valuation series counted but not listed (empty when all or a filter was asked for).</param>
public sealed record Listing(string Store, IReadOnlyList<ListedInstrument> Items, IReadOnlyList<ListedInstrument> Hidden);

/// <summary>What to list.</summary>
public sealed record ListRequest
{
    /// <summary>Also list single-stock valuation series.</summary>
    public bool All { get; init; }

    /// <summary>Only these kinds (empty: every kind).</summary>
    public IReadOnlyList<InstrumentKind> Kinds { get; init; } = [];

    /// <summary>Only these markets (empty: every market).</summary>
    public IReadOnlyList<string> Markets { get; init; } = [];
}

/// <summary>One instrument of a listing; the range and counts describe the preferred source.</summary>
/// <remarks><see cref="SingleStock"/> is not written to JSON: it decides what a default listing shows.</remarks>
public sealed record ListedInstrument(
    string Symbol,
    IReadOnlyList<string> Aliases,
    string Name,
    InstrumentKind Kind,
    string Market,
    string? Currency,
    Frequency Frequency,
    string? Unit,
    DateOnly First,
    DateOnly Last,
    int Bars,
    int Points,
    int Rows,
    string Source,
    IReadOnlyList<ListedSource> Sources)
{
    /// <summary>True for a valuation series of one stock (<see cref="SymbolCatalog.IsSingleStockSeries"/>).</summary>
    [JsonIgnore]
    public bool SingleStock { get; init; }

    /// <summary>The listing line of a stored instrument.</summary>
    public static ListedInstrument From(StoredInstrument stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var i = stored.Instrument;
        var p = stored.Preferred;
        return new ListedInstrument(
            i.Symbol,
            i.Aliases,
            i.Name,
            i.Kind,
            i.Market,
            i.Currency,
            i.Frequency,
            i.Unit,
            p.First,
            p.Last,
            i.HasBars ? p.Rows : 0,
            i.HasBars ? 0 : p.Rows,
            p.Rows,
            p.Source,
            [.. stored.Sources.Select(x => new ListedSource(x.Source, x.First, x.Last, x.Rows, x.HasVolume, x.Adjustment, x.StaleSince))])
        {
            SingleStock = SymbolCatalog.IsSingleStockSeries(i),
        };
    }
}

/// <summary>One source of a listed instrument.</summary>
public sealed record ListedSource(string Source, DateOnly First, DateOnly Last, int Rows, bool HasVolume, PriceAdjustment Adjustment, DateOnly? StaleSince);

/// <summary>One instrument's rows from one source, as stored.</summary>
/// <param name="Instrument">The instrument.</param>
/// <param name="Source">The source read.</param>
/// <param name="Sources">All its sources, the preferred first.</param>
/// <param name="Bars">The bars read (instruments with prices), else <see langword="null"/>.</param>
/// <param name="Points">The points read (valuation and macro series), else <see langword="null"/>.</param>
public sealed record StoredSeries(Instrument Instrument, SeriesSource Source, IReadOnlyList<SeriesSource> Sources, IReadOnlyList<DailyBar>? Bars, IReadOnlyList<ScalarPoint>? Points);
