using System.Runtime.CompilerServices;
using Shouldly;

namespace Froth.Testing;

/// <summary>
/// Golden files for output people read (help text, tables, report Markdown). The approved text lives in
/// <c>golden/NAME.verified.EXT</c> beside the calling test file. On a mismatch the actual text is written to
/// <c>NAME.received.EXT</c> (git-ignored) and the test fails; run the tests with <c>FROTH_APPROVE=1</c> to
/// accept the received text as the new approved one, then review the diff before committing.
/// </summary>
public static class Golden
{
    /// <summary>Compares <paramref name="actual"/> with the approved file <paramref name="name"/>.</summary>
    public static void Verify(string actual, string name, string extension = "txt", [CallerFilePath] string callerFile = "")
    {
        var dir = System.IO.Path.Combine(System.IO.Path.GetDirectoryName(callerFile)!, "golden");
        var verified = System.IO.Path.Combine(dir, $"{name}.verified.{extension}");
        var received = System.IO.Path.Combine(dir, $"{name}.received.{extension}");
        var normalized = actual.ReplaceLineEndings("\n");

        if (Environment.GetEnvironmentVariable("FROTH_APPROVE") is "1" or "true")
        {
            Directory.CreateDirectory(dir);
            File.WriteAllText(verified, normalized);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (expected == normalized)
        {
            File.Delete(received);
            return;
        }

        Directory.CreateDirectory(dir);
        File.WriteAllText(received, normalized);
        expected.ShouldBe(normalized, $"golden file {verified} differs; the actual output is in {received} (approve with FROTH_APPROVE=1)");
    }
}
