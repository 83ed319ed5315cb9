using System.CommandLine;
using System.Text.Json;
using Froth.Data.MarketData;
using Spectre.Console;

namespace Froth.Cli.Hosting;

/// <summary>
/// What a running command works with: its parse result, the environment, the resolved global options and
/// the consoles. One is made per invocation.
/// </summary>
public sealed class CommandContext
{
    private IAnsiConsole? _console;
    private IAnsiConsole? _errorConsole;

    /// <summary>Creates the context of one invocation.</summary>
    public CommandContext(ParseResult parseResult, CliEnvironment environment)
    {
        ParseResult = parseResult;
        Environment = environment;
        Format = parseResult.GetValue(GlobalOptions.Format)
            ?? (environment.OutIsTerminal ? OutputFormat.Table : OutputFormat.Json);
        StorePath = StoreLocation.Resolve(parseResult.GetValue(GlobalOptions.Store), environment);
    }

    /// <summary>The parsed command line.</summary>
    public ParseResult ParseResult { get; }

    /// <summary>The process environment.</summary>
    public CliEnvironment Environment { get; }

    /// <summary>The output format asked for, or the default for the terminal.</summary>
    public OutputFormat Format { get; }

    /// <summary>Absolute path of the store file.</summary>
    public string StorePath { get; }

    /// <summary>Standard output as a Spectre console, for tables.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole(Environment.Out, Environment.OutIsTerminal);

    /// <summary>Standard error as a Spectre console, for progress and warnings.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole ??= CreateConsole(Environment.Error, Environment.ErrorIsTerminal);

    /// <summary>The value of an option or argument of the current command.</summary>
    public T? Get<T>(Option<T> option) => ParseResult.GetValue(option);

    /// <summary>The value of an argument of the current command.</summary>
    public T? Get<T>(Argument<T> argument) => ParseResult.GetValue(argument);

    /// <summary>Opens the market data the command reads (the store, unless the environment supplies another).</summary>
    public IMarketData OpenMarketData() =>
        Environment.MarketDataFactory is { } factory
            ? factory(StorePath)
            : throw new FrothException("The DuckDB store is not available in this build.");

    /// <summary>Writes a result: as JSON when <see cref="Format"/> is JSON, else with <paramref name="renderTable"/>.</summary>
    public void Write<T>(T result, Action<IAnsiConsole> renderTable)
    {
        if (Format == OutputFormat.Json)
        {
            Environment.Out.WriteLine(JsonSerializer.Serialize(result, FrothJson.Options));
        }
        else
        {
            renderTable(Console);
        }
    }

    /// <summary>Writes a warning line to standard error.</summary>
    public void Warn(string message) => Environment.Error.WriteLine($"warning: {message}");

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        if (!terminal)
        {
            // Redirected output has no window: a fixed width keeps tables stable for files and golden tests.
            console.Profile.Width = 120;
        }

        return console;
    }
}
