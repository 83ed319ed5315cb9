using Froth.Analysis;
using Froth.Analysis.Bubbles;
using Froth.Analysis.Reporting;
using Froth.Data.Baskets;
using Froth.Reports.Building;
using Froth.Reports.Model;
using Froth.Reports.Writers;
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

    /// <summary>A workspace over the snapshot market and the shared test cache.</summary>
    public static Workspace Workspace() => new(new WorkspaceOptions { StorePath = "snapshot", CacheFolder = TestCache.Folder, MarketData = _ => SnapshotMarket.Value });

    /// <summary>The report's inputs as of a date; <paramref name="settings"/> default to the product's.</summary>
    public static ReportInputs Inputs(DateOnly? asOf, BubbleSettings? settings = null)
    {
        using var workspace = Workspace();
        return ReportQueries.Gather(workspace, BasketPresets.Load("china-ai"), asOf, settings ?? BubbleSettings.Default);
    }

    /// <summary>A report of the preset as of a date; <paramref name="settings"/> default to the product's.</summary>
    public static Report Build(DateOnly? asOf, BubbleSettings? settings = null, PreviousReport? previous = null) =>
        ReportBuilder.Build(Inputs(asOf, settings), previous);

    /// <summary>Settings that skip the year of LPPLS confidence (one end date instead of 13), for tests about the text.</summary>
    public static BubbleSettings Quick { get; } = BubbleSettings.Default with { LpplsEndDates = 1 };
}
