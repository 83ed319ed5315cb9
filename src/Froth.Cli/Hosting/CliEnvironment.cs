using Froth.Data.MarketData;
using Froth.Data.Sources;

namespace Froth.Cli.Hosting;

/// <summary>
/// Everything the CLI takes from the process around it: output streams, environment variables, the clock,
/// the working folder and the HTTP handler. Tests build one over string writers and recorded responses
/// and run commands in-process.
/// </summary>
public sealed class CliEnvironment
{
    /// <summary>Standard output: results (tables or JSON).</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: errors, warnings and progress.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>True when standard output is an interactive terminal (tables are then the default format).</summary>
    public bool OutIsTerminal { get; init; }

    /// <summary>True when standard error is an interactive terminal (progress bars are drawn only then).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Reads an environment variable; <see langword="null"/> when unset.</summary>
    public Func<string, string?> Variable { get; init; } = Environment.GetEnvironmentVariable;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The folder relative paths are resolved against.</summary>
    public string CurrentDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>
    /// The innermost HTTP handler for online fetchers; <see langword="null"/> uses the network. Tests pass a
    /// handler that replays recorded responses.
    /// </summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>
    /// Opens market data for reading given the resolved store path; <see langword="null"/> opens the DuckDB
    /// store. Tests may pass an <see cref="InMemoryMarketData"/>.
    /// </summary>
    public Func<string, IMarketData>? MarketDataFactory { get; init; }

    /// <summary>
    /// The file layouts <c>froth import</c> chooses from; <see langword="null"/> uses <see cref="SourceLayouts.All"/>.
    /// Tests pass layouts of their own.
    /// </summary>
    public IReadOnlyList<ISourceLayout>? Layouts { get; init; }

    /// <summary>The environment of this process: the real console, variables and clock.</summary>
    public static CliEnvironment FromProcess()
    {
        var stdout = new StreamWriter(Console.OpenStandardOutput(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        var stderr = new StreamWriter(Console.OpenStandardError(), new System.Text.UTF8Encoding(false)) { AutoFlush = true };
        return new CliEnvironment
        {
            Out = stdout,
            Error = stderr,
            OutIsTerminal = !Console.IsOutputRedirected,
            ErrorIsTerminal = !Console.IsErrorRedirected,
        };
    }

    /// <summary>Resolves a path the user gave against <see cref="CurrentDirectory"/>.</summary>
    public string FullPath(string path) => Path.GetFullPath(path, CurrentDirectory);
}
