using System.CommandLine;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands.Bubble;

/// <summary><c>froth bubble</c>: the bubble tests (PSY/GSADF and LPPLS), one subcommand each.</summary>
public static class BubbleCommand
{
    /// <summary>Creates <c>froth bubble</c> with its subcommands.</summary>
    public static Command Create(CliEnvironment env)
    {
        var bubble = new Command("bubble", "Bubble econometrics: the PSY explosive-root tests (ADF, SADF, GSADF, BSADF) and LPPLS.");
        bubble.Add(PsyCommand.Create(env));
        bubble.Add(PsyCriticalValuesCommand.Create(env));
        bubble.Add(LpplsCommand.Create(env));
        bubble.Add(LpplsConfidenceCommand.Create(env));
        return bubble;
    }
}
