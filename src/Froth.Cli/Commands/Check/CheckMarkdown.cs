using System.Text;
using Froth.Claims;

namespace Froth.Cli.Commands.Check;

/// <summary>The Markdown of <c>froth check</c>: one section per claim with its evidence.</summary>
internal static class CheckMarkdown
{
    public static string Render(CheckResult result)
    {
        var sb = new StringBuilder();
        sb.Append("# Claims checked as of ").Append(result.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)).Append('\n').Append('\n');
        sb.Append("| Verdict | Claim | Subject | Stated | Computed |\n|---|---|---|---|---|\n");
        foreach (var c in result.Claims)
        {
            sb.Append("| ").Append(c.Verdict.ToString().ToLowerInvariant()).Append(" | ").Append(Cell(c.Text)).Append(" | ").Append(Cell(c.Subject ?? "—"))
                .Append(" | ").Append(Cell(c.Stated)).Append(" | ").Append(Cell(c.Computed ?? "—")).Append(" |\n");
        }

        foreach (var c in result.Claims)
        {
            sb.Append("\n## ").Append(c.Verdict.ToString().ToLowerInvariant()).Append(": “").Append(Cell(c.Text)).Append("”\n\n");
            sb.Append("- Rule: ").Append(Cell(c.Rule)).Append('\n');
            if (c.Reason is { } reason)
            {
                sb.Append("- Reason: ").Append(Cell(reason)).Append('\n');
            }

            foreach (var e in c.Evidence)
            {
                sb.Append("- ").Append(Cell(e)).Append('\n');
            }
        }

        return sb.ToString();
    }

    private static string Cell(string s) => s.Replace("|", "\\|", StringComparison.Ordinal).Replace("\n", " ", StringComparison.Ordinal);
}
