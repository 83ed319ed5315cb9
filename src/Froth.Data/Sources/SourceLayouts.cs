using Froth.Data.Sources.Files;
using Froth.Data.Sources.Wire;

namespace Froth.Data.Sources;

/// <summary>The layouts Froth can read, and layout detection.</summary>
/// <remarks>
/// Price files, in detection order (see <c>docs/layouts-prices.md</c>): the two multi-line yfinance headers
/// first (their first lines are unambiguous: <c>Price,</c>/<c>Ticker,</c>, or <c>Date,</c> over a ticker
/// line), then the <c>Ticker.history()</c> export (the only one with <c>Dividends</c>), then Stooq before the
/// Yahoo download because both can have the header <c>Date,Open,High,Low,Close,Volume</c> and Stooq claims
/// it only with a second signal (file name or CR LF), then the lower-case Chinese layouts: Sina/AKShare (has
/// a <c>symbol</c> or <c>code</c> column), Tencent qfq (exactly <c>date,open,high,low,close,volume,amount</c>),
/// and the investing.com export (Chinese column names). No two of these match the same header.
/// </remarks>
public static class SourceLayouts
{
    /// <summary>Every known layout, in detection order: the first whose <see cref="ISourceLayout.Matches"/> is true wins.</summary>
    public static IReadOnlyList<ISourceLayout> All { get; } =
    [
        // Price files (docs/layouts-prices.md), in the order explained above.
        new YahooMultiIndexLayout(),
        new YahooTickerRowLayout(),
        new YahooHistoryLayout(),
        new StooqLayout(),
        new YahooDownloadLayout(),
        new SinaIndexLayout(),
        new TencentQfqLayout(),
        new InvestingLayout(),

        // Valuation, macro and reference files (docs/layouts-scalars.md): each matches an exact header.
        new LixingerValuationLayout(),
        new ErpMonitorLayout(),
        new WorldBankIndicatorLayout(),
        new RealGdpGrowthTableLayout(),
        new ShillerMonthlyLayout(),
        new ShillerPsySampleLayout(),
        new PsymonitorSeriesLayout(),
        new UndatedReferenceLayout(),
        new MarginBalanceLayout(),
        new EastmoneyMarginCsvLayout(),
        new HkDailyCrossSectionLayout(),
        new TushareMarketCapWideLayout(),

        // Wire responses (also importable as files). Quote snapshots come before the Eastmoney kline: both
        // start with {"rc":…}.
        new FredCsvLayout(),
        new FredObservationsLayout(),
        new YahooChartLayout(),
        new QuoteSnapshotLayout(),
        new EastmoneyKlineLayout(),
        new TencentKlineLayout(),
        new SseMarginLayout(),
        new SzseMarginLayout(),
        new EastmoneyMarginJsonLayout(),
        new EastmoneyValuationJsonLayout(),
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
