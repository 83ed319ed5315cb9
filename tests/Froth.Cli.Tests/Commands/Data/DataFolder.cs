using Froth.Testing;
using Froth.Testing.Layouts;

namespace Froth.Cli.Tests.Commands.Data;

/// <summary>
/// A temp folder with a few small files in the test layout (<c>date,close</c>) and a store file <c>s.duckdb</c>
/// beside them; runs <c>froth</c> in-process with that folder as the current one, so paths print relative.
/// </summary>
public sealed class DataFolder : IDisposable
{
    private readonly TempFolder _temp = new();

    public DataFolder()
    {
        // Nasdaq-100 closes of 2024-07-09..12: Stooq prints two decimals, Yahoo its stored float (snapshot files).
        _temp.Write("data/us/^NDX_stooq.csv", "date,close\n2024-07-09,20453.02\n2024-07-10,20675.38\n2024-07-11,20211.36\n");
        _temp.Write("data/us/^NDX_yahoo.csv", "date,close\n2024-07-10,20675.380859375\n2024-07-11,20211.359375\n2024-07-12,20331.59\n");
        // Tencent, with a row the layout leaves out.
        _temp.Write("data/hk/0700.HK_yahoo.csv", "date,close\n2026-08-19,skip\n2026-08-20,596.0\n2026-08-21,598.5\n");
        _temp.Write("data/SOURCES.md", "# where the files come from\n");
    }

    public string Path => _temp.Path;

    public string File(string relative) => _temp.File(relative);

    public string Write(string relative, string content) => _temp.Write(relative, content);

    public string StorePath => _temp.File("s.duckdb");

    /// <summary>Runs froth with <c>--store s.duckdb</c> and the test layout.</summary>
    public Task<CliResult> Run(params string[] args) =>
        CliRun.RunAsync([.. args, "--store", "s.duckdb"], currentDirectory: _temp.Path, time: FixedClock.Default, layouts: [new CloseCsvLayout()]);

    public void Dispose() => _temp.Dispose();
}
