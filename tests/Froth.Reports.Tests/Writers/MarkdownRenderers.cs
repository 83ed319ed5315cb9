using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Froth.Reports.Tests.Writers;

/// <summary>
/// Renders Markdown with two real renderers, markdown-it 15 (HTML allowed, as many sites configure it) and marked 18
/// (GFM), run by node from the committed <c>renderers/package.json</c> and <c>package-lock.json</c>. The first use on a
/// machine runs <c>npm ci</c> into <c>renderers/node_modules</c> (git-ignored; needs the npm registry once); when node or
/// npm is missing or the install fails the tests fail with the reason: they are never skipped.
/// </summary>
internal static class MarkdownRenderers
{
    private static readonly Lazy<string> Folder = new(Install, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The HTML markdown-it and marked make of <paramref name="markdown"/>.</summary>
    public static (string MarkdownIt, string Marked) Render(string markdown)
    {
        var output = Run("node", "render.mjs", Folder.Value, markdown, TimeSpan.FromSeconds(60));
        using var doc = JsonDocument.Parse(output);
        return (doc.RootElement.GetProperty("markdownIt").GetString()!, doc.RootElement.GetProperty("marked").GetString()!);
    }

    private static string Install()
    {
        var folder = Path.Combine(SourceFolder(), "renderers");
        if (!File.Exists(Path.Combine(folder, "node_modules", "markdown-it", "package.json")) || !File.Exists(Path.Combine(folder, "node_modules", "marked", "package.json")))
        {
            Run("npm", "ci --no-audit --no-fund --loglevel=error", folder, null, TimeSpan.FromMinutes(5));
        }

        return folder;
    }

    private static string SourceFolder([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;

    private static string Run(string file, string arguments, string folder, string? input, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(file, arguments)
        {
            WorkingDirectory = folder,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardOutputEncoding = System.Text.Encoding.UTF8,
        };
        Process process;
        try
        {
            process = Process.Start(start) ?? throw new InvalidOperationException($"{file} did not start.");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException($"The Markdown renderer tests need node and npm on the PATH ({file}: {e.Message}).", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using (var w = new StreamWriter(process.StandardInput.BaseStream, new System.Text.UTF8Encoding(false)))
            {
                w.Write(input ?? "");
            }

            if (!process.WaitForExit(timeout))
            {
                process.Kill(entireProcessTree: true);
                throw new TimeoutException($"{file} {arguments} in {folder} ran past {timeout}.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"{file} {arguments} in {folder} failed with exit code {process.ExitCode}: {stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
