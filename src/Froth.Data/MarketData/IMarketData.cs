using Froth.Series;

namespace Froth.Data.MarketData;

/// <summary>
/// Read access to stored market data: what analytics commands use to get the series they work on.
/// Implemented by the DuckDB store and by <see cref="InMemoryMarketData"/>.
/// </summary>
/// <remarks>
/// When an instrument has several sources, methods that take no <c>source</c> return the preferred one,
/// chosen by <see cref="SourcePreference"/>.
/// </remarks>
public interface IMarketData
{
    /// <summary>Every instrument, ordered by symbol (ordinal).</summary>
    IReadOnlyList<Instrument> Instruments();

    /// <summary>
    /// The instruments a canonical symbol or an alias names, ignoring case (<see cref="SymbolMatching"/>): none, one,
    /// or several when an alias is shared. Never throws for a name that is not there.
    /// </summary>
    IReadOnlyList<Instrument> Matches(string symbolOrAlias);

    /// <summary>The stored symbols and aliases closest to a name that matches nothing, best first.</summary>
    IReadOnlyList<string> Suggest(string symbolOrAlias);

    /// <summary>The sources stored for a symbol, preferred first.</summary>
    IReadOnlyList<SeriesSource> Sources(string symbol);

    /// <summary>Daily bars of a canonical symbol, ascending, within the inclusive range when given.</summary>
    /// <param name="symbol">Canonical symbol (resolve aliases first).</param>
    /// <param name="from">First date to include, or <see langword="null"/> for the start.</param>
    /// <param name="to">Last date to include, or <see langword="null"/> for the end.</param>
    /// <param name="source">Source name, or <see langword="null"/> for the preferred source.</param>
    IReadOnlyList<DailyBar> Bars(string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null);

    /// <summary>Scalar points of a canonical symbol, ascending, within the inclusive range when given.</summary>
    /// <param name="symbol">Canonical symbol (resolve aliases first).</param>
    /// <param name="from">First date to include, or <see langword="null"/> for the start.</param>
    /// <param name="to">Last date to include, or <see langword="null"/> for the end.</param>
    /// <param name="source">Source name, or <see langword="null"/> for the preferred source.</param>
    IReadOnlyList<ScalarPoint> Scalars(string symbol, DateOnly? from = null, DateOnly? to = null, string? source = null);
}
