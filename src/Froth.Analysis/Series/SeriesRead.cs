using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Analysis.Series;

/// <summary>
/// A series as a use case read it: the instrument, the source chosen (with its provenance: the document, layout and
/// content hash its rows came from) and the values up to the date asked for. The one shape every price, valuation and
/// macro series takes on its way from the store to a figure.
/// </summary>
/// <typeparam name="T">A <see cref="DailyBar"/> or a <see cref="ScalarPoint"/>.</typeparam>
/// <param name="Instrument">The instrument.</param>
/// <param name="Source">The source read: its name, range, adjustment, stale tail and origin.</param>
/// <param name="Values">The values read, ascending by date.</param>
public sealed record SeriesRead<T>(Instrument Instrument, SeriesSource Source, IReadOnlyList<T> Values)
    where T : IDated
{
    /// <summary>The values on or before <paramref name="date"/>.</summary>
    public SeriesRead<T> Until(DateOnly date) => this with { Values = Sessions.Until(Values, date) };

    /// <summary>The date of the last value read, or <see langword="null"/> when none was.</summary>
    public DateOnly? LastDate => Values.Count > 0 ? Values[^1].Date : null;
}
