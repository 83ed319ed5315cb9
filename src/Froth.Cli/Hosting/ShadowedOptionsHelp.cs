using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;

namespace Froth.Cli.Hosting;

/// <summary>
/// Help for a command that declares an option of the same name as a recursive one it inherits (<c>froth report
/// --format html|md|json|all</c> beside the global <c>--format table|json</c>): the help lists the command's own
/// and leaves the inherited one out, since the parser gives the token to the command's own.
/// </summary>
/// <remarks>
/// The inherited option is hidden while the help is written and shown again after. The global options are shared
/// by every command tree built in the process (the in-process CLI tests build many at once), so every help
/// written through this action takes one lock.
/// </remarks>
public static class ShadowedOptionsHelp
{
    private static readonly Lock Gate = new();

    /// <summary>Wraps the root's help action.</summary>
    public static void Install(RootCommand root)
    {
        ArgumentNullException.ThrowIfNull(root);
        var help = root.Options.OfType<HelpOption>().SingleOrDefault();
        if (help?.Action is SynchronousCommandLineAction inner)
        {
            help.Action = new HidingAction(inner);
        }
    }

    /// <summary>The recursive options a command inherits that one of its own options hides, by name.</summary>
    public static IReadOnlyList<Option> Shadows(Command command)
    {
        ArgumentNullException.ThrowIfNull(command);
        var own = command.Options.Select(o => o.Name).ToHashSet(StringComparer.Ordinal);
        var shadows = new List<Option>();
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
        {
            shadows.AddRange(parent.Options.Where(o => o.Recursive && !o.Hidden && own.Contains(o.Name)));
        }

        return shadows;
    }

    private sealed class HidingAction(SynchronousCommandLineAction inner) : SynchronousCommandLineAction
    {
        public override bool Terminating => inner.Terminating;

        public override bool ClearsParseErrors => inner.ClearsParseErrors;

        public override int Invoke(ParseResult parseResult)
        {
            lock (Gate)
            {
                var shadows = Shadows(parseResult.CommandResult.Command);
                foreach (var option in shadows)
                {
                    option.Hidden = true;
                }

                try
                {
                    return inner.Invoke(parseResult);
                }
                finally
                {
                    foreach (var option in shadows)
                    {
                        option.Hidden = false;
                    }
                }
            }
        }
    }
}
