using Froth.Data.Sources.Files;
using Froth.Data.Sources.Wire;

namespace Froth.Data.Sources;

/// <summary>The layouts Froth can read, and layout detection.</summary>
public static class SourceLayouts
{
    /// <summary>Every known layout, in detection order: the first whose <see cref="ISourceLayout.Matches"/> is true wins.</summary>
    public static IReadOnlyList<ISourceLayout> All { get; } =
    [
        // Valuation, macro and reference files (docs/layouts-scalars.md): each matches an exact header.
        new LixingerValuationLayout(),
        new ErpMonitorLayout(),
        new WorldBankIndicatorLayout(),
        new RealGdpGrowthTableLayout(),
        new ShillerMonthlyLayout(),
        new ShillerPsySampleLayout(),
        new PsymonitorSeriesLayout(),
        new UndatedReferenceLayout(),

        // Wire responses (also importable as files). Quote snapshots come before the Eastmoney kline: both
        // start with {"rc":…}.
        new FredCsvLayout(),
        new FredObservationsLayout(),
        new YahooChartLayout(),
        new QuoteSnapshotLayout(),
        new EastmoneyKlineLayout(),
        new TencentKlineLayout(),
    ];

    /// <summary>Finds a layout by its <see cref="ISourceLayout.Name"/>, ignoring case.</summary>
    /// <exception cref="FrothException">No layout has that name; the message lists the names there are.</exception>
    public static ISourceLayout Named(string name) =>
        All.FirstOrDefault(l => string.Equals(l.Name, name, StringComparison.OrdinalIgnoreCase))
        ?? throw new FrothException(
            $"Unknown layout '{name}'; expected one of: {string.Join(", ", All.Select(l => l.Name))}.");

    /// <summary>The first layout that matches, or <see langword="null"/> when none does.</summary>
    public static ISourceLayout? Detect(SourceSniff sniff) => All.FirstOrDefault(l => l.Matches(sniff));
}
