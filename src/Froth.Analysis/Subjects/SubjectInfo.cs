using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Analysis.Subjects;

/// <summary>Who a result is about, for every output: the subject's key and name, the instrument (a basket's is the pseudo-instrument of its index), and the source its prices came from.</summary>
/// <param name="Key">Canonical symbol, or <c>basket:NAME</c>.</param>
/// <param name="Name">Name for people.</param>
/// <param name="Kind">Instrument or basket.</param>
/// <param name="Instrument">The instrument (for a basket, <c>basket:NAME</c> of kind index, market <c>BASKET</c>).</param>
/// <param name="Source">The source read, with its provenance (for a basket, its file or <c>preset:NAME</c>).</param>
public sealed record SubjectInfo(string Key, string Name, SubjectKind Kind, Instrument Instrument, SeriesSource Source);
