using Froth.Data.Baskets;
using Froth.Data.Cache;
using Froth.Reports.Building;
using Froth.Reports.Model;
using Froth.Testing;

namespace Froth.Reports.Tests;

/// <summary>
/// The China AI report on the sample snapshot, built once per test run: as of 2026-07-10 (the latest date its main
/// series share) with the product's settings. The bubble tests go through the shared test cache
/// (<see cref="TestCache"/>), so only the first run on a machine computes them (about 15 s on two cores).
/// </summary>
internal static class ChinaAiReport
{
    public static readonly DateOnly AsOf = new(2026, 7, 10);

    private static readonly Lazy<Report> Lazy = new(() => Build(AsOf));

    public static Report Value => Lazy.Value;

    /// <summary>A report of the preset as of a date; <paramref name="settings"/> default to the product's.</summary>
    public static Report Build(DateOnly? asOf, BubbleSettings? settings = null, PreviousReport? previous = null) =>
        ReportBuilder.Build(SnapshotMarket.Value, new ReportRequest
        {
            Basket = BasketPresets.Load("china-ai"),
            AsOf = asOf,
            Bubble = settings ?? BubbleSettings.Default,
            Cache = new FileCache(TestCache.Folder),
            Previous = previous,
        });

    /// <summary>Settings that skip the year of LPPLS confidence (one end date instead of 13), for tests about the text.</summary>
    public static BubbleSettings Quick { get; } = BubbleSettings.Default with { LpplsEndDates = 1 };
}
