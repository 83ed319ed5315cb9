using Froth.Cli.Hosting;
using Froth.Data.MarketData;
using Froth.Data.Sources;

namespace Froth.Cli.Tests;

/// <summary>The outcome of running <c>froth</c> in-process.</summary>
public sealed record CliResult(int ExitCode, string Out, string Error);

/// <summary>Runs the CLI in-process with captured output and a controlled environment.</summary>
public static class CliRun
{
    /// <summary>Runs <c>froth</c> with <paramref name="args"/>; output is redirected (not a terminal).</summary>
    public static async Task<CliResult> RunAsync(
        string[] args,
        IReadOnlyDictionary<string, string>? variables = null,
        Func<string, IMarketData>? marketData = null,
        HttpMessageHandler? http = null,
        string? currentDirectory = null,
        TimeProvider? time = null,
        IReadOnlyList<ISourceLayout>? layouts = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        // Slow results go to the shared test cache (keyed by every input) unless a test names its own folder: never to the
        // user's ~/.cache/froth.
        var vars = new Dictionary<string, string>(variables ?? new Dictionary<string, string>());
        vars.TryAdd("FROTH_CACHE", Froth.Testing.TestCache.Folder);
        var env = new CliEnvironment
        {
            Out = stdout,
            Error = stderr,
            Variable = name => vars.TryGetValue(name, out var v) ? v : null,
            MarketDataFactory = marketData,
            HttpHandler = http,
            CurrentDirectory = currentDirectory ?? Environment.CurrentDirectory,
            Time = time ?? TimeProvider.System,
            Layouts = layouts,
        };
        var code = await FrothApp.RunAsync(args, env, TestContext.Current.CancellationToken);
        return new CliResult(code, stdout.ToString(), stderr.ToString());
    }
}
