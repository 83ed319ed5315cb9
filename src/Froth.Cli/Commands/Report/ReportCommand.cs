using System.CommandLine;
using Froth.Analysis.Subjects;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands.Report;

/// <summary><c>froth report PRESET|BASKET</c>: the dated report of a basket, as HTML, Markdown and JSON.</summary>
public static class ReportCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var basket = new Argument<string>("PRESET|BASKET")
        {
            Description = "A basket preset (china-ai) or a basket file (JSON, see docs/rally.md).",
        };
        var asOf = DateOptions.Create("--as-of", "Report as of this date (moved back to the latest date the main series share on or before it); default: the latest such date.");
        var output = new Option<string?>("--out")
        {
            Description = $"Folder to write into (default: {ReportRun.DefaultFolder} in the current folder). The previous report found there is compared with.",
            HelpName = "DIR",
        };
        var format = new Option<string?>("--format")
        {
            Description = "Which files: html (one self-contained page), md (Markdown with SVG charts beside it), json (every sentence with its facts), or all (default). "
                + "For this command it replaces the global --format: what it prints is where the files are.",
            HelpName = "html|md|json|all",
        };
        format.AcceptOnlyFromAmong("html", "md", "json", "all");
        var noCache = new Option<bool>("--no-cache") { Description = "Recompute the bubble tests instead of reading them from the cache ($FROTH_CACHE, else ~/.cache/froth)." };
        var command = new Command(
            "report",
            "Write a basket's dated report: headline, performance against the benchmarks, streaks and records, breadth and leaders, valuation, "
            + "macro backdrop, bubble diagnostics, a transparent verdict, what changed since the previous report, and data provenance (docs/report.md).")
        {
            basket, asOf, output, format, noCache,
        };
        command.SetAction((parseResult, cancellationToken) =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var source = SubjectResolver.RequireBasket(ctx.Workspace, ctx.Get(basket)!);
            ReportRun.Run(ctx, source, ctx.Get(asOf), ctx.Get(output), ReportRun.Formats(ctx.Get(format)), ctx.Get(noCache), cancellationToken);
            return Task.FromResult(FrothApp.Ok);
        });
        return command;
    }
}
