using System.CommandLine;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands;

/// <summary>Every top-level command of <c>froth</c>, in the order <c>--help</c> lists them.</summary>
public static class CommandCatalog
{
    /// <summary>Creates the top-level commands for an environment.</summary>
    public static IEnumerable<Command> Create(CliEnvironment env) =>
    [
        Report.DemoCommand.Create(env),
        Report.ReportCommand.Create(env),
        Data.ImportCommand.Create(env),
        Data.FetchCommand.Create(env),
        Data.ListCommand.Create(env),
        Data.ShowCommand.Create(env),
        Data.QualityCommand.Create(env),
        Rally.FactsCommand.Create(env),
        Rally.BasketCommand.Create(env),
        Bubble.BubbleCommand.Create(env),
        Valuation.ValuationCommand.Create(env),
        Valuation.DecomposeCommand.Create(env),
        Valuation.MacroCommand.Create(env),
        Valuation.SpeculationCommand.Create(env),
        Check.CheckCommand.Create(env),
    ];
}
