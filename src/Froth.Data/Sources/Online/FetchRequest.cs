namespace Froth.Data.Sources.Online;

/// <summary>What to fetch: one instrument or series, over a range of dates.</summary>
/// <param name="Symbol">Canonical symbol (<c>0700.HK</c>, <c>^NDX</c>, <c>FRED:SP500</c>), as <see cref="OnlineFetcher.ResolveSymbol"/> gives it.</param>
/// <param name="From">First date (inclusive), or <see langword="null"/> for the source's whole history.</param>
/// <param name="To">Last date (inclusive), or <see langword="null"/> for today (the fetcher's clock, UTC).</param>
public sealed record FetchRequest(string Symbol, DateOnly? From = null, DateOnly? To = null);
