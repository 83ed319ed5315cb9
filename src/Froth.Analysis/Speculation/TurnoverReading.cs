using Froth.Data.MarketData;

namespace Froth.Analysis.Speculation;

/// <summary>A basket's turnover reading: the median, over its stocks with a close and volume on the as-of date, of each one's recent turnover against its own year-long average.</summary>
/// <param name="Ratio">The median ratio (1 = usual), or <see langword="null"/> when no stock has the data.</param>
/// <param name="Stocks">How many stocks it is the median of.</param>
/// <param name="Sources">The price series read.</param>
public sealed record TurnoverReading(double? Ratio, int Stocks, IReadOnlyList<SeriesSource> Sources);
