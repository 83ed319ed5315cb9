using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Tests.Store;

/// <summary>Small hand-made batches: what a layout would return for a tiny file.</summary>
internal static class TestBatches
{
    public static readonly Instrument Ndx = new("^NDX", "Nasdaq-100 Index", InstrumentKind.Index, "US", "USD") { Aliases = ["NDX"] };

    public static readonly Instrument Tencent = new("0700.HK", "Tencent Holdings", InstrumentKind.Stock, "HK", "HKD") { Aliases = ["TENCENT", "hk00700", "0700"] };

    public static readonly Instrument HstechPe = new("HSTECH.HK:PE", "Hang Seng TECH P/E (TTM)", InstrumentKind.Valuation, "HK", null)
    {
        Aliases = ["HSTECH:PE"],
        Unit = "ratio",
    };

    public static DateOnly D(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static DailyBar Bar(string date, double close, double? volume = null) =>
        new(D(date), close - 1, close + 2, close - 2, close, volume);

    public static SourceDocument Document(string location, string content, string layout = "test-layout") =>
        new(location, layout, SourceReader.Hash(System.Text.Encoding.UTF8.GetBytes(content)), System.Text.Encoding.UTF8.GetByteCount(content));

    /// <summary>A batch of bars; the content hash is taken from <paramref name="content"/>, standing for the file's bytes.</summary>
    public static ImportBatch Bars(string location, string content, Instrument instrument, string source, params DailyBar[] bars) =>
        new(Document(location, content), [new BarSeries(instrument, source, PriceAdjustment.None, bars)], [], []);

    public static ImportBatch Points(string location, string content, Instrument instrument, string source, params ScalarPoint[] points) =>
        new(Document(location, content), [], [new ScalarSeries(instrument, source, points)], []);

    /// <summary>
    /// Three Nasdaq-100 sessions, 2024-07-09..11: OHLC as in the snapshot's Stooq file (2 dp), volume as in its
    /// Yahoo file, except the last volume left out to exercise a missing volume.
    /// </summary>
    public static ImportBatch NdxJuly2024(string content = "ndx v1") => Bars(
        "/data/us/NDX_yahoo.csv",
        content,
        Ndx,
        "NDX_yahoo",
        new DailyBar(D("2024-07-09"), 20504.18, 20543.90, 20395.57, 20453.02, 4839140000),
        new DailyBar(D("2024-07-10"), 20533.27, 20690.97, 20479.94, 20675.38, 5228240000),
        new DailyBar(D("2024-07-11"), 20661.41, 20672.10, 20165.00, 20211.36, null));
}
