using Froth.Data.Store;
using Froth.Testing;

namespace Froth.Data.Tests.Store;

/// <summary>A test that works on its own store file in a temp folder, deleted afterwards.</summary>
public abstract class StoreTestBase : IDisposable
{
    private readonly TempFolder _temp = new();

    protected string StorePath => _temp.File("s.duckdb");

    protected TempFolder Temp => _temp;

    protected FrothStore NewStore(TimeProvider? time = null) => FrothStore.Open(StorePath, time ?? FixedClock.Default);

    public void Dispose()
    {
        _temp.Dispose();
        GC.SuppressFinalize(this);
    }
}
