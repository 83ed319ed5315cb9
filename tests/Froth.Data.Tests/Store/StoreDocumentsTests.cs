using System.Security.Cryptography;
using System.Text;
using static Froth.Data.Tests.Store.TestBatches;

namespace Froth.Data.Tests.Store;

public sealed class StoreDocumentsTests : StoreTestBase
{
    [Fact]
    public void Should_list_the_latest_content_recorded_for_each_location()
    {
        // Given a file imported, then imported again with a changed value, and another file
        using (var store = NewStore())
        {
            store.Import([NdxJuly2024("ndx v1")]);
            store.Import([NdxJuly2024("ndx v2") with { Bars = [NdxJuly2024().Bars[0] with { Bars = [Bar("2024-07-09", 1)] }] }]);
            store.Import([Points("/data/valuation/pe.csv", "pe", HstechPe, "pe", new Froth.Series.ScalarPoint(D("2026-01-02"), 30))]);
        }

        // When the documents are listed
        using var read = Froth.Data.Store.StoreMarketData.Open(StorePath);
        var documents = read.Documents();

        // Then each location appears once, with the SHA-256 and length of the content of its latest import
        documents.Select(d => d.Location).ShouldBe(["/data/us/NDX_yahoo.csv", "/data/valuation/pe.csv"]);
        documents[0].ContentHash.ShouldBe(Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("ndx v2"))));
        documents[0].Length.ShouldBe(6);
        documents[0].Layout.ShouldBe("test-layout");
    }
}
