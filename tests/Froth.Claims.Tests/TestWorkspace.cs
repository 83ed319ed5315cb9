using Froth.Analysis;
using Froth.Data.MarketData;
using Froth.Testing;

namespace Froth.Claims.Tests;

/// <summary>Workspaces over in-memory markets (no store file, no cache).</summary>
public static class TestWorkspace
{
    /// <summary>A workspace over the articles' market.</summary>
    public static Workspace Articles() => Over(ArticleMarket.Value);

    /// <summary>A workspace over <paramref name="market"/>.</summary>
    public static Workspace Over(IMarketData market) => new(new WorkspaceOptions { StorePath = "in-memory", MarketData = _ => market });
}
