using System.Globalization;
using Froth.Data.Quality;
using Froth.Data.Sources;
using Froth.Series;

namespace Froth.Data.Tests.Quality;

/// <summary>Hand-made series and batches for the quality rules, and named pathological fixtures.</summary>
internal static class QualityFixtures
{
    public const string Location = "/fixtures/test.csv";

    public static readonly Instrument Stock = new("TEST", "Test stock", InstrumentKind.Stock, "US", "USD");

    public static readonly Instrument Index = new("^TEST", "Test index", InstrumentKind.Index, "US", "USD");

    public static readonly Instrument DailyPe = new("TEST:PE", "Test P/E", InstrumentKind.Valuation, "US", null) { Unit = "ratio" };

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>A bar that moved during the day (open, high and low around the close).</summary>
    public static DailyBar Bar(string date, double close, double? volume = 1000) =>
        new(Day(date), close * 0.99, close * 1.01, close * 0.98, close, volume);

    /// <summary>One bar per weekday from <paramref name="start"/>, closes and volumes from the functions of the index.</summary>
    public static List<DailyBar> Weekdays(string start, int count, Func<int, double> close, Func<int, double?> volume)
    {
        var bars = new List<DailyBar>(count);
        var d = Day(start);
        for (var i = 0; i < count; i++)
        {
            while (d.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
            {
                d = d.AddDays(1);
            }

            var c = close(i);
            bars.Add(new DailyBar(d, c * 0.99, c * 1.01, c * 0.98, c, volume(i)));
            d = d.AddDays(1);
        }

        return bars;
    }

    /// <summary>A batch of one bar series, with its lines when given.</summary>
    public static ImportBatch Batch(Instrument instrument, IReadOnlyList<DailyBar> bars, IReadOnlyList<int>? lines = null) =>
        new(new SourceDocument(Location, "test", "", 0), [new BarSeries(instrument, "test", PriceAdjustment.None, bars)], [], [])
        {
            BarLines = lines is null ? null : [lines],
        };

    /// <summary>A batch of one scalar series, with its lines when given.</summary>
    public static ImportBatch Batch(Instrument instrument, IReadOnlyList<ScalarPoint> points, IReadOnlyList<int>? lines = null) =>
        new(new SourceDocument(Location, "test", "", 0), [], [new ScalarSeries(instrument, "test", points)], [])
        {
            ScalarLines = lines is null ? null : [lines],
        };

    /// <summary>Applies the rules with the default options (or the ones given).</summary>
    public static ImportBatch Check(this ImportBatch batch, QualityOptions? options = null) =>
        QualityRules.Apply(batch, options ?? QualityOptions.Default);

    public static List<DataIssue> Issues(this ImportBatch batch, string rule) => [.. batch.Issues.Where(i => i.Rule == rule)];

    // Named pathological fixtures.

    public static IReadOnlyList<DailyBar> NoBars => [];

    public static IReadOnlyList<DailyBar> OneBar => [Bar("2024-01-02", 10)];

    /// <summary>Twelve weekdays at the same close: a stale run at the default length of 10.</summary>
    public static IReadOnlyList<DailyBar> Constant => Weekdays("2024-01-01", 12, _ => 10, _ => 1000);

    /// <summary>A bar on Friday 2024-01-05, then Tuesday 2024-01-23: 11 weekdays missing.</summary>
    public static IReadOnlyList<DailyBar> Gapped => [Bar("2024-01-05", 10), Bar("2024-01-23", 11)];

    /// <summary>2024-01-03 twice with different volumes.</summary>
    public static IReadOnlyList<DailyBar> Duplicated => [Bar("2024-01-02", 10), Bar("2024-01-03", 11, 400), Bar("2024-01-03", 11, 1200), Bar("2024-01-04", 12)];

    /// <summary>NaN, infinity and negative values in prices and volumes.</summary>
    public static IReadOnlyList<DailyBar> NaNLaden =>
    [
        Bar("2024-01-02", 10),
        Bar("2024-01-03", double.NaN),
        new(Day("2024-01-04"), 10, double.PositiveInfinity, 9, 10, 1000),
        Bar("2024-01-05", 10, double.NaN),
        Bar("2024-01-08", 10, -5),
        Bar("2024-01-09", 11),
    ];
}
