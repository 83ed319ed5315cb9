namespace Froth.Testing;

/// <summary>
/// A disk cache folder shared by every test run on this machine (<c>$TMPDIR/froth-test-cache</c>, or
/// <c>FROTH_TEST_CACHE</c>): slow results keyed by their inputs (PSY Monte Carlo critical values, LPPLS fits) are
/// computed by the first run and read back by later ones. Entries are keyed by every input, so a stale entry is never
/// used; deleting the folder only makes the next run slower.
/// </summary>
public static class TestCache
{
    /// <summary>The folder.</summary>
    public static string Folder { get; } = Environment.GetEnvironmentVariable("FROTH_TEST_CACHE") is { Length: > 0 } set
        ? Path.GetFullPath(set)
        : Path.Combine(Path.GetTempPath(), "froth-test-cache");
}
