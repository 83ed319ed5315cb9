using Froth.Data.MarketData;
using Froth.Series;

namespace Froth.Analysis.Macro;

/// <summary>One macro series an overlay read, with its provenance.</summary>
/// <param name="Field">What it is in the overlay (<c>cpiInflation</c>, <c>gdpDeflatorInflation</c>, <c>realGdpGrowth</c>, <c>nominalGdp</c>).</param>
/// <param name="Symbol">The stored series (<c>CN:CPI_INFLATION</c>).</param>
/// <param name="Name">Its name as stored.</param>
/// <param name="Unit">Its unit as stored (<c>percent</c>, <c>USD</c>).</param>
/// <param name="Verified">False for a hand-compiled table nobody has verified (its name says UNVERIFIED).</param>
/// <param name="Source">The source read.</param>
/// <param name="Values">The values read, in the stored unit, ascending (each dated 1 January of its year).</param>
public sealed record MacroSeriesRead(string Field, string Symbol, string Name, string? Unit, bool Verified, SeriesSource Source, IReadOnlyList<ScalarPoint> Values);
