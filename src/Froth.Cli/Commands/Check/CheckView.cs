using Froth.Claims;
using Spectre.Console;

namespace Froth.Cli.Commands.Check;

/// <summary>The console table of <c>froth check</c>.</summary>
internal static class CheckView
{
    public static void Render(IAnsiConsole console, CheckResult result)
    {
        console.MarkupLine($"Claims as of [bold]{result.Date:yyyy-MM-dd}[/] (date from the {result.DateSource}): {result.Claims.Count} found, "
            + string.Join(", ", Enum.GetValues<ClaimVerdict>().Select(v => $"{result.Claims.Count(c => c.Verdict == v)} {v.ToString().ToLowerInvariant()}")));
        var table = new Table().AddColumns("Verdict", "Claim", "Subject", "Stated", "Computed", "Rule or reason");
        foreach (var c in result.Claims)
        {
            var colour = c.Verdict switch { ClaimVerdict.Supported => "green", ClaimVerdict.Contradicted => "red", ClaimVerdict.Ambiguous => "yellow", _ => "grey" };
            table.AddRow(
                new Markup($"[{colour}]{c.Verdict.ToString().ToLowerInvariant()}[/]"),
                new Text(c.Text),
                new Text(c.Subject ?? "—"),
                new Text(c.Stated),
                new Text(c.Computed ?? "—"),
                new Text(c.Reason is { } r && c.Verdict is ClaimVerdict.Unverifiable or ClaimVerdict.Ambiguous ? r : c.Rule));
        }

        console.Write(table);
    }
}
