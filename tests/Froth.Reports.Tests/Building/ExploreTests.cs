using Froth.Data.Baskets;
using Froth.Data.Cache;
using Froth.Reports.Building;
using Froth.Reports.Writers;
using Froth.Testing;

namespace Froth.Reports.Tests.Building;

public sealed class ExploreTests(ITestOutputHelper output)
{
    [Fact]
    public void Explore()
    {
        var sw = System.Diagnostics.Stopwatch.StartNew();
        var market = SnapshotMarket.Value;
        output.WriteLine($"load {sw.ElapsedMilliseconds} ms");
        var report = ReportBuilder.Build(market, new ReportRequest { Basket = BasketPresets.Load("china-ai"), Cache = new FileCache(TestCache.Folder) }, TestContext.Current.CancellationToken);
        output.WriteLine($"build {sw.ElapsedMilliseconds} ms");
        var files = ReportWriter.Write(report, "/tmp/report-out", [ReportFormat.Html, ReportFormat.Markdown, ReportFormat.Json]);
        output.WriteLine($"write {sw.ElapsedMilliseconds} ms: {string.Join(", ", files)}");
    }
}
