using System.CommandLine;
using Froth.Analysis;
using Froth.Analysis.Json;
using Spectre.Console;

namespace Froth.Cli.Hosting;

/// <summary>
/// What a running command works with: its parse result, the environment, the resolved global options and
/// the consoles. One is made per invocation; dispose it to release what it opened (the store).
/// </summary>
public sealed class CommandContext : IDisposable
{
    private Workspace? _workspace;
    private Workspace? _uncached;
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

    /// <summary>
    /// The analysis layer's workspace over the store at <see cref="StorePath"/> (opened read-only on first use) and the
    /// cache (<c>$FROTH_CACHE</c>, else <c>$XDG_CACHE_HOME/froth</c>, else <c>~/.cache/froth</c>). The context disposes it.
    /// </summary>
    public Workspace Workspace => _workspace ??= new Workspace(new WorkspaceOptions
    {
        StorePath = StorePath,
        CacheFolder = WorkspaceOptions.DefaultCacheFolder(Environment.Variable),
        Time = Environment.Time,
        CurrentDirectory = Environment.CurrentDirectory,
        MarketData = Environment.MarketDataFactory,
    });

    /// <summary>A workspace over the same store without the cache: every slow result is computed (<c>--no-cache</c>).</summary>
    public Workspace WorkspaceWithoutCache => _uncached ??= new Workspace(new WorkspaceOptions
    {
        StorePath = StorePath,
        Time = Environment.Time,
        CurrentDirectory = Environment.CurrentDirectory,
        MarketData = Environment.MarketDataFactory,
    });

    /// <summary>Standard output as a Spectre console, for tables.</summary>
    public IAnsiConsole Console => _console ??= CreateConsole(Environment.Out, Environment.OutIsTerminal);

    /// <summary>Standard error as a Spectre console, for progress and warnings.</summary>
    public IAnsiConsole ErrorConsole => _errorConsole ??= CreateConsole(Environment.Error, Environment.ErrorIsTerminal);

    /// <summary>The value of an option or argument of the current command.</summary>
    public T? Get<T>(Option<T> option) => ParseResult.GetValue(option);

    /// <summary>The value of an argument of the current command.</summary>
    public T? Get<T>(Argument<T> argument) => ParseResult.GetValue(argument);

    /// <summary>Writes a result: as JSON when <see cref="Format"/> is JSON, else with <paramref name="renderTable"/>.</summary>
    public void Write<T>(T result, Action<IAnsiConsole> renderTable)
    {
        if (Format == OutputFormat.Json)
        {
            Environment.Out.WriteLine(FrothJson.Serialize(result));
        }
        else
        {
            renderTable(Console);
        }
    }

    /// <summary>Writes a warning line to standard error.</summary>
    public void Warn(string message) => Environment.Error.WriteLine($"warning: {Froth.Safety.ControlCharacters.Neutralise(message, keepLineBreaks: true)}");

    /// <summary>
    /// A path for people to read: relative to the current folder when it is inside it, else as it is; a URL (the
    /// location of a fetched document) as it is.
    /// </summary>
    public string DisplayPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (path.Contains("://", StringComparison.Ordinal))
        {
            return path;
        }

        var relative = Path.GetRelativePath(Environment.CurrentDirectory, path);
        return relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? path : relative;
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _workspace?.Dispose();
        _workspace = null;
        _uncached?.Dispose();
        _uncached = null;
    }

    private static IAnsiConsole CreateConsole(TextWriter writer, bool terminal)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = terminal ? InteractionSupport.Detect : InteractionSupport.No,
            Out = new AnsiConsoleOutput(writer),
        });
        console.Pipeline.Attach(new ControlCharacterHook());
        if (!terminal)
        {
            // Redirected output has no window: a fixed width keeps tables stable for files and golden tests.
            console.Profile.Width = 120;
        }

        return console;
    }
}
