using Froth.Data.MarketData;
using Froth.Data.Sources;
using Froth.Series;
using Froth.Testing;

namespace Froth.Cli.Tests.Commands.Rally;

/// <summary>
/// Every price file of the sample snapshot read through the importers, once per test run, as in-memory
/// market data: a stand-in for the store until it lands.
/// </summary>
internal static class SnapshotMarket
{
    private static readonly Lazy<IReadOnlyList<BarSeries>> LazySeries = new(() =>
        [.. Directory.GetFiles(SampleData.Path("prices"), "*.csv", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .SelectMany(f => SourceReader.ReadFile(f).Bars)]);

    /// <summary>Every bar series of the snapshot's price files.</summary>
    public static IReadOnlyList<BarSeries> Series => LazySeries.Value;

    /// <summary>A market-data factory over the whole snapshot.</summary>
    public static Func<string, IMarketData> All { get; } = _ => new InMemoryMarketData(Series);

    /// <summary>A market-data factory over the snapshot without the given symbols.</summary>
    public static Func<string, IMarketData> Without(params string[] symbols) =>
        _ => new InMemoryMarketData(Series.Where(s => !symbols.Contains(s.Instrument.Symbol, StringComparer.Ordinal)));

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
