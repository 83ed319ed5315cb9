using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Data.Store;

/// <summary>An instrument in the store with a summary of each of its sources.</summary>
/// <param name="Instrument">The instrument as stored (name, kind, currency, aliases…).</param>
/// <param name="Sources">Its series' summaries, preferred first (<see cref="SourcePreference"/>).</param>
public sealed record StoredInstrument(Instrument Instrument, IReadOnlyList<SeriesSource> Sources)
{
    /// <summary>The preferred source: the one commands use when they name none.</summary>
    public SeriesSource Preferred => Sources[0];
}
