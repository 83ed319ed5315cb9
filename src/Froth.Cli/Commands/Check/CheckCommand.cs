using System.CommandLine;
using System.Text;
using Froth.Analysis.Json;
using Froth.Claims;
using Froth.Cli.Commands.Data;
using Froth.Cli.Hosting;

namespace Froth.Cli.Commands.Check;

/// <summary><c>froth check FILE|-</c>: every numeric market claim of an article, checked against the data, with its evidence.</summary>
public static class CheckCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create(CliEnvironment env)
    {
        var file = new Argument<string>("FILE|-") { Description = "The article: a plain-text or HTML file, or - for standard input." };
        var date = DateOptions.Create("--date", "The publication date: nothing after it is read. Default: a dateline found in the text (\"23 January 2026\", \"October 31, 2025\", \"Oct.31 2025\"); with neither, the command stops.");
        var format = new Option<string?>("--format")
        {
            Description = "table (default on a terminal), json (default when redirected), html (the article with each claim highlighted by verdict and its evidence beside it) or md. "
                + "For this command it replaces the global --format.",
            HelpName = "table|json|html|md",
        };
        format.AcceptOnlyFromAmong("table", "json", "html", "md");
        var command = new Command(
            "check",
            "Check every numeric market or macro claim of an article (moves, levels, records, streaks, comparisons, multiples, macro figures) against the data "
            + "as of its publication date: supported, contradicted, unverifiable (with the reason) or ambiguous, each with the rows and the computation (docs/claims.md).")
        {
            file, date, format,
        };
        command.SetAction(parseResult =>
        {
            using var ctx = new CommandContext(parseResult, env);
            var text = Read(env, ctx.Get(file)!);
            var result = ClaimChecker.Check(ctx.Workspace, text, ctx.Get(date));
            var chosen = ctx.Get(format) ?? (ctx.Format == OutputFormat.Json ? "json" : "table");
            switch (chosen)
            {
                case "json":
                    env.Out.WriteLine(FrothJson.Serialize(result));
                    break;
                case "html":
                    env.Out.Write(CheckHtml.Render(Froth.Claims.Text.PlainText.From(text), result));
                    break;
                case "md":
                    env.Out.Write(CheckMarkdown.Render(result));
                    break;
                default:
                    CheckView.Render(ctx.Console, result);
                    break;
            }

            return FrothApp.Ok;
        });
        return command;
    }

    private static string Read(CliEnvironment env, string file)
    {
        if (file == "-")
        {
            return Console.In.ReadToEnd();
        }

        var path = env.FullPath(file);
        if (!File.Exists(path))
        {
            throw new FrothException($"No article file '{file}' (looked for {path}); expected a text or HTML file, or - for standard input.");
        }

        return new UTF8Encoding(false, false).GetString(File.ReadAllBytes(path));
    }
}
