using System.CommandLine;
using Froth.Safety;

namespace Froth.Cli.Hosting;

/// <summary>The <c>froth</c> command line: builds the command tree, runs it and turns failures into exit codes.</summary>
/// <remarks>
/// Exit codes: 0 success; 1 a failure caused by the data or the request (the message says what and why);
/// 2 a usage error (unknown option, bad value); 70 an internal error (a bug: please report it).
/// </remarks>
public static class FrothApp
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>The request failed because of the data or the options (a <see cref="FrothException"/>).</summary>
    public const int Failed = 1;

    /// <summary>The command line could not be parsed.</summary>
    public const int Usage = 2;

    /// <summary>An unexpected internal error.</summary>
    public const int Internal = 70;

    /// <summary>Builds the root command for an environment.</summary>
    public static RootCommand BuildRoot(CliEnvironment env)
    {
        var root = new RootCommand(
            "Froth: how strong is a market rally, and is it turning into a bubble? "
            + "Imports market data into a local DuckDB store and computes rally facts, valuation, bubble tests and reports.")
        {
            HelpName = "froth",
        };
        root.Add(GlobalOptions.Format);
        root.Add(GlobalOptions.Store);
        foreach (var command in Commands.CommandCatalog.Create(env))
        {
            root.Add(command);
        }

        ShadowedOptionsHelp.Install(root);
        return root;
    }

    /// <summary>Runs the command line and returns the process exit code.</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment env, CancellationToken cancellationToken = default)
    {
        var root = BuildRoot(env);
        var parseResult = root.Parse(args);
        if (parseResult.Errors.Count > 0)
        {
            foreach (var error in parseResult.Errors)
            {
                await env.Error.WriteLineAsync($"error: {ControlCharacters.Neutralise(error.Message, keepLineBreaks: true)}");
            }

            var commandName = string.Join(' ', parseResult.CommandResult.Command.GetPathFromRoot());
            await env.Error.WriteLineAsync($"Run '{commandName} --help' for usage.");
            return Usage;
        }

        try
        {
            var config = new InvocationConfiguration
            {
                Output = env.Out,
                Error = env.Error,
                EnableDefaultExceptionHandler = false,
            };
            return await parseResult.InvokeAsync(config, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            await env.Error.WriteLineAsync("error: cancelled.");
            return Failed;
        }
        catch (FrothException e)
        {
            await env.Error.WriteLineAsync($"error: {ControlCharacters.Neutralise(e.Message, keepLineBreaks: true)}");
            return Failed;
        }
        catch (Exception e) when (e is not OutOfMemoryException)
        {
            await env.Error.WriteLineAsync($"internal error: {e.GetType().Name}: {ControlCharacters.Neutralise(e.Message, keepLineBreaks: true)}");
            if (env.Variable("FROTH_DEBUG") is "1" or "true")
            {
                await env.Error.WriteLineAsync(e.ToString());
            }
            else
            {
                await env.Error.WriteLineAsync("This is a bug in Froth. Set FROTH_DEBUG=1 to see the stack trace.");
            }

            return Internal;
        }
    }

    private static IEnumerable<string> GetPathFromRoot(this Command command)
    {
        var names = new List<string>();
        for (Symbol? s = command; s is not null; s = s.Parents.FirstOrDefault())
        {
            names.Add(s is RootCommand ? "froth" : s.Name);
        }

        names.Reverse();
        return names;
    }
}
