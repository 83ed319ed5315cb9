using System.CommandLine;

namespace Froth.Cli.Commands.Rally;

/// <summary>Option helpers shared by the rally commands.</summary>
internal static class RallyInput
{
    /// <summary>Adds a command's options, in order.</summary>
    public static void AddAll(this Command command, params Option[] options)
    {
        foreach (var o in options)
        {
            command.Add(o);
        }
    }
}
