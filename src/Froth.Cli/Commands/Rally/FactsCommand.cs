using System.CommandLine;
using Froth.Analysis.Rally;
using Froth.Analysis.Subjects;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands.Rally;

/// <summary><c>froth facts SYMBOL|BASKET</c>: returns, streaks, records, drawdown, volume and relative performance as of a date.</summary>
public static class FactsCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var symbol = new Argument<string>("SYMBOL|BASKET")
        {
            Description = "Symbol or alias of a stored instrument (0700.HK, HSTECH, STAR50, CAMBRICON, NDX), or a basket preset (china-ai) or file: its index.",
        };
        var asOf = DateOptions.Create("--as-of", "Facts as of this date, from the data up to it (default: the last bar; a basket: the latest date its main series share). A date that is not a session uses the last session before it.");
        var benchmark = new Option<string?>("--benchmark") { Description = "Symbol, alias or basket to compare with (relative performance over each period).", HelpName = "SYMBOL" };
        var from = DateOptions.Create("--from", "Start (base date) of an extra range return: from the last close on or before it.");
        var to = DateOptions.Create("--to", "End of the extra range (default: the as-of session). Needs --from.");
        var since = DateOptions.Create("--since", "Also report the longest streak in the current direction since this date.");
        var source = new Option<string?>("--source") { Description = "Source of the instrument's bars when it has several (default: the preferred one; froth list shows them).", HelpName = "NAME" };
        var command = new Command(
            "facts",
            "Rally facts of one instrument or basket as of a date, point in time: returns, up/down streaks, highest close since, records, drawdown, volume and relative performance (docs/rally.md).");
        command.Add(symbol);
        command.AddAll(asOf, benchmark, from, to, since, source);
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var request = new FactsRequest
            {
                AsOf = ctx.Get(asOf),
                From = ctx.Get(from),
                To = ctx.Get(to),
                StreaksSince = ctx.Get(since),
                Benchmark = ctx.Get(benchmark),
                Source = ctx.Get(source),
            };
            var subject = SubjectResolver.Resolve(ctx.Workspace, ctx.Get(symbol)!);
            var facts = FactsQueries.Compute(ctx.Workspace, subject, request);
            foreach (var warning in facts.Warnings)
            {
                ctx.Warn(warning);
            }

            ctx.Write(facts, console => FactsView.Render(console, facts));
            return FrothApp.Ok;
        });
        return command;
    }
}
